import pg from 'pg';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, SEED_CATALOGUE } from '../../server/config/paths.js';
import { importFile } from '../../server/lifecycle/import/catalogueImport.js';
import { DEMO, freshDatabase, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

/** Two gateways on one PostgreSQL database, both started at once on an empty database. */
let db: Awaited<ReturnType<typeof freshDatabase>>;
let one: TestGateway;
let two: TestGateway;
beforeAll(async () => {
  db = await freshDatabase();
  // Both migrate and seed concurrently; the catalogue version is checked every 100 ms instead of every 5 s.
  [one, two] = await Promise.all([startTestGateway({ databaseUrl: db.url, catalogueCheckMs: 100 }), startTestGateway({ databaseUrl: db.url, catalogueCheckMs: 100 })]);
}, 120_000);
afterAll(async () => {
  await one?.stop();
  await two?.stop();
  await db?.drop();
});

async function sql<T>(query: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  try {
    return (await c.query(query)).rows as T[];
  } finally {
    await c.end();
  }
}

/** Retries until `ok` (another instance notices changes within its polling interval). */
async function eventually<T>(ask: () => Promise<T>, ok: (v: T) => boolean, tries = 100): Promise<T> {
  let v = await ask();
  for (let i = 0; i < tries && !ok(v); i++) {
    await new Promise((r) => setTimeout(r, 50));
    v = await ask();
  }
  return v;
}

describe('two gateways starting at once on an empty PostgreSQL database', () => {
  it('both come up; every migration is applied once and the database is seeded once', async () => {
    expect((await fetch(`${one.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${two.url}/healthz`)).status).toBe(200);
    const migrations = await sql<{ name: string; n: string }>('select name, count(*) as n from mikro_orm_migrations group by name');
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.every((m) => Number(m.n) === 1)).toBe(true);
    expect(await sql('select count(*)::int as n from import_run')).toEqual([{ n: 1 }]);
    expect(await sql('select count(*)::int as n from tenant')).toEqual([{ n: 2 }]);
  });

  it('both answer from the same catalogue', async () => {
    const q = `{ catalogueInfo { products } supportPhase(product: "Windows 7", date: "2015-01-14") { phase } }`;
    const [a, b] = await Promise.all([gql(one.url, q), gql(two.url, q)]);
    expect(a.json.data).toEqual(b.json.data);
    expect(a.json.data.supportPhase.phase).toBe('EXTENDED');
  });
});

describe('writes through one instance are read consistently through the other', () => {
  it('a tenant created through one is listed by the other, and a key made by the other works on the first', async () => {
    const created = await gql(one.url, `mutation { createTenant(input: {name: "Two Instances AS", country: NO, contactPerson: "Ola"}) { id } }`, undefined, DEMO.adminKey);
    const id = created.json.data.createTenant.id;
    const listed = await gql(two.url, `{ tenants { id name } }`, undefined, DEMO.adminKey);
    expect(listed.json.data.tenants).toContainEqual({ id, name: 'Two Instances AS' });
    const key = (await gql(two.url, `mutation($t: ID!) { createApiKey(tenant: $t, label: "x") { secret } }`, { t: id }, DEMO.adminKey)).json.data.createApiKey.secret;
    expect((await gql(one.url, `{ me { id } }`, undefined, key)).json.data.me.id).toBe(id);
  });

  it('a subscription written through one, and cancelled through the other, reads the same on both', async () => {
    const input = { product: 'Two Instances Plan', billingModel: 'COMMITMENT', termMonths: 12, orderDate: '2026-01-01', seats: 3, unitPrice: '99.00' };
    const sub = (await gql(one.url, `mutation($i: SubscriptionInput!) { createSubscription(input: $i) { id } }`, { i: input }, DEMO.tenantA.key)).json.data.createSubscription.id;
    const seen = await gql(two.url, `{ subscriptions { id product } }`, undefined, DEMO.tenantA.key);
    expect(seen.json.data.subscriptions).toContainEqual({ id: sub, product: 'Two Instances Plan' });
    const cancel = await gql(two.url, `mutation($s: ID!) { requestCancellation(subscription: $s, requestedOn: "2026-03-01", channel: ASSISTED_EMAIL) { __typename } }`, { s: sub }, DEMO.tenantA.key);
    expect(cancel.json.errors).toBeUndefined();
    const after = await gql(one.url, `{ subscriptions { id cancellationRequestedOn } }`, undefined, DEMO.tenantA.key);
    expect(after.json.data.subscriptions).toContainEqual({ id: sub, cancellationRequestedOn: '2026-03-01' });
    const otherTenant = await gql(one.url, `{ subscriptions { id } }`, undefined, DEMO.tenantB.key);
    expect(otherTenant.json.data.subscriptions.map((s: { id: string }) => s.id)).not.toContain(sub);
  });

  it('a catalogue import through one is answered by the other after its version check', async () => {
    const seed = JSON.parse(readFileSync(SEED_CATALOGUE, 'utf8')) as { products: { slug: string; name: string; aliases: string[] }[] };
    const product = { ...seed.products.find((p) => p.slug === 'windows-7')!, slug: 'two-instances-os', name: 'Two Instances OS', aliases: [] };
    const dir = join(PROJECT_ROOT, '.tmp', 'pg-two-instances');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `import-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify({ ...seed, products: [product] }));
    const q = `{ product(name: "Two Instances OS") { slug } catalogueInfo { products } }`;
    expect((await gql(two.url, q)).json.errors[0].extensions.code).toBe('PRODUCT_NOT_FOUND');

    await importFile(one.gateway.orm, file);

    const onTwo = await eventually(() => gql(two.url, q), (r) => !r.json.errors);
    expect(onTwo.json.data.product.slug).toBe('two-instances-os');
    const onOne = await eventually(() => gql(one.url, q), (r) => !r.json.errors);
    expect(onOne.json.data.catalogueInfo.products).toBe(onTwo.json.data.catalogueInfo.products);
    expect(one.gateway.catalogue.meta.version).toBe(two.gateway.catalogue.meta.version);
  });
});
