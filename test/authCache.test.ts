import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../server/config/paths.js';
import { openOrm } from '../server/db/orm.config.js';
import { createApiKey, revokeKey } from '../server/tenancy/apiKeys.js';
import { DEMO, gql, startTestGateway, usePostgres, type TestGateway } from './helpers/gateway.js';

/**
 * The in-process API key cache (AUTH_CACHE=on, the default) over a real SQLite file and real HTTP: a key
 * revoked anywhere — through this gateway's API, by the CLI in another process, by another ORM or gateway on
 * the same file — is refused on the very next request, with today's 401; a key created elsewhere works on
 * its first request. The cache is shown to be in use (hits counted), so these are not database checks only.
 */
const run = promisify(execFile);
let gw: TestGateway;
beforeAll(async () => {
  // The catalogue check would fork an entity manager now and then; the fork count below must be the request's.
  gw = await startTestGateway({ catalogueCheckMs: 3_600_000 });
  await run('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: PROJECT_ROOT });
}, 120_000);
afterAll(async () => {
  await gw?.stop();
});

const keys = (...args: string[]) => run('npx', ['node', 'dist/server/cli/keys.js', ...args], { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: gw.databaseUrl, NODE_OPTIONS: '' } });
const ME = '{ me { name } }';
const cache = () => gw.gateway.keyCache!;

async function newKey(label: string): Promise<{ id: string; secret: string }> {
  const created = await gql(gw.url, `mutation($l: String) { createApiKey(tenant: "${DEMO.tenantA.id}", label: $l) { id secret } }`, { l: label }, DEMO.adminKey);
  return created.json.data.createApiKey;
}

/** Two answered requests with `secret`, the second from the cache. */
async function usedFromCache(secret: string): Promise<void> {
  expect((await gql(gw.url, ME, undefined, secret)).json.data.me.name).toContain('Fjordvik');
  const hits = cache().stats.hits;
  expect((await gql(gw.url, ME, undefined, secret)).json.data.me.name).toContain('Fjordvik');
  expect(cache().stats.hits).toBe(hits + 1);
}

async function expectRevoked(secret: string): Promise<void> {
  const r = await gql(gw.url, ME, undefined, secret);
  expect(r.status).toBe(401);
  expect(r.headers.get('www-authenticate')).toBe('Bearer');
  expect(r.json.errors[0].message).toBe('This API key has been revoked');
  expect(r.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
}

describe('API key cache (SQLite: wal-index headers; PostgreSQL suite: LISTEN)', () => {
  it('is on by default and answers a known key from memory', async () => {
    expect(gw.gateway.keyCache).not.toBeNull();
    await usedFromCache(DEMO.tenantA.key);
    // The change check reads the WAL file's shared-memory headers (db/changeWatch.ts), not the pragma;
    // on PostgreSQL (the suite runs there too) it is the LISTEN channel.
    expect(cache().watch.via).toBe(usePostgres() ? 'listen' : 'wal-index');
    const hit = await cache().check(DEMO.tenantA.key);
    expect(hit).toMatchObject({ ok: true, role: 'TENANT' });
  });

  it('asks the SQLite watch once per event-loop turn, however many requests the turn read', async () => {
    const before = { ...cache().stats };
    const checks = await Promise.all(Array.from({ length: 50 }, () => cache().check(DEMO.tenantA.key)));
    expect(checks.every((c) => c.ok)).toBe(true);
    expect(cache().stats.hits - before.hits).toBe(50);
    // PostgreSQL's watch is a flag read per request; SQLite's costs a pread, done once for the turn.
    expect(cache().stats.checks - before.checks).toBe(usePostgres() ? 50 : 1);
  });

  it('a revocation committed after a request was read, in the same turn, is seen before it is answered', async () => {
    if (usePostgres()) return; // LISTEN: covered by the revocation tests below (the writer waits for every listener)
    const { id, secret } = await newKey('same turn');
    await usedFromCache(secret);
    const orm = await openOrm(gw.databaseUrl);
    try {
      await orm.em.getConnection().execute('select 1'); // connected
      // Another connection's better-sqlite3 handle: its statements commit synchronously, inside this turn.
      const other = (orm.em.getConnection() as unknown as { database: { prepare(sql: string): { run(...args: unknown[]): unknown } } }).database;
      const pending = cache().check(secret); // the request is read: its check waits for the turn's end
      other.prepare('update api_key set revoked_at = ? where id = ?').run(Date.now(), id); // committed now
      expect(await pending).toEqual({ ok: false, reason: 'REVOKED' });
    } finally {
      await orm.close();
    }
    await expectRevoked(secret);
  });

  it('a key revoked through the API is refused on the next request', async () => {
    const { id, secret } = await newKey('api');
    await usedFromCache(secret);
    const revoked = await gql(gw.url, `mutation { revokeApiKey(id: "${id}") }`, undefined, DEMO.adminKey);
    expect(revoked.json.data.revokeApiKey).toBe(true);
    await expectRevoked(secret);
  });

  it('a key revoked by the CLI in another process is refused on the very next request', async () => {
    const { id, secret } = await newKey('cli');
    await usedFromCache(secret);
    const out = await keys('revoke', id);
    expect(out.stdout).toContain(`revoked ${id}`);
    await expectRevoked(secret);
  }, 60_000);

  it('a key created by the CLI works on its first request, also after the same secret was refused', async () => {
    const created = await keys('create', '--tenant', DEMO.tenantA.id, '--label', 'from the CLI');
    const secret = /secret \(shown once, store it now\): (ent_[0-9a-f]{40})/.exec(created.stdout)![1]!;
    expect((await gql(gw.url, ME, undefined, secret)).json.data.me.name).toContain('Fjordvik');

    // A refused (unknown) key is not remembered: once another connection creates it, it works at once.
    const orm = await openOrm(gw.databaseUrl);
    try {
      const later = 'ent_' + 'c0ffee'.repeat(6) + 'beef';
      expect((await gql(gw.url, ME, undefined, later)).status).toBe(401);
      await createApiKey(orm.em.fork(), { role: 'TENANT', tenantId: DEMO.tenantA.id, secret: later });
      expect((await gql(gw.url, ME, undefined, later)).json.data.me.name).toContain('Fjordvik');
    } finally {
      await orm.close();
    }
  }, 60_000);

  it('a key revoked by another ORM on the same file is refused on the next request', async () => {
    const { id, secret } = await newKey('other orm');
    await usedFromCache(secret);
    const orm = await openOrm(gw.databaseUrl);
    try {
      expect(await revokeKey(orm.em.fork(), id, new Date())).toBe(true);
    } finally {
      await orm.close();
    }
    await expectRevoked(secret);
  });

  it('a key revoked through a second gateway on the same file is refused by the first on the next request', async () => {
    const second = await startTestGateway({ databaseUrl: gw.databaseUrl });
    try {
      const { id, secret } = await newKey('other gateway');
      await usedFromCache(secret);
      expect((await gql(second.url, ME, undefined, secret)).json.data.me.name).toContain('Fjordvik');
      const revoked = await gql(second.url, `mutation { revokeApiKey(id: "${id}") }`, undefined, DEMO.adminKey);
      expect(revoked.json.data.revokeApiKey).toBe(true);
      await expectRevoked(secret);
      const onSecond = await gql(second.url, ME, undefined, secret);
      expect(onSecond.status).toBe(401);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it('a request answered from the catalogue alone creates no entity-manager fork; one that reads the database does', async () => {
    const orm = gw.gateway.orm;
    const fork = jest.spyOn(orm.em, 'fork');
    try {
      await gql(gw.url, ME, undefined, DEMO.tenantA.key);
      fork.mockClear();
      const phase = await gql(gw.url, '{ supportPhase(product: "Windows 7", date: "2015-01-14") { phase } }', undefined, DEMO.tenantA.key);
      expect(phase.json.data.supportPhase.phase).toBe('EXTENDED');
      expect(fork).not.toHaveBeenCalled();
      const me = await gql(gw.url, ME, undefined, DEMO.tenantA.key);
      expect(me.json.data.me.name).toContain('Fjordvik');
      expect(fork).toHaveBeenCalledTimes(1);
    } finally {
      fork.mockRestore();
    }
  });
});

describe('AUTH_CACHE=off', () => {
  let off: TestGateway;
  beforeAll(async () => {
    off = await startTestGateway({}, { AUTH_CACHE: 'off' });
  }, 60_000);
  afterAll(async () => {
    await off?.stop();
  });

  it('has no cache and still refuses a key revoked by another connection on the next request', async () => {
    expect(off.gateway.keyCache).toBeNull();
    const created = await gql(off.url, `mutation { createApiKey(tenant: "${DEMO.tenantA.id}") { id secret } }`, undefined, DEMO.adminKey);
    const { id, secret } = created.json.data.createApiKey;
    expect((await gql(off.url, ME, undefined, secret)).json.data.me.name).toContain('Fjordvik');
    const orm = await openOrm(off.databaseUrl);
    try {
      await revokeKey(orm.em.fork(), id, new Date());
    } finally {
      await orm.close();
    }
    expect((await gql(off.url, ME, undefined, secret)).status).toBe(401);
  });
});
