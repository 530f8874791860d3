import type { MikroORM } from '@mikro-orm/core';
import { dialectOf } from './orm.config.js';

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
  try {
    return (await orm.migrator.up()).map((m) => m.name);
  } catch (e) {
    await new Promise((r) => setTimeout(r, 250));
    if ((await orm.migrator.getPending()).length === 0) return [];
    throw e;
  }
}
