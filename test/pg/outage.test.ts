import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { DEMO, freshDatabase, gql, PG_ADMIN_URL, startTestGateway, type TestGateway } from '../helpers/gateway.js';

/**
 * The database going away under a running gateway: first its connections are terminated and new ones
 * refused (ALLOW_CONNECTIONS false) until the outage ends; then the PostgreSQL server itself is stopped
 * and started again (pg_ctlcluster, as root or postgres, as .ci/run does). The cluster is started again
 * in afterAll whatever happened.
 */
let db: Awaited<ReturnType<typeof freshDatabase>>;
let gw: TestGateway;
let name: string;
beforeAll(async () => {
  db = await freshDatabase();
  name = new URL(db.url).pathname.slice(1);
  // The catalogue version is checked on every request, so the outage is felt by every request.
  gw = await startTestGateway({ databaseUrl: db.url, catalogueCheckMs: 0 });
}, 120_000);
afterAll(async () => {
  await pgctl('start').catch(() => {});
  await waitUntilReady();
  await admin(`alter database ${name} allow_connections true`).catch(() => {});
  await gw?.stop();
  await db?.drop();
});

async function admin(query: string) {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    return (await c.query(query)).rows;
  } finally {
    await c.end();
  }
}

/** pg_ctlcluster <version> <cluster> <action> for the cluster listening on the test URL's port. */
async function pgctl(action: 'stop' | 'start') {
  const run = promisify(execFile);
  const port = new URL(PG_ADMIN_URL).port || '5432';
  const clusters = (await run('pg_lsclusters', ['--no-header'])).stdout.trim().split('\n').map((l) => l.trim().split(/\s+/));
  const cluster = clusters.find((c) => c[2] === port);
  if (!cluster) throw new Error(`no local PostgreSQL cluster on port ${port}: ${JSON.stringify(clusters)}`);
  // Fast: the server terminates every session at once, as a crash or a restart by an operator would.
  await run('pg_ctlcluster', [cluster[0]!, cluster[1]!, action, ...(action === 'stop' ? ['-m', 'fast'] : [])]);
}

async function waitUntilReady() {
  for (let i = 0; i < 100; i++) {
    try {
      await admin('select 1');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const terminate = () => admin(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`);
const ME = `{ me { id } }`;
const PHASE = `{ supportPhase(product: "Windows 7", date: "2015-01-14") { phase } }`;

async function until<T extends { status: number }>(ask: () => Promise<T>, status: number, tries = 100): Promise<T> {
  let r = await ask();
  for (let i = 0; i < tries && r.status !== status; i++) {
    await new Promise((res) => setTimeout(res, 100));
    r = await ask();
  }
  return r;
}

describe('PostgreSQL going away and coming back', () => {
  it('connections terminated under a running gateway: it keeps answering (the pool reconnects)', async () => {
    expect((await gql(gw.url, ME, undefined, DEMO.tenantA.key)).json.data.me.id).toBe(DEMO.tenantA.id);
    const killed = await terminate();
    expect(killed.length).toBeGreaterThan(0);
    const r = await until(() => gql(gw.url, ME, undefined, DEMO.tenantA.key), 200);
    expect(r.status).toBe(200);
  }, 30_000);

  it('while the database refuses connections: 503 DATABASE_UNAVAILABLE for what needs it, catalogue answers go on', async () => {
    await admin(`alter database ${name} allow_connections false`);
    await terminate();
    const me = await gql(gw.url, ME, undefined, DEMO.tenantA.key);
    expect(me.status).toBe(503);
    expect(me.json.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(me.headers.get('retry-after')).toBe('5');
    const write = await gql(gw.url, `mutation { createTenant(input: {name: "x", country: NO, contactPerson: "y"}) { id } }`, undefined, DEMO.adminKey);
    expect(write.status).toBe(503);
    // Lifecycle questions are answered from the catalogue in memory.
    const phase = await gql(gw.url, PHASE);
    expect(phase.status).toBe(200);
    expect(phase.json.data.supportPhase.phase).toBe('EXTENDED');
  }, 30_000);

  it('once the database is back, the same gateway answers again without a restart', async () => {
    await admin(`alter database ${name} allow_connections true`);
    const me = await until(() => gql(gw.url, ME, undefined, DEMO.tenantA.key), 200);
    expect(me.status).toBe(200);
    expect(me.json.data.me.id).toBe(DEMO.tenantA.id);
    const subs = await gql(gw.url, `{ subscriptions { id } }`, undefined, DEMO.tenantB.key);
    expect(subs.json.data.subscriptions.length).toBeGreaterThan(0);
    expect((await fetch(`${gw.url}/healthz`)).status).toBe(200);
  }, 30_000);
});

describe('the PostgreSQL server stopped and started again under a running gateway', () => {
  it('while it is down: 503 DATABASE_UNAVAILABLE (no 500, no crash) for what needs it, catalogue answers go on', async () => {
    expect((await gql(gw.url, ME, undefined, DEMO.tenantA.key)).status).toBe(200);
    await pgctl('stop');
    for (let i = 0; i < 3; i++) {
      const me = await gql(gw.url, ME, undefined, DEMO.tenantA.key);
      expect(me.status).toBe(503);
      expect(me.json.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(me.headers.get('retry-after')).toBe('5');
    }
    const phase = await gql(gw.url, PHASE);
    expect(phase.status).toBe(200);
    expect(phase.json.data.supportPhase.phase).toBe('EXTENDED');
  }, 60_000);

  it('once it is started again, the same gateway reads and writes again without a restart', async () => {
    await pgctl('start');
    await waitUntilReady();
    const me = await until(() => gql(gw.url, ME, undefined, DEMO.tenantA.key), 200);
    expect(me.status).toBe(200);
    expect(me.json.data.me.id).toBe(DEMO.tenantA.id);
    const created = await gql(gw.url, `mutation { createTenant(input: {name: "After Restart AS", country: NO, contactPerson: "Kari"}) { id } }`, undefined, DEMO.adminKey);
    expect(created.status).toBe(200);
    expect(created.json.data.createTenant.id).toEqual(expect.any(String));
    expect((await fetch(`${gw.url}/healthz`)).status).toBe(200);
  }, 60_000);
});
