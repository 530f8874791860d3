import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config/paths.js';
import { migrate } from '../../server/db/migrate.js';
import { dialectOf, openOrm, type Dialect } from '../../server/db/orm.config.js';

export interface MigratedSchema {
  /** Names of the migrations applied to the empty database, in order. */
  applied: string[];
  /** Migrations still pending after migrate(): none, or migrate() did not do its job. */
  pending: string[];
  /** Whether the migrator's bookkeeping table exists, i.e. the migrator really ran against this database. */
  hasMigrationsTable: boolean;
  /** SQL that would turn the migrated schema into the one the entities describe; empty when there is no drift. */
  drift: string;
}

/**
 * A fresh, empty SQLite file under .tmp/test-db/, as freshDatabase() makes one. Not freshDatabase() itself:
 * under `npm run test:pg` (GATEWAY_TEST_PG=1) that returns a PostgreSQL database, and the SQLite migrations
 * must be checked against SQLite whatever the environment.
 */
export function freshSqliteFile(): { url: string; drop(): Promise<void> } {
  const dir = join(PROJECT_ROOT, '.tmp', 'test-db');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `drift_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}.sqlite`);
  return {
    url: file,
    async drop() {
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    },
  };
}

/**
 * Applies the committed migrations to an empty database with the gateway's own ORM options and migrate(),
 * then asks MikroORM's schema generator what SQL would bring the introspected database to the schema the
 * entity metadata describes. The diff runs both ways: tables, columns, indexes and foreign keys the entities
 * need but the migrations lack or make differently, and those the migrations create that no entity maps
 * (safe: false and dropTables: true, the defaults, spelled out). Nothing is excluded here:
 * DatabaseSchema.create() already leaves out the migrator's own table (migrations.tableName,
 * `mikro_orm_migrations`), which is bookkeeping, not entity schema.
 */
export async function migratedSchemaDrift(databaseUrl: string): Promise<MigratedSchema> {
  const orm = await openOrm(databaseUrl);
  try {
    const applied = await migrate(orm, databaseUrl);
    const pending = (await orm.migrator.getPending()).map((m) => m.name);
    const tables: { name: string }[] =
      dialectOf(databaseUrl) === 'postgresql'
        ? await orm.em.getConnection().execute(`select table_name as name from information_schema.tables where table_schema = current_schema()`)
        : await orm.em.getConnection().execute(`select name from sqlite_master where type = 'table'`);
    const hasMigrationsTable = tables.some((t) => t.name === 'mikro_orm_migrations');
    const drift = (await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true })).trim();
    return { applied, pending, hasMigrationsTable, drift };
  } finally {
    await orm.close(true);
  }
}

/** Throws, with the differing SQL and the way to fix it, when the migrations do not produce the entities' schema. */
export function assertNoDrift(dialect: Dialect, drift: string): void {
  if (drift === '') return;
  throw new Error(
    [
      `The ${dialect} migrations in server/db/migrations/${dialect}/ do not create the schema the entities describe.`,
      `After applying them to an empty database, MikroORM would still run:`,
      '',
      drift.replace(/^(?=.)/gm, '    '),
      '',
      'Fix: generate a migration from the entities for both dialects (never edit a released migration):',
      '    npm run build && npx node dist/scripts/createMigration.js <Name> postgresql://<user>:<password>@127.0.0.1:5432/<empty scratch database>',
      'then list the new classes in server/db/migrations/sqlite/index.ts and server/db/migrations/postgresql/index.ts.',
    ].join('\n'),
  );
}
