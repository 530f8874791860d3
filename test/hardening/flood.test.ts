/**
 * Finding 1 of issue 15: one anonymous client could freeze the gateway. The "did you mean" search ran on
 * the event loop at ~4–8 ms per unknown name, unbounded: 1,000 unknown names blocked every request for
 * seconds, priced like 1,000 known ones; /calendar/products.ics was outside the rate limiter; the request
 * timeout answered only after the work was done. Now (kernel/workBudget.ts, catalogue/requestCatalogue.ts):
 * at most 10 suggestion searches per request (the rest answered without candidates, saying so), each
 * charged 25 units; long text is priced by its length; bulk work yields to other requests between turns;
 * the request's deadline is checked per name; every public route but /healthz is rate-limited.
 * The timing bounds here are generous (the machine may be loaded); bench/flood.ts measures.
 */
import { DEMO, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  // Refill negligible (1 unit a minute), bucket large: remaining units show exactly what a request cost.
  gw = await startTestGateway({ rateLimitUnitsPerMinute: 1, rateLimitBurst: 1_000_000 });
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

const PHASES = 'query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { __typename ... on LookupError { code message candidates } } }';
let n = 0;
/**
 * A name no product has, each one different (so no answer is cached) and close enough to real ones to
 * get "did you mean" candidates (misspelt words and a version the catalogue knows); longer ones are
 * padded to `length` characters for the pricing and flood tests.
 */
const unknown = (length = 25) => {
  const base = `Windws Servr 2016 q${(n++).toString(36)}`;
  return length <= 30 ? base : `${base} ${'x'.repeat(Math.max(1, length - base.length - 1))}`;
};
const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('suggestions are bounded per request and priced', () => {
  it('the first 10 unknown names of a request get candidates; the rest are PRODUCT_NOT_FOUND without, saying so', async () => {
    const names = Array.from({ length: 30 }, () => unknown());
    const r = await gql(gw.url, PHASES, { l: names.map((product) => ({ product })) });
    const errors = r.json.data.supportPhases;
    expect(errors.every((e: any) => e.code === 'PRODUCT_NOT_FOUND')).toBe(true);
    expect(errors.slice(0, 10).every((e: any) => e.candidates.length > 0)).toBe(true);
    for (const e of errors.slice(10)) {
      expect(e.candidates).toEqual([]);
      expect(e.message).toMatch(/no suggestions: this request already asked for 10 \(the most one request gets\); ask again for this name alone/);
    }
    // Not cached as the name's answer: asked alone, a later name gets its candidates.
    const alone = await gql(gw.url, PHASES, { l: [{ product: names[29] }] });
    expect(alone.json.data.supportPhases[0].candidates.length).toBeGreaterThan(0);
  });

  it('each suggestion search costs 25 rate-limit units on top of the lookup', async () => {
    const remaining = (res: Response) => Number(res.headers.get('ratelimit-remaining'));
    const first = remaining(await post(gw.url, { query: PHASES, variables: { l: [{ product: 'Windows 7' }] } }));
    const known = remaining(await post(gw.url, { query: PHASES, variables: { l: Array.from({ length: 20 }, () => ({ product: 'Windows 7' })) } }));
    const unknowns = remaining(await post(gw.url, { query: PHASES, variables: { l: Array.from({ length: 20 }, () => ({ product: unknown() })) } }));
    expect(first - known).toBe(20);
    expect(known - unknowns).toBe(20 + 10 * 25);
  });

  it('long text is priced by its length: 1,000 names of 290 characters are over the cost limit before any work', async () => {
    const r = await gql(gw.url, PHASES, { l: Array.from({ length: 1000 }, () => ({ product: unknown(290) })) });
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'COST' });
    expect(r.json.errors[0].message).toMatch(/long text 6000/);
  });

  it('1,000 unknown names are answered in under two seconds and other requests are answered meanwhile', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const t = performance.now();
    const r = await gql(gw.url, PHASES, { l: Array.from({ length: 1000 }, () => ({ product: unknown(95) })) });
    const took = performance.now() - t;
    clearInterval(timer);
    expect(r.status).toBe(200);
    expect(r.json.data.supportPhases).toHaveLength(1000);
    expect(took).toBeLessThan(2000); // 3–6 s before (this machine)
    // The gateway runs in this process: its bulk work yielded the event loop (20 turns of 50 lookups).
    expect(ticks).toBeGreaterThanOrEqual(5);
  });
});

describe('the request timeout stops work that never yields', () => {
  let slow: TestGateway;
  beforeAll(async () => {
    // Suggestions unbounded, a short timeout: only the deadline check can stop 1,000 suggestion searches.
    slow = await startTestGateway({ databaseUrl: gw.databaseUrl, requestTimeoutMs: 300, suggestionsPerRequest: 1_000_000, rateLimitUnitsPerMinute: 0 });
  }, 60_000);
  afterAll(async () => {
    await slow?.stop();
  });

  it('answers 503 REQUEST_TIMEOUT soon after the timeout instead of after seconds of work, and stays responsive', async () => {
    const t = performance.now();
    const big = gql(slow.url, PHASES, { l: Array.from({ length: 1000 }, () => ({ product: unknown(25) })) });
    const health = fetch(`${slow.url}/healthz`).then(() => performance.now() - t);
    const r = await big;
    const took = performance.now() - t;
    expect(r.status).toBe(503);
    expect(r.json.errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
    expect(took).toBeLessThan(2500); // 1,000 unbounded suggestion searches took 3–6 s before
    expect(await health).toBeLessThan(took);
  });
});

describe('every public route is under the rate limiter', () => {
  let small: TestGateway;
  beforeAll(async () => {
    small = await startTestGateway({ databaseUrl: gw.databaseUrl, rateLimitUnitsPerMinute: 1, rateLimitBurst: 300 });
  }, 60_000);
  afterAll(async () => {
    await small?.stop();
  });

  it('/calendar/products.ics is priced per name and answers 429 with Retry-After once the bucket is spent', async () => {
    const url = () => `${small.url}/calendar/products.ics?${Array.from({ length: 50 }, () => `product=${encodeURIComponent(unknown())}`).join('&')}`;
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await fetch(url())).status);
    expect(statuses).toContain(429);
    const refused = await fetch(url());
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('so are the explorer and the add-in files; /healthz stays open for health checks', async () => {
    expect((await fetch(`${small.url}/explorer`)).status).toBe(429); // same address, bucket spent above
    expect((await fetch(`${small.url}/addin/taskpane.html`)).status).toBe(429);
    expect((await fetch(`${small.url}/healthz`)).status).toBe(200);
    // A tenant key has its own bucket.
    expect((await gql(small.url, '{ me { name } }', {}, DEMO.tenantA.key)).status).toBe(200);
  });
});
