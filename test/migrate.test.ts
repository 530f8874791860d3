/**
 * Start-up migrations on SQLite (server/db/migrate.ts): a fresh file gets every migration; a file that has
 * them all is recognised from MikroORM's migrations table without starting the migrator; a file that
 * lacks one (an older release's database) still gets it through the migrator.
 */
import 'reflect-metadata';
import { jest } from '@jest/globals';
import type { MikroORM } from '@mikro-orm/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../server/db/migrate.js';
import { sqliteMigrations } from '../server/db/migrations/sqlite/index.js';
import { openOrm } from '../server/db/orm.config.js';

const dir = mkdtempSync(join(tmpdir(), 'gateway-migrate-'));
const orms: MikroORM[] = [];
afterAll(async () => {
  for (const orm of orms) await orm.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(name: string): Promise<MikroORM> {
  const orm = await openOrm(join(dir, name));
  orms.push(orm);
  return orm;
}

const names = sqliteMigrations.map((m) => m.name);
const applied = async (orm: MikroORM): Promise<string[]> => {
  const rows: { name: string }[] = await orm.em.getConnection().execute('select name from mikro_orm_migrations order by id');
  return rows.map((r) => r.name);
};

describe('start-up migrations on SQLite', () => {
  it('a fresh file gets every migration, in order', async () => {
    const orm = await open('fresh.sqlite');
    expect(await migrate(orm, join(dir, 'fresh.sqlite'))).toEqual(names);
    expect(await applied(orm)).toEqual(names);
  });

  it('a file that has them all: nothing applied, and the migrator is not started', async () => {
    const url = join(dir, 'fresh.sqlite');
    const orm = await open('fresh.sqlite');
    const up = jest.spyOn(orm.migrator, 'up');
    expect(await migrate(orm, url)).toEqual([]);
    expect(up).not.toHaveBeenCalled();
    expect(await applied(orm)).toEqual(names);
  });

  it('a file that lacks the newest migration gets it from the migrator', async () => {
    const url = join(dir, 'older.sqlite');
    const first = await open('older.sqlite');
    // An older release's database: every migration but the last.
    await first.migrator.up({ to: names[names.length - 2]! });
    expect(await applied(first)).toEqual(names.slice(0, -1));
    await first.close();
    const orm = await open('older.sqlite');
    const up = jest.spyOn(orm.migrator, 'up');
    expect(await migrate(orm, url)).toEqual([names[names.length - 1]]);
    expect(up).toHaveBeenCalledTimes(1);
    expect(await applied(orm)).toEqual(names);
  });
});
