import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/core';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ImportRun, Level, Product } from '../server/db/entities.js';
import { migrate } from '../server/db/migrate.js';
import { openOrm } from '../server/db/orm.config.js';
import { PROJECT_ROOT, SEED_CATALOGUE } from '../server/config/paths.js';
import { ImportFileError, importFile } from '../server/lifecycle/import/catalogueImport.js';
import { loadCatalogue } from '../server/lifecycle/db/catalogueRepository.js';
import { freshDatabase } from './helpers/gateway.js';

const run = promisify(execFile);
let orm: MikroORM;
let db: Awaited<ReturnType<typeof freshDatabase>>;
const tmp = join(PROJECT_ROOT, '.tmp', 'import-test');

beforeAll(async () => {
  mkdirSync(tmp, { recursive: true });
  db = await freshDatabase();
  orm = await openOrm(db.url);
  await migrate(orm, db.url);
}, 60_000);
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

const counts = async () => {
  const em = orm.em.fork();
  return { products: await em.count(Product, {}), levels: await em.count(Level, {}), runs: await em.count(ImportRun, {}) };
};

describe('catalogue import', () => {
  it('imports the seed with progress, then a second import changes nothing (idempotent)', async () => {
    const progress: number[] = [];
    const first = await importFile(orm, SEED_CATALOGUE, { onProgress: (done) => progress.push(done) });
    expect(first.inserted).toBe(888);
    expect(progress.at(-1)).toBe(888);
    expect(progress.length).toBeGreaterThan(5);
    const after = await counts();
    const second = await importFile(orm, SEED_CATALOGUE);
    expect(second).toMatchObject({ inserted: 0, updated: 0, unchanged: 888 });
    expect(await counts()).toEqual({ ...after, runs: after.runs + 1 });
  }, 60_000);

  it('the catalogue read with plain selects is the one the entities hold, record for record', async () => {
    const em = orm.em.fork();
    const entities = await em.find(Product, {}, { populate: ['levels'], orderBy: { id: 'asc' } });
    const expected = entities.map((p) => ({
      slug: p.slug, name: p.name, aliases: p.aliases, family: p.family, policy: p.policy, category: p.category, spFamily: p.spFamily,
      generalAvailability: p.generalAvailability, mainstreamEnd: p.mainstreamEnd, extendedEnd: p.extendedEnd, retirement: p.retirement,
      levels: p.levels.getItems().map((l) => ({ code: l.code, label: l.label, kind: l.kind, ordinal: l.ordinal, start: l.start, end: l.end })).sort((a, b) => a.ordinal - b.ordinal || a.code.localeCompare(b.code)),
      source: p.source,
    }));
    const loaded = await loadCatalogue(orm.em.fork());
    expect(loaded).toHaveLength(888);
    expect(loaded.filter((p) => p.levels.length > 0).length).toBeGreaterThan(400);
    expect(loaded).toEqual(expected);
  }, 60_000);

  it('re-importing Microsoft’s raw file updates only what differs and reports skipped rows', async () => {
    const r = await importFile(orm, join(PROJECT_ROOT, 'seed/lifecycle/microsoft-lifecycle-2023-01.json'));
    expect(r.format).toBe('microsoft');
    expect(r.inserted + r.updated + r.unchanged).toBe(r.total);
  }, 60_000);

  it('a file that is not JSON, or not a catalogue, is refused and nothing changes', async () => {
    const before = await counts();
    writeFileSync(join(tmp, 'broken.json'), '{"products": [');
    await expect(importFile(orm, join(tmp, 'broken.json'))).rejects.toThrow(ImportFileError);
    writeFileSync(join(tmp, 'other.json'), JSON.stringify({ hello: 'world' }));
    await expect(importFile(orm, join(tmp, 'other.json'))).rejects.toThrow(ImportFileError);
    expect(await counts()).toEqual(before);
  });

  it('is all or nothing: a duplicate slug half-way rolls back every row already written', async () => {
    const before = await counts();
    const seed = (await import('../seed/lifecycle/catalogue.json', { with: { type: 'json' } })).default as { products: { slug: string; name: string }[] };
    const products = seed.products.slice(0, 400).map((p) => ({ ...p, name: `${p.name} (changed)` }));
    products.push({ ...products[0]! });
    writeFileSync(join(tmp, 'dup.json'), JSON.stringify({ ...seed, products }));
    await expect(importFile(orm, join(tmp, 'dup.json'))).rejects.toThrow(/duplicate slug/);
    expect(await counts()).toEqual(before);
    const changed = await orm.em.fork().count(Product, { name: { $like: '%(changed)' } });
    expect(changed).toBe(0);
  }, 60_000);

  it('skips records it cannot store and says why', async () => {
    const seed = (await import('../seed/lifecycle/catalogue.json', { with: { type: 'json' } })).default as { products: { slug: string }[] };
    const bad = { ...seed.products[0]!, slug: 'x'.repeat(250) };
    writeFileSync(join(tmp, 'long.json'), JSON.stringify({ ...seed, products: [bad] }));
    const r = await importFile(orm, join(tmp, 'long.json'));
    expect(r.inserted).toBe(0);
    expect(r.skipped.some((s) => /slug/.test(s.reason))).toBe(true);
  });
});

describe('npm run import (the CLI)', () => {
  it('prints progress and a summary, and exits 1 with "nothing changed" on a bad file', async () => {
    await run('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: PROJECT_ROOT });
    const env = { ...process.env, DATABASE_URL: db.url, NODE_OPTIONS: '' };
    const ok = await run('npx', ['node', 'dist/server/cli/import.js'], { cwd: PROJECT_ROOT, env });
    expect(ok.stdout).toMatch(/888\/888 products \(100%\)/);
    expect(ok.stdout).toMatch(/0 new, \d+ updated, \d+ unchanged/);
    const bad = await run('npx', ['node', 'dist/server/cli/import.js', join(tmp, 'broken.json')], { cwd: PROJECT_ROOT, env }).catch((e) => e);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/nothing changed/);
  }, 120_000);
});
