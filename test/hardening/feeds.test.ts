/**
 * Finding 4 of issue 15: feeds without bounds — a tenant created 1,005 subscriptions (no cap), its feed
 * became 25.8 MB (23,115 events) rendered anew on every anonymous GET, 4 concurrent GETs froze the server.
 * Now: a feed is rendered once per change of what it shows (ETag / If-None-Match → 304, Last-Modified),
 * written in chunks, feed GETs are rate-limited per token (priced by bytes and events), and the limits are
 * documented and typed: 200 subscriptions per tenant (BAD_USER_INPUT, reason TENANT_LIMIT), 5,000 estate
 * rows, 5,000 events per feed (422 FEED_TOO_LARGE).
 */
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { LIMITS } from '../../server/kernel/limits.js';
import { Subscription } from '../../server/subscriptions/db/Subscription.entity.js';
import { Tenant } from '../../server/tenancy/Tenant.entity.js';
import { DEMO, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

/** A new tenant with a key and a feed. */
async function tenantWithFeed(name: string) {
  const t = await gql(gw.url, `mutation($n: String!) { createTenant(input: { name: $n, country: NO, contactPerson: "Kari" }) { id } }`, { n: name }, DEMO.adminKey);
  const id = t.json.data.createTenant.id as string;
  const key = (await gql(gw.url, `mutation($t: ID!) { createApiKey(tenant: $t) { secret } }`, { t: id }, DEMO.adminKey)).json.data.createApiKey.secret as string;
  const path = (await gql(gw.url, `mutation { createCalendarFeed(label: "feed") { path } }`, {}, key)).json.data.createCalendarFeed.path as string;
  return { id, key, path };
}

/** Subscriptions written past the API (as a database from before the limit could hold them). */
async function insertSubscriptions(tenantId: string, count: number) {
  const em = gw.gateway.orm.em.fork();
  for (let i = 0; i < count; i++) {
    em.create(Subscription, {
      id: randomUUID(), tenant: em.getReference(Tenant, tenantId), product: `M365 E3 #${i}`, billingModel: 'COMMITMENT', termMonths: 12,
      orderDate: '2025-01-01', termStart: '2025-01-01', seats: 1, unitPriceOre: 100n, endUserSupportIncluded: false, createdAt: new Date(),
    });
  }
  await em.flush();
}

function getFrom(url: string, localAddress: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path: u.pathname + u.search, localAddress, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('a feed is rendered once per change', () => {
  it('the same inputs answer the same text (same DTSTAMP, ETag, Last-Modified); If-None-Match answers 304 without a body', async () => {
    const t = await tenantWithFeed('Feed cache AS');
    await gql(gw.url, `mutation { addEstateItem(input: { product: "Windows Server 2016", count: 1 }) { id } }`, {}, t.key);
    const first = await fetch(`${gw.url}${t.path}`);
    const text = await first.text();
    const etag = first.headers.get('etag')!;
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect(first.headers.get('last-modified')).toMatch(/GMT$/);
    await new Promise((r) => setTimeout(r, 1100)); // a re-render would carry a later DTSTAMP
    const second = await fetch(`${gw.url}${t.path}`);
    expect(await second.text()).toBe(text);
    expect(second.headers.get('etag')).toBe(etag);
    expect(second.headers.get('last-modified')).toBe(first.headers.get('last-modified'));
    const notModified = await fetch(`${gw.url}${t.path}`, { headers: { 'if-none-match': etag } });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
    expect(notModified.headers.get('etag')).toBe(etag);

    // A change of what the feed shows renders it anew.
    await gql(gw.url, `mutation { addEstateItem(input: { product: "SQL Server 2016", count: 1 }) { id } }`, {}, t.key);
    const changed = await fetch(`${gw.url}${t.path}`, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.text()).toContain('SQL Server 2016');
  });

  it('the anonymous products feed is cached and answers 304 too', async () => {
    const url = `${gw.url}/calendar/products.ics?product=Windows%207&product=SQL%20Server%202016`;
    const a = await fetch(url);
    const etag = a.headers.get('etag')!;
    expect(a.status).toBe(200);
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
    // The same products in another order or spelling are the same feed.
    expect((await fetch(`${gw.url}/calendar/products.ics?product=sql%202016&product=win%207`, { headers: { 'if-none-match': etag } })).status).toBe(304);
  });
});

describe('feed GETs are rate-limited per token', () => {
  let small: TestGateway;
  beforeAll(async () => {
    small = await startTestGateway({ databaseUrl: gw.databaseUrl, rateLimitUnitsPerMinute: 1, rateLimitBurst: 20 });
  }, 60_000);
  afterAll(async () => {
    await small?.stop();
  });

  it('from ever new addresses, one token still runs out of its own bucket: 429 with Retry-After', async () => {
    const t = await tenantWithFeed('Feed limit AS');
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await getFrom(`${small.url}${t.path}`, `127.0.4.${i + 1}`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses).toContain(429);
    const refused = await getFrom(`${small.url}${t.path}`, '127.0.4.200');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Another feed token is not affected.
    const other = await tenantWithFeed('Feed limit 2 AS');
    expect((await getFrom(`${small.url}${other.path}`, '127.0.4.201')).status).toBe(200);
  });
});

describe('documented limits with typed errors', () => {
  it(`a tenant has at most ${LIMITS.maxSubscriptions} subscriptions: the next is BAD_USER_INPUT with reason TENANT_LIMIT`, async () => {
    const t = await tenantWithFeed('Subscription limit AS');
    await insertSubscriptions(t.id, LIMITS.maxSubscriptions - 1);
    const SUB = `mutation { createSubscription(input: { product: "x", billingModel: PAY_AS_YOU_GO, orderDate: "2026-01-01", seats: 1, unitPrice: "1" }) { id } }`;
    expect((await gql(gw.url, SUB, {}, t.key)).json.errors).toBeUndefined();
    const refused = await gql(gw.url, SUB, {}, t.key);
    expect(refused.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TENANT_LIMIT', max: LIMITS.maxSubscriptions });
    // The feed of a tenant at the limit is answered, in bounds.
    const feed = await fetch(`${gw.url}${t.path}`);
    expect(feed.status).toBe(200);
    const events = (await feed.text()).split('BEGIN:VEVENT').length - 1;
    expect(events).toBeGreaterThan(1000);
    expect(events).toBeLessThanOrEqual(LIMITS.maxFeedEvents);
  }, 60_000);

  it(`a feed of more than ${LIMITS.maxFeedEvents} events is 422 FEED_TOO_LARGE (data from before the limits)`, async () => {
    const t = await tenantWithFeed('Feed too large AS');
    await insertSubscriptions(t.id, 300);
    const r = await fetch(`${gw.url}${t.path}`);
    expect(r.status).toBe(422);
    const body = await r.json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'FEED_TOO_LARGE', maxEvents: LIMITS.maxFeedEvents });
    expect(body.errors[0].extensions.events).toBeGreaterThan(LIMITS.maxFeedEvents);
  }, 60_000);
});
