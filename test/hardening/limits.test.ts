import { DEMO, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

let dev: TestGateway;
let prod: TestGateway;
beforeAll(async () => {
  dev = await startTestGateway();
  // A production-mode gateway on the same (already seeded) database.
  prod = await startTestGateway({ databaseUrl: dev.databaseUrl, production: true, introspection: false, fieldSuggestions: false });
}, 60_000);
afterAll(async () => {
  await prod?.stop();
  await dev?.stop();
});

const BULK = `query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { __typename } }`;
const lookups = (n: number) => Array.from({ length: n }, (_, i) => ({ product: i % 2 ? 'Windows 7' : 'Office 2013', date: '2015-06-01' }));

/** A refused request: the right status, a typed error, no data. */
async function refused(r: Awaited<ReturnType<typeof gql>>, status: number, code: string, reason?: string) {
  expect(r.status).toBe(status);
  expect(r.json.errors[0].extensions.code).toBe(code);
  if (reason) expect(r.json.errors[0].extensions.reason).toBe(reason);
  expect(r.json.data ?? null).toBeNull();
}

describe('document limits: typed 400 errors before anything runs', () => {
  // Introspection gives the deepest legal nesting in this schema: __schema > types > fields > type > ofType….
  const nested = (levels: number) => `{ __schema { types { fields { type { ${'ofType { '.repeat(levels - 5)}name${' }'.repeat(levels - 5)} } } } } }`;

  it('a query nested 8 levels deep is answered; 9 levels is QUERY_TOO_COMPLEX (DEPTH)', async () => {
    expect((await gql(dev.url, nested(8))).status).toBe(200);
    await refused(await gql(dev.url, nested(9)), 400, 'QUERY_TOO_COMPLEX', 'DEPTH');
  });

  it('depth counts through fragments', async () => {
    const q = `{ __schema { ...T } } fragment T on __Schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } }`;
    await refused(await gql(dev.url, q), 400, 'QUERY_TOO_COMPLEX', 'DEPTH');
  });

  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: catalogueInfo { products }`).join(' ')} }`;
  it('15 aliases are answered; 16 is QUERY_TOO_COMPLEX (ALIASES)', async () => {
    expect((await gql(dev.url, aliased(15))).status).toBe(200);
    await refused(await gql(dev.url, aliased(16)), 400, 'QUERY_TOO_COMPLEX', 'ALIASES');
  });

  const directives = (n: number) => `{ catalogueInfo { ${Array.from({ length: n }, () => 'products @include(if: true)').join(' ')} } }`;
  it('10 directives are answered; 11 is QUERY_TOO_COMPLEX (DIRECTIVES)', async () => {
    expect((await gql(dev.url, directives(10))).status).toBe(200);
    await refused(await gql(dev.url, directives(11)), 400, 'QUERY_TOO_COMPLEX', 'DIRECTIVES');
  });

  it('the parser stops at 2,000 tokens: QUERY_TOO_COMPLEX (TOKENS), before any validation or execution', async () => {
    // 6 tokens before the list, 5 per {product: "…"}, 6 after: 397 items are 1,997 tokens, 398 are 2,002.
    const q = (n: number) => `{ supportPhases(lookups: [${'{product: "Windows 7"} '.repeat(n)}]) { __typename } }`;
    expect((await gql(dev.url, q(397))).status).toBe(200);
    const r = await gql(dev.url, q(398));
    await refused(r, 400, 'QUERY_TOO_COMPLEX', 'TOKENS');
    expect(r.json.errors[0].extensions.maxTokens).toBe(2000);
  });

  it('thousands of nested brackets are refused as QUERY_TOO_COMPLEX, not a crash', async () => {
    // Whichever comes first with this stack size: the token limit, or graphql-js's recursive parser overflowing.
    const r = await gql(dev.url, `{ supportPhases(lookups: ${'['.repeat(5000)}${']'.repeat(5000)}) { __typename } }`);
    await refused(r, 400, 'QUERY_TOO_COMPLEX');
    expect(r.json.errors[0].extensions.reason).toMatch(/^(TOKENS|NESTING)$/);
  });

  it('the same field repeated a thousand times is stopped by graphql-js’s own validation budget with a 400', async () => {
    const r = await gql(dev.url, `{ catalogueInfo { ${'products '.repeat(1000)}} }`);
    await refused(r, 400, 'GRAPHQL_VALIDATION_FAILED');
  });
});

describe('cost limit: list inputs priced per item, computed from the document and variables', () => {
  it('one bulk lookup of 1,000 items is answered', async () => {
    const r = await gql(dev.url, BULK, { l: lookups(1000) });
    expect(r.status).toBe(200);
    expect(r.json.data.supportPhases).toHaveLength(1000);
  });

  it('three aliased bulk lookups of 1,000 (each under the per-field limit) cost 3,000+ and are refused before running', async () => {
    const q = `query($l: [PhaseLookup!]!) { a: supportPhases(lookups: $l) { __typename } b: supportPhases(lookups: $l) { __typename } c: supportPhases(lookups: $l) { __typename } }`;
    const r = await gql(dev.url, q, { l: lookups(1000) });
    await refused(r, 400, 'QUERY_TOO_COMPLEX', 'COST');
    expect(r.json.errors[0].extensions).toMatchObject({ cost: 3006, maxCost: 3000 });
  });

  it('page sizes count: six aliased pages of 500 products are refused', async () => {
    const q = `{ ${Array.from({ length: 6 }, (_, i) => `p${i}: products(first: 500) { totalCount }`).join(' ')} }`;
    await refused(await gql(dev.url, q), 400, 'QUERY_TOO_COMPLEX', 'COST');
  });

  it('more than 1,000 items in one bulk field is a 400 TOO_MANY_ITEMS, for either bulk query', async () => {
    const r = await gql(dev.url, BULK, { l: lookups(1001) });
    await refused(r, 400, 'TOO_MANY_ITEMS');
    expect(r.json.errors[0].extensions.max).toBe(1000);
    const ids = Array.from({ length: 1001 }, () => ({ subscription: '5b0d9a10-0000-4000-8000-000000000101' }));
    const many = await gql(dev.url, `query($l: [DeadlineLookup!]!) { subscriptionDeadlinesMany(lookups: $l) { __typename } }`, { l: ids }, DEMO.tenantA.key);
    await refused(many, 400, 'TOO_MANY_ITEMS');
  });
});

describe('transport limits', () => {
  it('a body over 1 MB is a 413 PAYLOAD_TOO_LARGE', async () => {
    const body = JSON.stringify({ query: '{ catalogueInfo { products } }', variables: { pad: 'x'.repeat(1024 * 1024) } });
    const r = await fetch(`${dev.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(r.status).toBe(413);
    expect((await r.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('batched requests (a JSON array) are refused with a 400', async () => {
    const r = await fetch(`${dev.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ catalogueInfo { products } }' }, { query: '{ catalogueInfo { products } }' }]),
    });
    expect(r.status).toBe(400);
    expect((await r.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('CSRF prevention: a simple (form-like) POST or a GET without a preflight header is refused', async () => {
    const post = await fetch(`${dev.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ catalogueInfo { products } }"}' });
    expect(post.status).toBe(400);
    const get = await fetch(`${dev.url}/graphql?query=${encodeURIComponent('{ catalogueInfo { products } }')}`);
    expect(get.status).toBe(400);
    const allowed = await fetch(`${dev.url}/graphql?query=${encodeURIComponent('{ catalogueInfo { products } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
  });

  it('a request not answered within the timeout is a 503 REQUEST_TIMEOUT (timeout shortened to 1 ms here)', async () => {
    const impatient = await startTestGateway({ databaseUrl: dev.databaseUrl, requestTimeoutMs: 1 });
    try {
      const r = await gql(impatient.url, BULK, { l: lookups(1000) });
      await refused(r, 503, 'REQUEST_TIMEOUT');
      // The gateway is still healthy afterwards.
      expect((await fetch(`${impatient.url}/healthz`)).status).toBe(200);
    } finally {
      await impatient.stop();
    }
  }, 30_000);
});

describe('introspection, suggestions and stack traces: on in development, off in production', () => {
  const INTROSPECT = `{ __schema { queryType { name } } }`;
  const TYPO = `{ catalogueInf { products } }`;
  const BAD = `{ supportPhase(product: "${'x'.repeat(301)}") { phase } }`;

  it('development: introspection answers, typos get "Did you mean", errors carry a stack trace', async () => {
    expect((await gql(dev.url, INTROSPECT)).json.data.__schema.queryType.name).toBe('Query');
    expect((await gql(dev.url, TYPO)).json.errors[0].message).toMatch(/Did you mean "catalogueInfo"\?/);
    const bad = await gql(dev.url, BAD);
    expect(bad.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.json.errors[0].extensions.stacktrace).toEqual(expect.any(Array));
  });

  it('production: introspection is refused with a 400', async () => {
    const r = await gql(prod.url, INTROSPECT);
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.json.errors[0].message).toMatch(/introspection/i);
  });

  it('production: a typo is still a typed 400 but names no other field', async () => {
    const r = await gql(prod.url, TYPO);
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.json.errors[0].message).not.toMatch(/Did you mean/);
    expect(r.json.errors[0].message).not.toMatch(/catalogueInfo/);
  });

  it('production: no error carries a stack trace', async () => {
    for (const q of [BAD, TYPO, INTROSPECT, `{ catalogueInfo { products } `]) {
      const r = await gql(prod.url, q);
      for (const e of r.json.errors) expect(e.extensions.stacktrace).toBeUndefined();
    }
    const tenantOnly = await gql(prod.url, `{ subscriptionDeadlines(subscription: "nope") { cancelBy } }`, undefined, DEMO.tenantA.key);
    expect(tenantOnly.json.errors[0].extensions.stacktrace).toBeUndefined();
  });
});
