import type { MikroORM } from '@mikro-orm/core';
import { dialectOf } from './orm.config.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';

// Any constant shared by every gateway; only one process may run migrations at a time.
const MIGRATION_LOCK_KEY = 7_345_201;

/**
 * Applies pending migrations. Safe when several gateways start at once: on PostgreSQL a transaction-scoped
 * advisory lock serialises them (the others wait, then find nothing pending); on SQLite the loser of a
 * race sees the winner's tables, re-checks and finds nothing pending.
 */
export async function migrate(orm: MikroORM, databaseUrl: string): Promise<string[]> {
  if (dialectOf(databaseUrl) === 'postgresql') {
    return orm.em.fork().transactional(async (tx) => {
      await tx.getConnection().execute('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK_KEY], 'all', tx.getTransactionContext());
      return (await orm.migrator.up()).map((m) => m.name);
    });
  }
  if (await allApplied(orm, sqliteMigrations.map((m) => m.name))) return [];
  try {
    return (await orm.migrator.up()).map((m) => m.name);
  } catch (e) {
    await new Promise((r) => setTimeout(r, 250));
    if ((await orm.migrator.getPending()).length === 0) return [];
    throw e;
  }
}

/**
 * SQLite, every start but the first: one select on MikroORM's own migrations table shows nothing is
 * pending, without starting the migrator (~40 ms of a ~1 s start, issue 14). Anything else (no table
 * yet, a name missing) goes through migrator.up() as before.
 */
async function allApplied(orm: MikroORM, names: readonly string[]): Promise<boolean> {
  let rows: { name: string }[];
  try {
    rows = await orm.em.getConnection().execute<{ name: string }[]>('select name from mikro_orm_migrations');
  } catch {
    return false;
  }
  const applied = new Set(rows.map((r) => r.name));
  return names.every((n) => applied.has(n));
}
