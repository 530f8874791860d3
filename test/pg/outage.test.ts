import pg from 'pg';
import { DEMO, freshDatabase, gql, PG_ADMIN_URL, startTestGateway, type TestGateway } from '../helpers/gateway.js';

/**
 * The database going away under a running gateway, without restarting the PostgreSQL cluster: its
 * connections are terminated, and new ones refused (ALLOW_CONNECTIONS false) until the outage ends.
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
