/**
 * The fast path (server/graphql/fastPath.ts): a query Apollo answered once is answered again without
 * Apollo's pipeline. What a client sees must not change: every response here is compared, status,
 * headers and bytes, with Apollo's own answer to the same request, and every refusal still comes from
 * Apollo with its own error.
 */
import { DEMO, startTestGateway, type TestGateway } from './helpers/gateway.js';

let gw: TestGateway;
let small: TestGateway;
let off: TestGateway;
let offSmall: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
  small = await startTestGateway({ databaseUrl: gw.databaseUrl }, { RATE_LIMIT_BURST: '30', RATE_LIMIT_UNITS_PER_MINUTE: '60' });
  off = await startTestGateway({ databaseUrl: gw.databaseUrl }, { GRAPHQL_JIT: 'off' });
  offSmall = await startTestGateway({ databaseUrl: gw.databaseUrl }, { GRAPHQL_JIT: 'off', RATE_LIMIT_BURST: '30', RATE_LIMIT_UNITS_PER_MINUTE: '60' });
}, 90_000);
afterAll(async () => {
  await Promise.all([gw?.stop(), small?.stop(), off?.stop(), offSmall?.stop()]);
});

const SINGLE = `query Phase($product: String!, $date: Date) { supportPhase(product: $product, date: $date) { phase product { name } level { code } } }`;
const BULK = `query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { __typename ... on PhaseAnswer { phase } ... on LookupError { code message candidates } } }`;

/** Status, the headers a client reads (not Date or Keep-Alive), and the body as bytes. */
async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  const seen = [...res.headers].filter(([k]) => k !== 'date' && k !== 'keep-alive' && !k.startsWith('ratelimit')).sort();
  return { status: res.status, headers: seen, text };
}

describe('the fast path answers as Apollo does', () => {
  it.each([
    ['a single lookup with variables', { query: SINGLE, variables: { product: 'Windows 7 SP1', date: '2019-06-01' }, operationName: 'Phase' }, {}],
    ['a bulk lookup with a per-item error', { query: BULK, variables: { l: [{ product: 'Windows 7', date: '2019-06-01' }, { product: 'Windws Sevn Profesional 4711', date: '2019-06-01' }] } }, {}],
    ['the same with Accept: application/graphql-response+json', { query: BULK, variables: { l: [{ product: 'Office 2016', date: '2024-01-01' }] } }, { accept: 'application/graphql-response+json' }],
    ['a tenant question with the tenant’s key', { query: `{ me { name country } }` }, { authorization: `Bearer ${DEMO.tenantA.key}` }],
  ])('%s: the second answer (fast path) equals the first (Apollo), byte for byte', async (_what, body, headers) => {
    const before = gw.gateway.fastPath!.hits;
    const apollo = await post(gw.url, body, headers);
    const fast = await post(gw.url, body, headers);
    expect(apollo.status).toBe(200);
    expect(apollo.text).not.toContain('"errors"');
    expect(fast).toEqual(apollo);
    expect(gw.gateway.fastPath!.hits).toBe(before + 1);
    // And GRAPHQL_JIT=off (graphql-js, Apollo only) answers the same.
    expect(await post(off.url, body, headers)).toEqual(apollo);
  });

  it('other variables of a known query take the fast path too, and answer what Apollo would', async () => {
    await post(gw.url, { query: SINGLE, variables: { product: 'Windows 7', date: '2019-06-01' }, operationName: 'Phase' });
    const before = gw.gateway.fastPath!.hits;
    const fast = await post(gw.url, { query: SINGLE, variables: { product: 'SQL Server 2016', date: '2021-01-01' }, operationName: 'Phase' });
    expect(gw.gateway.fastPath!.hits).toBe(before + 1);
    expect(fast).toEqual(await post(off.url, { query: SINGLE, variables: { product: 'SQL Server 2016', date: '2021-01-01' }, operationName: 'Phase' }));
    expect(JSON.parse(fast.text).data.supportPhase.product.name).toBe('SQL Server 2016');
  });
});

describe('what the fast path declines, Apollo answers with its own error', () => {
  const known = { query: BULK, variables: { l: [{ product: 'Windows 7', date: '2019-06-01' }] } };
  beforeAll(async () => {
    await post(gw.url, known);
    await post(gw.url, known);
  });

  it.each([
    ['variables that do not coerce (a date that is not one)', BULK, { l: [{ product: 'Windows 7', date: '2019-13-45' }] }, 400, 'BAD_USER_INPUT'],
    ['a missing variable', BULK, {}, 400, 'BAD_USER_INPUT'],
    ['more than 1,000 items', BULK, { l: Array.from({ length: 1001 }, () => ({ product: 'Windows 7', date: '2019-06-01' })) }, 400, 'TOO_MANY_ITEMS'],
    ['a control character in a text argument', SINGLE, { product: 'Windows\u0007 7', date: '2019-06-01' }, 400, 'BAD_USER_INPUT'],
  ])('%s: the status and errors of GRAPHQL_JIT=off', async (_what, query, variables, status, code) => {
    const operationName = query === SINGLE ? 'Phase' : undefined;
    const before = gw.gateway.fastPath!.hits;
    const r = await post(gw.url, { query, variables, operationName });
    expect(gw.gateway.fastPath!.hits).toBe(before);
    expect(r.status).toBe(status);
    expect(JSON.parse(r.text).errors[0].extensions.code).toBe(code);
    const plain = await post(off.url, { query, variables, operationName });
    expect(plain.status).toBe(status);
    expect(JSON.parse(plain.text).errors).toEqual(JSON.parse(r.text).errors);
  });

  it('a control character in one item of a bulk lookup is that item\'s error, on the fast path as with Apollo', async () => {
    const variables = { l: [{ product: 'Windows 7', date: '2019-06-01', level: 'SP1\u0007' }, { product: 'Windows 7', date: '2019-06-01' }] };
    const before = gw.gateway.fastPath!.hits;
    const fast = await post(gw.url, { query: BULK, variables });
    expect(gw.gateway.fastPath!.hits).toBe(before + 1);
    expect(fast).toEqual(await post(off.url, { query: BULK, variables }));
    expect(JSON.parse(fast.text).data.supportPhases.map((r: { __typename: string }) => r.__typename)).toEqual(['LookupError', 'PhaseAnswer']);
  });

  it('a query that answered with errors is never learnt (tenant data without a key)', async () => {
    const body = { query: `{ me { name } }` };
    const first = await post(gw.url, body);
    const before = gw.gateway.fastPath!.hits;
    const second = await post(gw.url, body);
    expect(gw.gateway.fastPath!.hits).toBe(before);
    expect(JSON.parse(first.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(second).toEqual(first);
  });

  it('a body with extensions, or another content type, goes to Apollo', async () => {
    const before = gw.gateway.fastPath!.hits;
    const withExtensions = await post(gw.url, { ...known, extensions: { x: 1 } });
    expect(withExtensions.status).toBe(200);
    expect(gw.gateway.fastPath!.hits).toBe(before);
  });
});

describe('GRAPHQL_FAST_PATH=off', () => {
  it('has no fast path: every request goes through Apollo (with JIT), with the same answers', async () => {
    const noFast = await startTestGateway({ databaseUrl: gw.databaseUrl }, { GRAPHQL_FAST_PATH: 'off' });
    try {
      expect(noFast.gateway.fastPath).toBeNull();
      const body = { query: SINGLE, variables: { product: 'Office 2019', date: '2024-06-01' }, operationName: 'Phase' };
      const first = await post(noFast.url, body);
      expect(await post(noFast.url, body)).toEqual(first);
      expect(await post(gw.url, body)).toEqual(first);
    } finally {
      await noFast.stop();
    }
  });
});

describe('the rate-limit reservation before execution (both paths)', () => {
  const twenty = { l: Array.from({ length: 20 }, (_, i) => ({ product: 'Windows 7', date: `20${10 + (i % 10)}-01-01` })) };
  it.each([
    ['fast path on', () => small],
    ['GRAPHQL_JIT=off', () => offSmall],
  ])('%s: a bulk request larger than what is left is refused with 429 before it runs', async (_what, which) => {
    const g = which();
    const key = { authorization: `Bearer ${DEMO.tenantB.key}` };
    const first = await post(g.url, { query: BULK, variables: twenty }, key);
    expect(first.status).toBe(200); // 30 − 20 = 10 units left
    const second = await post(g.url, { query: BULK, variables: twenty }, key);
    expect(second.status).toBe(429);
    expect(JSON.parse(second.text).errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});
