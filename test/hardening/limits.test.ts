import { buildClientSchema, execute as graphqlExecute, getIntrospectionQuery, parse } from 'graphql';
import { gatewaySchema } from '../../server/graphql/schema.js';
import { DEMO, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { rawRequest } from './rawHttp.js';

let dev: TestGateway;
let prod: TestGateway;
beforeAll(async () => {
  dev = await startTestGateway();
  // A production gateway on the same (already seeded) database, configured as in deployment: NODE_ENV alone,
  // so what is checked below are the production defaults. Silent: one test provokes internal errors.
  prod = await startTestGateway({ databaseUrl: dev.databaseUrl }, { NODE_ENV: 'production', LOG_LEVEL: 'silent' });
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
  // No data path of this schema is deeper than 5 fields, so a data query 9 levels deep names fields that do not
  // exist: the depth limit still refuses it first, before graphql-js reports the unknown fields.
  const dataNested = (levels: number) => `{ supportPhase(product: "Windows 7") { product { ${'x { '.repeat(levels - 3)}y${' }'.repeat(levels - 3)} } } }`;
  // Introspection has a bound of its own (20): __schema > types > fields > type > ofType….
  const introspectionNested = (levels: number) => `{ __schema { types { fields { type { ${'ofType { '.repeat(levels - 5)}name${' }'.repeat(levels - 5)} } } } } }`;

  it('data fields: a query nested 9 levels deep is QUERY_TOO_COMPLEX (DEPTH), 8 levels is not', async () => {
    await refused(await gql(dev.url, dataNested(9)), 400, 'QUERY_TOO_COMPLEX', 'DEPTH');
    const eight = await gql(dev.url, dataNested(8));
    expect(eight.status).toBe(400);
    expect(eight.json.errors.map((e: any) => e.extensions.code)).not.toContain('QUERY_TOO_COMPLEX');
  });

  it('introspection is not weighed by the data depth: 20 levels are answered, 21 is QUERY_TOO_COMPLEX (DEPTH)', async () => {
    expect((await gql(dev.url, introspectionNested(9))).status).toBe(200);
    expect((await gql(dev.url, introspectionNested(20))).status).toBe(200);
    const r = await gql(dev.url, introspectionNested(21));
    await refused(r, 400, 'QUERY_TOO_COMPLEX', 'DEPTH');
    expect(r.json.errors[0].message).toMatch(/^Introspection is nested 21 levels deep; at most 20/);
  });

  it('depth counts through fragments, for data and for introspection', async () => {
    const data = `{ ...Q } fragment Q on Query { supportPhase(product: "Windows 7") { ...P } } fragment P on PhaseAnswer { product { a { b { c { d { e { f { g } } } } } } } }`;
    await refused(await gql(dev.url, data), 400, 'QUERY_TOO_COMPLEX', 'DEPTH');
    const q = `{ __schema { ...T } } fragment T on __Schema { types { fields { type { ${'ofType { '.repeat(16)}name${' }'.repeat(16)} } } } }`;
    await refused(await gql(dev.url, q), 400, 'QUERY_TOO_COMPLEX', 'DEPTH');
  });

  it('introspection list recursion is bounded by graphql-js (fields › type › fields › type › fields)', async () => {
    const r = await gql(dev.url, `{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`);
    expect(r.status).toBe(400);
    expect(r.json.errors[0].message).toMatch(/Maximum introspection depth exceeded/);
  });

  it('introspection fields have their own bound: fragments doubling per level pass at 511 fields, 1,023 are QUERY_TOO_COMPLEX (COST)', async () => {
    // F0 … F(n-1) on __Type, each spreading the next twice (once under an alias): 2^n fields from a short document.
    const doubling = (levels: number) =>
      `{ __schema { types { ...F0 } } } ${Array.from({ length: levels }, (_, i) => (i < levels - 1 ? `fragment F${i} on __Type { kind ofType { ...F${i + 1} } again: ofType { ...F${i + 1} } }` : `fragment F${i} on __Type { kind }`)).join(' ')}`;
    expect((await gql(dev.url, doubling(8))).status).toBe(200);
    const r = await gql(dev.url, doubling(9));
    await refused(r, 400, 'QUERY_TOO_COMPLEX', 'COST');
    expect(r.json.errors[0].extensions).toMatchObject({ introspectionFields: 1023, maxIntrospectionFields: 1000 });
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

  it('the limit is exactly 1 MB: a body of 1,048,576 bytes is answered, one byte more is refused', async () => {
    const sized = (bytes: number) => {
      const shell = JSON.stringify({ query: '{ catalogueInfo { products } }', variables: { pad: '' } });
      return JSON.stringify({ query: '{ catalogueInfo { products } }', variables: { pad: 'x'.repeat(bytes - shell.length) } });
    };
    expect(Buffer.byteLength(sized(1024 * 1024))).toBe(1024 * 1024);
    const post = (body: string) => fetch(`${dev.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const atLimit = await post(sized(1024 * 1024));
    expect(atLimit.status).toBe(200);
    expect((await atLimit.json()).data.catalogueInfo.products).toBeGreaterThan(700);
    expect((await post(sized(1024 * 1024 + 1))).status).toBe(413);
  });

  it('a chunked body (no Content-Length) is counted as it arrives and refused with a 413 once past 1 MB', async () => {
    const chunk = `10000\r\n${'x'.repeat(0x10000)}\r\n`;
    const head = `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const r = await rawRequest(dev.url, head + chunk.repeat(17) + '0\r\n\r\n', { timeoutMs: 10_000 });
    expect(r.status).toBe(413);
    expect(r.text).toMatch(/PAYLOAD_TOO_LARGE/);
    expect((await fetch(`${dev.url}/healthz`)).status).toBe(200);
  });

  it('batched requests (a JSON array) are refused with a 400', async () => {
    const r = await fetch(`${dev.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ catalogueInfo { products } }' }, { query: '{ catalogueInfo { products } }' }]),
    });
    expect(r.status).toBe(400);
    const body = await r.json();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/batching disabled/i);
  });

  it('CSRF prevention: a simple (form-like) POST or a GET without a preflight header is refused', async () => {
    const post = await fetch(`${dev.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ catalogueInfo { products } }"}' });
    expect(post.status).toBe(400);
    const postBody = await post.json();
    expect(postBody.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(postBody.errors[0].message).toMatch(/Cross-Site Request Forgery/);
    const get = await fetch(`${dev.url}/graphql?query=${encodeURIComponent('{ catalogueInfo { products } }')}`);
    expect(get.status).toBe(400);
    expect((await get.json()).errors[0].message).toMatch(/Cross-Site Request Forgery/);
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

describe('introspection, suggestions and stack traces: on in development, for API keys in production', () => {
  const INTROSPECT = `{ __schema { queryType { name } } }`;
  const TYPO = `{ catalogueInf { products } }`;
  const BAD = `{ supportPhase(product: "${'x'.repeat(301)}") { phase } }`;
  // What GraphiQL (ruru) sends: descriptions, specifiedByURL, repeatable directives, deprecated input values.
  const STANDARD = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });

  it('development: introspection answers, typos get "Did you mean", errors carry no stack trace unless GRAPHQL_STACK_TRACES=on', async () => {
    expect((await gql(dev.url, INTROSPECT)).json.data.__schema.queryType.name).toBe('Query');
    expect((await gql(dev.url, TYPO)).json.errors[0].message).toMatch(/Did you mean "catalogueInfo"\?/);
    const bad = await gql(dev.url, BAD);
    expect(bad.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.json.errors[0].extensions.stacktrace).toBeUndefined();
    const traced = await startTestGateway({ databaseUrl: dev.databaseUrl }, { GRAPHQL_STACK_TRACES: 'on' });
    try {
      expect((await gql(traced.url, BAD)).json.errors[0].extensions.stacktrace).toEqual(expect.any(Array));
    } finally {
      await traced.stop();
    }
  }, 30_000);

  it('the standard introspection query GraphiQL sends is answered in full, and again from the result computed once', async () => {
    const first = await gql(dev.url, STANDARD);
    expect(first.status).toBe(200);
    expect(first.json.errors).toBeUndefined();
    const schema = buildClientSchema(first.json.data);
    expect(schema.getQueryType()!.getFields().supportPhase!.description).toMatch(/\S/);
    expect(first.json).toEqual(JSON.parse(JSON.stringify(await graphqlExecute({ schema: await gatewaySchema(), document: parse(STANDARD) }))));
    const again = await gql(dev.url, STANDARD);
    expect(again.json).toEqual(first.json);
  });

  it('production: anonymous introspection is refused with a 400 that says how to enable it; with an API key it is answered', async () => {
    const r = await gql(prod.url, INTROSPECT);
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.json.errors[0].extensions.reason).toBe('INTROSPECTION_NEEDS_KEY');
    expect(r.json.errors[0].message).toMatch(/introspection/i);
    expect(r.json.errors[0].message).toMatch(/Authorization: Bearer <key>/);
    expect(r.json.errors[0].message).toMatch(/GRAPHQL_INTROSPECTION=on/);
    expect((await gql(prod.url, STANDARD)).status).toBe(400);
    // Also when the introspection hides behind a fragment, or comes next to a data field.
    expect((await gql(prod.url, `{ ...Q } fragment Q on Query { __type(name: "Query") { name } }`)).status).toBe(400);
    expect((await gql(prod.url, `{ catalogueInfo { products } __schema { queryType { name } } }`)).status).toBe(400);
    for (const key of [DEMO.tenantA.key, DEMO.adminKey]) {
      const keyed = await gql(prod.url, STANDARD, undefined, key);
      expect(keyed.status).toBe(200);
      expect(keyed.json.data.__schema.queryType.name).toBe('Query');
    }
    // The answer computed for a key holder is not handed to an anonymous caller afterwards.
    expect((await gql(prod.url, STANDARD)).status).toBe(400);
  });

  it('production: "Did you mean" only for requests with an API key', async () => {
    expect((await gql(prod.url, TYPO, undefined, DEMO.tenantA.key)).json.errors[0].message).toMatch(/Did you mean "catalogueInfo"\?/);
  });

  it('production: a typo is still a typed 400 but names no other field', async () => {
    const r = await gql(prod.url, TYPO);
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.json.errors[0].message).not.toMatch(/Did you mean/);
    expect(r.json.errors[0].message).not.toMatch(/catalogueInfo/);
  });

  it('production: an internal error says only "Internal server error", in GraphQL errors and outside them', async () => {
    const service = prod.gateway.catalogue;
    const leak = new Error('boom in /work/main/server/secret.ts:42 with password=hunter2');
    // A resolver failing (it reads catalogue.size) …
    const failing = { get size(): number { throw leak; }, forRequest() { return failing; } };
    Object.defineProperty(service, 'catalogue', { configurable: true, get: () => failing });
    try {
      const r = await gql(prod.url, `{ catalogueInfo { products } }`);
      expect(r.json.errors).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    } finally {
      delete (service as unknown as Record<string, unknown>).catalogue;
    }
    // … and the HTTP layer failing before GraphQL runs (it reads catalogue.meta for the request context).
    Object.defineProperty(service, 'meta', { configurable: true, get: () => { throw leak; } });
    try {
      const r = await gql(prod.url, `{ catalogueInfo { products } }`);
      expect(r.status).toBe(500);
      expect(r.json).toEqual({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    } finally {
      delete (service as unknown as Record<string, unknown>).meta;
    }
    expect((await gql(prod.url, `{ catalogueInfo { products } }`)).status).toBe(200);
  });

  it('production: GRAPHQL_INTROSPECTION=true (or on) turns introspection and suggestions on for everyone; stack traces stay off', async () => {
    const open = await startTestGateway({ databaseUrl: dev.databaseUrl }, { NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' });
    try {
      expect((await gql(open.url, INTROSPECT)).json.data.__schema.queryType.name).toBe('Query');
      const typo = await gql(open.url, TYPO);
      expect(typo.json.errors[0].message).toMatch(/Did you mean "catalogueInfo"\?/);
      expect(typo.json.errors[0].extensions.stacktrace).toBeUndefined();
      expect((await gql(open.url, BAD)).json.errors[0].extensions.stacktrace).toBeUndefined();
    } finally {
      await open.stop();
    }
  }, 30_000);

  it('development: GRAPHQL_INTROSPECTION=false (or off) turns introspection and suggestions off, also for API keys', async () => {
    const closed = await startTestGateway({ databaseUrl: dev.databaseUrl }, { GRAPHQL_INTROSPECTION: 'false' });
    try {
      const r = await gql(closed.url, INTROSPECT, undefined, DEMO.tenantA.key);
      expect(r.status).toBe(400);
      expect(r.json.errors[0].extensions.reason).toBe('INTROSPECTION_OFF');
      expect(r.json.errors[0].message).toMatch(/GRAPHQL_INTROSPECTION=on/);
      expect((await gql(closed.url, TYPO)).json.errors[0].message).not.toMatch(/Did you mean/);
      expect((await gql(closed.url, TYPO, undefined, DEMO.tenantA.key)).json.errors[0].message).not.toMatch(/Did you mean/);
    } finally {
      await closed.stop();
    }
  }, 30_000);

  it('production: no error carries a stack trace', async () => {
    for (const q of [BAD, TYPO, INTROSPECT, `{ catalogueInfo { products } `]) {
      const r = await gql(prod.url, q);
      for (const e of r.json.errors) expect(e.extensions.stacktrace).toBeUndefined();
    }
    const tenantOnly = await gql(prod.url, `{ subscriptionDeadlines(subscription: "nope") { cancelBy } }`, undefined, DEMO.tenantA.key);
    expect(tenantOnly.json.errors[0].extensions.stacktrace).toBeUndefined();
  });
});
