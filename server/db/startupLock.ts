import type { MikroORM } from '@mikro-orm/core';
import { dialectOf } from './orm.config.js';

// Shared by every gateway on one PostgreSQL database (the migration lock in db/migrate.ts uses another key).
const SEED_LOCK_KEY = 7_345_202;

/**
 * Runs the start-up seeding (catalogue, demo tenants) while holding a transaction-scoped PostgreSQL advisory
 * lock, so two gateways starting at once on an empty database do not both seed it: the second waits, then
 * finds the data there and does nothing. SQLite: `fn` runs as is (one file, one process in practice).
 */
export async function withStartupLock<T>(orm: MikroORM, databaseUrl: string, fn: () => Promise<T>): Promise<T> {
  if (dialectOf(databaseUrl) !== 'postgresql') return fn();
  return orm.em.fork().transactional(async (tx) => {
    await tx.getConnection().execute('select pg_advisory_xact_lock(?)', [SEED_LOCK_KEY], 'all', tx.getTransactionContext());
    return fn();
  });
}
