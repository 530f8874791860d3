import { jest } from '@jest/globals';
import type { MikroORM } from '@mikro-orm/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteDataVersionWatch } from './changeWatch.js';
import { openOrm } from './orm.config.js';

/**
 * The SQLite change watch behind the API key cache, on a real file: another connection's commit is seen
 * on the very next check (none is missed, none is invented), through the wal-index headers in WAL mode and
 * through PRAGMA data_version otherwise.
 */
let dir: string;
let file: string;
let orm: MikroORM;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'change-watch-'));
  file = join(dir, 'watch.sqlite');
  orm = await openOrm(file);
  await orm.em.getConnection().execute('create table t (x integer)');
});
afterEach(async () => {
  await orm.close(true);
  rmSync(dir, { recursive: true, force: true });
});

/** better-sqlite3 itself (no types are installed): a plain connection, which keeps the file's journal mode. */
const Database = createRequire(import.meta.url)('better-sqlite3') as new (file: string) => { exec(sql: string): void; close(): void };

/** A second connection to the file (as the CLI or another gateway has), committing one row. */
async function commitElsewhere(opts: { checkpoint?: boolean } = {}): Promise<void> {
  const other = new Database(file);
  try {
    other.exec('pragma busy_timeout = 5000; insert into t values (1)');
    // A checkpoint that empties the WAL: the next writer starts it over (new salts, frame count from 0).
    if (opts.checkpoint) other.exec('pragma wal_checkpoint(TRUNCATE)');
  } finally {
    other.close();
  }
}

describe('sqliteDataVersionWatch', () => {
  it('in WAL mode reads the wal-index headers and sees every commit made by another connection', async () => {
    const onChange = jest.fn();
    const watch = sqliteDataVersionWatch(orm, onChange);
    expect(watch.usable()).toBe(true);
    expect(watch.via).toBe('wal-index');
    // The first check has nothing to compare with: it clears once.
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(watch.usable()).toBe(true);
    expect(watch.usable()).toBe(true);
    expect(onChange).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 25; i++) {
      await commitElsewhere();
      expect(watch.usable()).toBe(true);
      expect(onChange).toHaveBeenCalledTimes(2 + i);
      expect(watch.usable()).toBe(true);
      expect(onChange).toHaveBeenCalledTimes(2 + i);
    }
  });

  it('sees commits across checkpoints that start the WAL over', async () => {
    const onChange = jest.fn();
    const watch = sqliteDataVersionWatch(orm, onChange);
    watch.usable();
    for (let i = 0; i < 5; i++) {
      await commitElsewhere({ checkpoint: true });
      watch.usable();
      expect(onChange).toHaveBeenCalledTimes(2 + 2 * i);
      await commitElsewhere();
      watch.usable();
      expect(onChange).toHaveBeenCalledTimes(3 + 2 * i);
      watch.usable();
      expect(onChange).toHaveBeenCalledTimes(3 + 2 * i);
    }
  });

  it('sees commits of its own connection too (the cache clears on them anyway)', async () => {
    const onChange = jest.fn();
    const watch = sqliteDataVersionWatch(orm, onChange);
    watch.usable();
    await orm.em.getConnection().execute('insert into t values (2)');
    watch.usable();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('is not usable while its connection is inside a transaction', async () => {
    const watch = sqliteDataVersionWatch(orm, () => {});
    expect(watch.usable()).toBe(true);
    await orm.em.transactional(async () => {
      expect(watch.usable()).toBe(false);
    });
    expect(watch.usable()).toBe(true);
  });

  it('falls back to PRAGMA data_version when the database is not in WAL mode, and still sees every commit', async () => {
    await orm.em.getConnection().execute('pragma journal_mode = DELETE');
    expect(await orm.em.getConnection().execute('pragma journal_mode')).toEqual([{ journal_mode: 'delete' }]);
    const onChange = jest.fn();
    const watch = sqliteDataVersionWatch(orm, onChange);
    expect(watch.usable()).toBe(true);
    expect(watch.via).toBe('data_version');
    expect(onChange).toHaveBeenCalledTimes(1);
    watch.usable();
    expect(onChange).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) {
      await commitElsewhere();
      watch.usable();
      expect(onChange).toHaveBeenCalledTimes(2 + i);
    }
    expect(watch.via).toBe('data_version');
  });
});
