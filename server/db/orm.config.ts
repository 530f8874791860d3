import { MikroORM, type Options } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { BoundPostgreSqlDriver, BoundSqliteDriver } from './boundDrivers.js';
import { ENTITIES } from './entities.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';

export type Dialect = 'sqlite' | 'postgresql';

export function dialectOf(databaseUrl: string): Dialect {
  return /^postgres(ql)?:\/\//i.test(databaseUrl) ? 'postgresql' : 'sqlite';
}

/**
 * ORM options for a SQLite file path or a postgresql:// URL. Migrations are listed explicitly per dialect
 * (no file discovery), so the same code runs from ts-jest and from the compiled dist/.
 */
export function ormOptions(databaseUrl: string, opts: { debug?: boolean } = {}): Options {
  const common = {
    entities: ENTITIES,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    debug: opts.debug ?? false,
    allowGlobalContext: false,
    // Catalogue reads go through the in-memory index; the ORM must not keep identity maps across requests.
  } satisfies Partial<Options>;
  if (dialectOf(databaseUrl) === 'postgresql') {
    return {
      ...common,
      // Values are bound as parameters, never formatted into SQL text (boundParameters.ts).
      driver: BoundPostgreSqlDriver,
      clientUrl: databaseUrl,
      pool: { min: 0, max: 10 },
      // The api_key NOTIFY trigger is made by a hand-written migration (ApiKeyNotify), not declared on an
      // entity: the schema diff must neither drop nor alter it. Triggers declared on entities are still created.
      schemaGenerator: { ignoreTriggers: true },
      migrations: { migrationsList: postgresqlMigrations, tableName: 'mikro_orm_migrations', snapshot: false, silent: true },
    } as unknown as Options;
  }
  if (databaseUrl !== ':memory:') mkdirSync(dirname(databaseUrl), { recursive: true });
  return {
    ...common,
    driver: BoundSqliteDriver,
    dbName: databaseUrl,
    // WAL lets readers proceed while an import writes; busy_timeout makes a second writer wait instead of failing.
    onCreateConnection: async (connection: unknown) => {
      const conn = connection as { executeQuery(q: { sql: string; parameters: unknown[] }): Promise<unknown> };
      for (const pragma of ['journal_mode = WAL', 'busy_timeout = 5000', 'foreign_keys = ON', 'synchronous = NORMAL']) {
        await conn.executeQuery({ sql: `pragma ${pragma}`, parameters: [] });
      }
    },
    migrations: { migrationsList: sqliteMigrations, tableName: 'mikro_orm_migrations', snapshot: false, silent: true },
  } as unknown as Options;
}

export async function openOrm(databaseUrl: string, opts: { debug?: boolean } = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(databaseUrl, opts));
}
