import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { PROJECT_ROOT } from '../../server/config/paths.js';
import { PgListenWatch } from '../../server/db/changeWatch.js';
import { DEMO, freshDatabase, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

/**
 * The in-process API key cache on PostgreSQL (LISTEN/NOTIFY from a trigger on api_key), two gateways on one
 * database over real HTTP: a revocation on one is refused by the other on the very next request (no wait:
 * the revoking gateway answers only once every listening gateway has acknowledged the NOTIFY); plain SQL from a third connection is seen once its NOTIFY arrives;
 * with the listening connection gone the cache is bypassed, and it comes back after reconnecting.
 */
let db: Awaited<ReturnType<typeof freshDatabase>>;
let one: TestGateway;
let two: TestGateway;
beforeAll(async () => {
  db = await freshDatabase();
  one = await startTestGateway({ databaseUrl: db.url });
  two = await startTestGateway({ databaseUrl: db.url });
  await run('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: PROJECT_ROOT });
}, 180_000);
afterAll(async () => {
  await one?.stop();
  await two?.stop();
  await db?.drop();
});

const run = promisify(execFile);
const keys = (...args: string[]) => run('npx', ['node', 'dist/server/cli/keys.js', ...args], { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: db.url, NODE_OPTIONS: '' } });
const ME = '{ me { name } }';
const watchOf = (gw: TestGateway) => gw.gateway.keyCache!.watch as PgListenWatch;
const statsOf = (gw: TestGateway) => gw.gateway.keyCache!.stats;

async function sql<T>(query: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  try {
    return (await c.query(query, values)).rows as T[];
  } finally {
    await c.end();
  }
}

/** Polls a condition on this process's state (a NOTIFY's delivery, a reconnect), up to `ms`. */
async function until(ok: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function newKey(label: string): Promise<{ id: string; secret: string }> {
  const created = await gql(one.url, `mutation($l: String) { createApiKey(tenant: "${DEMO.tenantA.id}", label: $l) { id secret } }`, { l: label }, DEMO.adminKey);
  return created.json.data.createApiKey;
}

/** Answered twice by `gw`, the second time from its cache. */
async function usedFromCache(gw: TestGateway, secret: string): Promise<void> {
  expect((await gql(gw.url, ME, undefined, secret)).json.data.me.name).toContain('Fjordvik');
  const hits = statsOf(gw).hits;
  expect((await gql(gw.url, ME, undefined, secret)).json.data.me.name).toContain('Fjordvik');
  expect(statsOf(gw).hits).toBe(hits + 1);
}

async function expectRevoked(gw: TestGateway, secret: string): Promise<void> {
  const r = await gql(gw.url, ME, undefined, secret);
  expect(r.status).toBe(401);
  expect(r.json.errors[0].message).toBe('This API key has been revoked');
  expect(r.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
}

describe('API key cache on PostgreSQL (LISTEN/NOTIFY)', () => {
  it('both gateways listen and answer known keys from memory', async () => {
    expect(watchOf(one).listening).toBe(true);
    expect(watchOf(two).listening).toBe(true);
    await usedFromCache(one, DEMO.tenantA.key);
    await usedFromCache(two, DEMO.tenantA.key);
  });

  it('a key revoked through one gateway is refused by the other on the very next request, every time', async () => {
    for (let i = 0; i < 5; i++) {
      const { id, secret } = await newKey(`race ${i}`);
      await usedFromCache(two, secret);
      const revoked = await gql(one.url, `mutation { revokeApiKey(id: "${id}") }`, undefined, DEMO.adminKey);
      expect(revoked.json.data.revokeApiKey).toBe(true);
      // No wait of any kind: the next request, on the other gateway.
      await expectRevoked(two, secret);
      await expectRevoked(one, secret);
    }
  });

  it('closes the race: a gateway slow to read its NOTIFY has applied it before the revocation is answered', async () => {
    const { id, secret } = await newKey('slow listener');
    await usedFromCache(two, secret);
    // Two's listening socket is not read for 400 ms: its NOTIFY (and its acknowledgement) wait meanwhile.
    const socket = (watchOf(two).client as unknown as { connection: { stream: { pause(): void; resume(): void } } }).connection.stream;
    socket.pause();
    const resumed = setTimeout(() => socket.resume(), 400);
    try {
      const started = performance.now();
      const revoked = await gql(one.url, `mutation { revokeApiKey(id: "${id}") }`, undefined, DEMO.adminKey);
      expect(revoked.json.data.revokeApiKey).toBe(true);
      // The revocation was answered only after two had read the NOTIFY and acknowledged it.
      expect(performance.now() - started).toBeGreaterThan(300);
      await expectRevoked(two, secret);
    } finally {
      clearTimeout(resumed);
      socket.resume();
    }
  });

  it('a key revoked with plain SQL from a third connection (as the CLI would) is refused once its NOTIFY arrives', async () => {
    const { id, secret } = await newKey('plain sql');
    await usedFromCache(two, secret);
    await usedFromCache(one, secret);
    const [clearsOne, clearsTwo] = [statsOf(one).clears, statsOf(two).clears];
    await sql('update api_key set revoked_at = now() where id = $1', [id]);
    await until(() => statsOf(one).clears > clearsOne && statsOf(two).clears > clearsTwo);
    await expectRevoked(two, secret);
    await expectRevoked(one, secret);
  });

  it('a key revoked by the CLI in another process is refused by both gateways on the very next request', async () => {
    const { id, secret } = await newKey('cli');
    await usedFromCache(one, secret);
    await usedFromCache(two, secret);
    const out = await keys('revoke', id);
    expect(out.stdout).toContain(`revoked ${id}`);
    // No wait: the CLI returned once both gateways had acknowledged the change.
    await expectRevoked(two, secret);
    await expectRevoked(one, secret);
  }, 60_000);

  it('a key created elsewhere works on its first request (unknown keys are not remembered)', async () => {
    const secret = 'ent_' + 'feed'.repeat(10);
    expect((await gql(two.url, ME, undefined, secret)).status).toBe(401);
    const created = await gql(one.url, `mutation { createApiKey(tenant: "${DEMO.tenantA.id}") { id secret } }`, undefined, DEMO.adminKey);
    expect((await gql(two.url, ME, undefined, created.json.data.createApiKey.secret)).json.data.me.name).toContain('Fjordvik');
  });

  it('with its LISTEN connection terminated, a gateway checks keys in the database; the cache comes back after reconnecting', async () => {
    const watch = watchOf(two);
    const { id, secret } = await newKey('terminated');
    await usedFromCache(two, secret);

    // Hold the reconnect off, so the requests below are served while nobody listens.
    watch.retry.minMs = 60_000;
    const established = watch.established;
    const pid = watch.backendPid!;
    expect(await sql<{ ok: boolean }>('select pg_terminate_backend($1) as ok', [pid])).toEqual([{ ok: true }]);
    await until(() => !watch.listening);

    // Revoked meanwhile (no NOTIFY can reach `two`): refused, from the database.
    await sql('update api_key set revoked_at = now() where id = $1', [id]);
    const bypassed = statsOf(two).bypassed;
    await expectRevoked(two, secret);
    expect((await gql(two.url, ME, undefined, DEMO.tenantA.key)).json.data.me.name).toContain('Fjordvik');
    expect(statsOf(two).bypassed).toBe(bypassed + 2);

    // Reconnect now (what the retry timer does): listening again, and known keys from memory again.
    watch.retry.minMs = 50;
    await watch.start();
    expect(watch.listening).toBe(true);
    expect(watch.established).toBe(established + 1);
    await usedFromCache(two, DEMO.tenantA.key);
    await expectRevoked(two, secret);

    // And on its own, with backoff: terminated again, it reconnects by itself and serves from memory.
    await sql('select pg_terminate_backend($1)', [watch.backendPid]);
    await until(() => watch.established === established + 2);
    expect(watch.listening).toBe(true);
    await usedFromCache(two, DEMO.tenantA.key);
    const other = await newKey('after reconnect');
    await usedFromCache(two, other.secret);
    await gql(one.url, `mutation { revokeApiKey(id: "${other.id}") }`, undefined, DEMO.adminKey);
    await expectRevoked(two, other.secret);
  }, 60_000);

  it('stop() closes the listening connection', async () => {
    const third = await startTestGateway({ databaseUrl: db.url });
    const pid = watchOf(third).backendPid!;
    expect(await sql('select 1 from pg_stat_activity where pid = $1', [pid])).toHaveLength(1);
    await third.gateway.stop();
    await until(() => !watchOf(third).listening);
    const deadline = Date.now() + 5000;
    let rows = await sql('select 1 from pg_stat_activity where pid = $1', [pid]);
    while (rows.length && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      rows = await sql('select 1 from pg_stat_activity where pid = $1', [pid]);
    }
    expect(rows).toHaveLength(0);
  }, 60_000);
});
