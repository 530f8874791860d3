import { DEMO, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway(); // default limits: 15,000 units of burst, 10,000 per minute
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

const BULK = `query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { __typename } }`;
const cells = Array.from({ length: 1000 }, (_, i) => ({ product: ['Windows 7', 'Office 2016', 'SQL Server 2016'][i % 3]!, date: `20${10 + (i % 15)}-03-01` }));
const header = (r: { headers: Headers }, name: string) => Number(r.headers.get(name));

describe('rate limit per API key, priced by work (default sizes)', () => {
  it('a 10,000-cell recalculation (10 bulk requests of 1,000) passes; a flood after it gets 429 RATE_LIMITED', async () => {
    const recalculation = await Promise.all(Array.from({ length: 10 }, () => gql(gw.url, BULK, { l: cells }, DEMO.tenantA.key)));
    expect(recalculation.map((r) => r.status)).toEqual(Array(10).fill(200));
    for (const r of recalculation) expect(header(r, 'ratelimit-limit')).toBe(15_000);
    // 15,000 − 10 × 1,000, plus whatever refilled meanwhile (167 units a second).
    expect(Math.min(...recalculation.map((r) => header(r, 'ratelimit-remaining')))).toBeLessThan(7_000);

    let refused: Awaited<ReturnType<typeof gql>> | undefined;
    for (let i = 0; i < 20 && !refused; i++) {
      const r = await gql(gw.url, BULK, { l: cells }, DEMO.tenantA.key);
      if (r.status === 429) refused = r;
      else expect(r.status).toBe(200);
    }
    expect(refused).toBeDefined();
    expect(refused!.json.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(refused!.json.data ?? null).toBeNull();
    expect(header(refused!, 'retry-after')).toBeGreaterThanOrEqual(1);
    expect(header(refused!, 'ratelimit-limit')).toBe(15_000);
    expect(header(refused!, 'ratelimit-remaining')).toBeLessThan(1000);
    expect(header(refused!, 'ratelimit-reset')).toBeGreaterThan(0);
  }, 60_000);

  it('the flood of one key leaves other keys and anonymous callers alone', async () => {
    const b = await gql(gw.url, BULK, { l: cells }, DEMO.tenantB.key);
    expect(b.status).toBe(200);
    // 1,000 units reserved when the request starts; what refilled while it ran (167 a second) is back by its answer.
    expect(header(b, 'ratelimit-remaining')).toBeGreaterThanOrEqual(14_000);
    expect(header(b, 'ratelimit-remaining')).toBeLessThan(14_100);
    // 100 lookups, so that this request's own charge shows although its bucket refills meanwhile: one unit
    // comes back every 6 ms, and a single lookup's unit could be back before the answer is written.
    const anonymous = await gql(gw.url, BULK, { l: cells.slice(0, 100) });
    expect(anonymous.status).toBe(200);
    expect(header(anonymous, 'ratelimit-remaining')).toBeGreaterThanOrEqual(14_900);
    expect(header(anonymous, 'ratelimit-remaining')).toBeLessThan(14_990);
  });
});

describe('rate limit with a small bucket (RATE_LIMIT_BURST=5, 60 units per minute)', () => {
  let small: TestGateway;
  beforeAll(async () => {
    small = await startTestGateway({ databaseUrl: gw.databaseUrl }, { RATE_LIMIT_BURST: '5', RATE_LIMIT_UNITS_PER_MINUTE: '60' });
  }, 60_000);
  afterAll(async () => {
    await small?.stop();
  });

  it('every request costs at least one unit: cheap questions in a flood are refused too, before parsing', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await gql(small.url, `{ catalogueInfo { products } }`)).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    const r = await gql(small.url, `this is not even GraphQL`);
    expect(r.status).toBe(429);
    expect(r.json.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(r.headers.get('retry-after')).toBe('1');
  });

  it('a bulk request larger than what is left is refused before it runs, and says how long to wait', async () => {
    const r = await gql(small.url, BULK, { l: cells.slice(0, 20) }, DEMO.tenantA.key);
    expect(r.status).toBe(200);
    const again = await gql(small.url, BULK, { l: cells.slice(0, 20) }, DEMO.tenantA.key);
    expect(again.status).toBe(429);
    expect(again.json.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(header(again, 'retry-after')).toBeGreaterThanOrEqual(5);
  });

  it('guessing API keys draws on the caller’s IP bucket as well', async () => {
    const other = await startTestGateway({ databaseUrl: gw.databaseUrl }, { RATE_LIMIT_BURST: '3', RATE_LIMIT_UNITS_PER_MINUTE: '60' });
    try {
      const bad = 'ent_ffffffffffffffffffffffffffffffffffffffff';
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await gql(other.url, `{ catalogueInfo { products } }`, undefined, bad)).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await other.stop();
    }
  }, 30_000);

  it('RATE_LIMIT_UNITS_PER_MINUTE=0 turns the limiter off (no RateLimit headers)', async () => {
    const off = await startTestGateway({ databaseUrl: gw.databaseUrl, rateLimitUnitsPerMinute: 0 });
    try {
      for (let i = 0; i < 3; i++) {
        const r = await gql(off.url, BULK, { l: cells }, DEMO.tenantA.key);
        expect(r.status).toBe(200);
        expect(r.headers.get('ratelimit-limit')).toBeNull();
      }
    } finally {
      await off.stop();
    }
  }, 30_000);
});
