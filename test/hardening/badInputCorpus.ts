import { DEMO } from '../helpers/gateway.js';

/** One malformed request: sent with fetch, or as raw bytes over a socket when fetch cannot build it. */
export type BadRequest =
  | { kind: 'fetch'; label: string; method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }
  | { kind: 'raw'; label: string; payload: Buffer | string; halfClose?: boolean; mayClose?: boolean };

const JSON_TYPE = { 'content-type': 'application/json' };
const post = (label: string, body: string | Buffer, headers: Record<string, string> = JSON_TYPE): BadRequest => ({ kind: 'fetch', label, method: 'POST', headers, body });
const op = (label: string, query: string, variables?: unknown, key?: string): BadRequest =>
  post(label, JSON.stringify({ query, variables }), { ...JSON_TYPE, ...(key ? { authorization: `Bearer ${key}` } : {}) });

const SUB_A = '5b0d9a10-0000-4000-8000-000000000101';

/** Names an attacker or a messy spreadsheet might send: SQL, LIKE and regex metacharacters, control bytes, scripts. */
const NASTY_NAMES = [
  "'; DROP TABLE product; --",
  '" OR 1=1 --',
  "' OR '1'='1",
  'Windows 7\'); DELETE FROM tenant; --',
  '%',
  '_',
  '%%%%%%%%',
  '\\',
  '\\\\\\',
  '.*',
  '(a+)+$',
  '(.*a){20}',
  '[',
  ']',
  '[^',
  '(?<x>',
  '*',
  '+',
  '?',
  '$where',
  '{{7*7}}',
  '${7*7}',
  '\u0000',
  'Windows 7\u0000',
  '\u0000\u0000\u0000',
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '\u202eWindows 7',
  '\ud800',
  '\udfff\ud800',
  '💥'.repeat(100),
  'a'.repeat(300),
  'a'.repeat(301),
  'x'.repeat(200_000),
  ' ',
  '',
  '\t\n\r',
  'Ｗｉｎｄｏｗｓ　７',
  'İstanbul ß ﬁ',
];

const BAD_DATES = [
  '2023-02-29', '2024-02-30', '2024-13-01', '2024-00-10', '2024-01-00', '2024-01-32', '0000-01-01', '+02024-01-01', '-0001-01-01',
  '2024-1-1', '2024/01/01', '01.01.2024', '45000', '1e5', '', ' 2024-01-01', '2024-01-01 ', '2024-01-01T00:00:00Z', 'today', 'NaN',
  '9'.repeat(1000), '2024-01-01\u0000',
];
const BAD_DATE_VALUES: unknown[] = [45000, 45000.5, -1, 0, true, false, [], {}, ['2024-01-01'], { date: '2024-01-01' }, 1e308, null];

const HUGE_NUMBERS: unknown[] = [1e308, -1e308, 2 ** 53 + 2, -(2 ** 53), 2 ** 31, -(2 ** 31) - 1, 1.5, -0, '10', '1e3', true, [], {}, null];

/**
 * `scratchKey`: a tenant of its own for the writes, so the demo tenants can be checked untouched afterwards
 * (and so a value accepted that should not have been does not spoil them for other tests).
 */
export function badInputCorpus(scratchKey: string): BadRequest[] {
  const c: BadRequest[] = [];

  // Broken JSON and JSON of the wrong shape.
  for (const body of ['', '{', '{"query":', '{"query": "{ catalogueInfo { products } }"', 'null', 'true', '123', '"{ catalogueInfo { products } }"', '[]', '[1,2]', '{}',
    '{"query": null}', '{"query": 1}', '{"query": {}}', '{"query": []}', '{"query": true}', '{"query": ""}', '{"query": "   "}',
    '{"query": "{ catalogueInfo { products } }", "variables": "x"}', '{"query": "{ catalogueInfo { products } }", "variables": [1]}',
    '{"query": "{ catalogueInfo { products } }", "variables": 5}', '{"query": "{ catalogueInfo { products } }", "operationName": 5}',
    '{"query": "{ catalogueInfo { products } }", "operationName": {}}', '{"query": "{ catalogueInfo { products } }", "extensions": "x"}',
    '{"query": "{ catalogueInfo { products } }"} trailing', '\ufeff{"query": "{ catalogueInfo { products } }"}',
    '{"query": "{ catalogueInfo { products } }", "query": "{ nope }"}', '{"query": "\\ud800"}', '{"query": "\\u0000"}', '{"query": "{ catalogueInfo { products } }\\u0000"}',
    `{"query": "{ catalogueInfo { products } }", "variables": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    `{"query": "{ catalogueInfo { products } }", "variables": {"a": ${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}}`,
    '{"query": "{ catalogueInfo { products } }", "variables": {"__proto__": {"polluted": true}}}',
    '{"__proto__": {"query": "{ catalogueInfo { products } }"}}',
    '{"query": "{ catalogueInfo { products } }", "variables": {"constructor": {"prototype": {"polluted": true}}}}']) {
    c.push(post(`json: ${body.slice(0, 60)}`, body));
  }

  // Wrong or missing content types.
  const QUERY = JSON.stringify({ query: '{ catalogueInfo { products } }' });
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/graphql', 'application/octet-stream', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'APPLICATION/JSON', 'application/jsonx', '*/*', 'text/html', 'x'.repeat(4000), ';;;;', 'application/json, text/plain']) {
    c.push(post(`content-type ${type.slice(0, 40)}`, QUERY, { 'content-type': type }));
  }
  c.push(post('no content-type', QUERY, {}));
  c.push(post('form body', 'query=%7B%20catalogueInfo%20%7B%20products%20%7D%20%7D', { 'content-type': 'application/x-www-form-urlencoded' }));
  c.push(post('json type, GraphQL body', '{ catalogueInfo { products } }'));
  c.push(post('accept: image/png', QUERY, { ...JSON_TYPE, accept: 'image/png' }));
  c.push(post('accept: garbage', QUERY, { ...JSON_TYPE, accept: ';;;q=abc' }));

  // Wrong types in variables.
  const PHASE = 'query($p: String!, $d: Date, $l: String) { supportPhase(product: $p, date: $d, level: $l) { phase } }';
  for (const p of [5, null, [], {}, true, ['Windows 7'], { name: 'Windows 7' }]) c.push(op(`product of type ${JSON.stringify(p)}`, PHASE, { p }));
  const BULK = 'query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { __typename ... on LookupError { code } } }';
  for (const l of ['Windows 7', {}, [null], [1, 2], [[{ product: 'Windows 7' }]], [{}], [{ product: 'Windows 7', extra: 1 }], [{ product: 'Windows 7', date: 45000 }], null, 5]) {
    c.push(op(`bulk lookups ${JSON.stringify(l).slice(0, 40)}`, BULK, { l }));
  }
  for (const first of HUGE_NUMBERS) c.push(op(`products first=${JSON.stringify(first)}`, 'query($n: Int) { products(first: $n) { totalCount } }', { n: first }));
  for (const lit of ['99999999999999999999999', '-99999999999999999999999', '1.5', '"10"', '1e3', 'null', '0', '-1', '501', '2147483648']) {
    c.push(op(`products first literal ${lit}`, `{ products(first: ${lit}) { totalCount } }`));
  }
  c.push(op('after cursor garbage', '{ products(after: "!!!not base64!!!") { totalCount } }'));
  c.push(op('after cursor huge offset', `{ products(after: "${Buffer.from('o:9999999').toString('base64url')}") { totalCount } }`));
  c.push(op('after cursor negative', `{ products(after: "${Buffer.from('o:-5').toString('base64url')}") { totalCount } }`));
  c.push(op('policy bogus', '{ products(policy: "DROP TABLE") { totalCount } }'));
  c.push(op('ending range reversed', '{ products(endingBetween: {from: "2030-01-01", to: "2020-01-01"}) { totalCount } }'));

  // Names with SQL/regex metacharacters, control characters and sizes at and over the limits.
  for (const name of NASTY_NAMES) {
    c.push(op(`supportPhase product ${JSON.stringify(name).slice(0, 30)}`, PHASE, { p: name, d: '2020-01-01' }));
    c.push(op(`product by name ${JSON.stringify(name).slice(0, 30)}`, 'query($n: String!) { product(name: $n) { slug } }', { n: name }));
    c.push(op(`products search ${JSON.stringify(name).slice(0, 30)}`, 'query($s: String, $f: String) { products(search: $s, family: $f) { totalCount } }', { s: name, f: name }));
    c.push(op(`level ${JSON.stringify(name).slice(0, 30)}`, PHASE, { p: 'Windows 7', l: name }));
  }
  c.push(op('bulk of nasty names', BULK, { l: NASTY_NAMES.filter((n) => n.length < 1000).map((product) => ({ product, level: product })) }));
  for (const id of ["' OR '1'='1", '5b0d9a10-0000-4000-8000-000000000201', '%', '\u0000', 'x'.repeat(10_000), SUB_A.toUpperCase()]) {
    c.push(op(`deadlines of subscription ${id.slice(0, 30)}`, 'query($s: ID!) { subscriptionDeadlines(subscription: $s) { cancelBy } }', { s: id }, DEMO.tenantA.key));
  }
  c.push(op('admin revokes a key with SQL in the id', 'mutation { revokeApiKey(id: "\'; DELETE FROM api_key; --") }', undefined, DEMO.adminKey));
  c.push(op('admin creates a tenant with a huge name', 'mutation($i: TenantInput!) { createTenant(input: $i) { id } }', { i: { name: 'x'.repeat(100_000), country: 'NO', contactPerson: 'x', antivirus: true, firewall: true, backup: true } }, DEMO.adminKey));
  c.push(op('admin creates a tenant with a bad country', 'mutation($i: TenantInput!) { createTenant(input: $i) { id } }', { i: { name: 'x', country: 'XX', contactPerson: 'x', antivirus: true, firewall: true, backup: true } }, DEMO.adminKey));

  // Invalid dates and Excel serials.
  for (const d of [...BAD_DATES, ...BAD_DATE_VALUES]) {
    c.push(op(`date variable ${JSON.stringify(d).slice(0, 30)}`, PHASE, { p: 'Windows 7', d }));
  }
  for (const d of BAD_DATES.slice(0, 12)) c.push(op(`date literal ${d}`, `{ supportPhase(product: "Windows 7", date: ${JSON.stringify(d)}) { phase } }`));
  for (const at of ['tomorrow', '2024-02-30T10:00:00Z', '2024-01-01', '45000', '', '2024-01-01T25:00:00Z']) {
    c.push(op(`supportDesk at ${at}`, 'query($a: DateTime) { supportDesk(country: NO, at: $a) { open } }', { a: at }));
  }
  c.push(op('supportDesk unknown country', '{ supportDesk(country: XX) { open } }'));

  // Subscriptions with absurd numbers and amounts (the scratch tenant).
  const CREATE = 'mutation($i: SubscriptionInput!) { createSubscription(input: $i) { id } }';
  const sub = { product: 'Microsoft 365 Business Basic', billingModel: 'COMMITMENT', termMonths: 12, orderDate: '2026-01-01', seats: 1, unitPrice: '10.00', endUserSupportIncluded: false };
  for (const seats of [0, -1, 1e308, 2 ** 31, 1.5, '5', null]) c.push(op(`subscription seats ${seats}`, CREATE, { i: { ...sub, seats } }, scratchKey));
  for (const unitPrice of ['1e9999', 'NaN', '-1', '1,5', '9'.repeat(400), '0.001', '12.345', '', ' 1', '1 000', '\u0000']) {
    c.push(op(`subscription price ${unitPrice.slice(0, 20)}`, CREATE, { i: { ...sub, unitPrice } }, scratchKey));
  }
  for (const termMonths of [0, 7, 1e10, -12, null]) c.push(op(`subscription term ${termMonths}`, CREATE, { i: { ...sub, termMonths } }, scratchKey));
  c.push(op('subscription with an impossible order date', CREATE, { i: { ...sub, orderDate: '2026-02-29' } }, scratchKey));
  c.push(op('payment of a huge amount', 'mutation($i: PaymentInput!) { recordPayment(input: $i) { id } }', { i: { paidOn: '2026-01-01', amount: '9'.repeat(200), coversSupportOrOffice365: true, description: 'x' } }, scratchKey));

  // Unknown fields, arguments, variables, operations.
  for (const q of ['{ nope }', '{ catalogueInfo { nope } }', '{ catalogueInfo(x: 1) { products } }', 'query($x: Int) { catalogueInfo { products } }', '{ catalogueInfo { products } } { catalogueInfo { products } }',
    'query A { catalogueInfo { products } } query A { catalogueInfo { products } }', 'subscription { catalogueInfo { products } }', 'mutation { nope }', '{ __type(name: "Query") { name } }',
    'fragment F on Nope { x } { ...F }', '{ ...Missing }', '{ catalogueInfo { products @nope } }', '{ catalogueInfo { products @include } }', '{ catalogueInfo { ... on Nope { x } } }',
    'query ($a: Nope) { catalogueInfo { products } }', '{ catalogueInfo { products } }}}}', '{{{{', '#', '', ' ', '\u0000', 'query', '{ catalogueInfo { products(first: 1) } }',
    `{ ${'a { '.repeat(300)}${'}'.repeat(300)} }`, `{ catalogueInfo { products } ${'__typename '.repeat(200)}}`, 'query { supportPhase(product: "Windows 7") }', '{ me { id } }', '{ tenants { id } }']) {
    c.push(op(`document ${q.slice(0, 50)}`, q));
  }
  c.push(post('operationName not in document', JSON.stringify({ query: 'query A { catalogueInfo { products } }', operationName: 'B' })));
  c.push(post('two operations, no name', JSON.stringify({ query: 'query A { catalogueInfo { products } } query B { catalogueInfo { products } }' })));
  c.push(post('undeclared variable used', JSON.stringify({ query: '{ supportPhase(product: $p) { phase } }', variables: { p: 'Windows 7' } })));

  // Non-UTF-8 bytes in bodies.
  for (const bytes of [[0xff, 0xfe, 0xfd], [0xc3, 0x28], [0xe2, 0x82], [0xf0, 0x9f, 0x92], [0xed, 0xa0, 0x80], [0x80, 0x81]]) {
    const inString = Buffer.concat([Buffer.from('{"query": "{ supportPhase(product: \\"'), Buffer.from(bytes), Buffer.from('\\") { phase } }"}')]);
    c.push(post(`bytes ${bytes.join(',')} in a name`, inString));
    c.push(post(`bytes ${bytes.join(',')} as the body`, Buffer.from(bytes)));
  }
  c.push(post('UTF-16 body', Buffer.from(QUERY, 'utf16le')));

  // GET with bad parameters.
  const get = (label: string, search: string, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }): BadRequest => ({ kind: 'fetch', label, method: 'GET', path: `/graphql${search}`, headers });
  for (const search of ['?query=%ZZ', '?query=', '?query', '?variables=notjson&query={catalogueInfo{products}}', '?query={catalogueInfo{products}}&variables=%7B', '?query={catalogueInfo{products}}&extensions=[]',
    '?query=mutation{revokeApiKey(id:"x")}', '?query={catalogueInfo{products}}&query={nope}', '?query={catalogueInfo{products}}&operationName=Nope', `?query=${'%7B'.repeat(3000)}`, '?%00=%00', '?query=%00',
    '?query={catalogueInfo{products}}&variables=null', '?query={catalogueInfo{products}}&variables=[1]', '?query=%E0%A4%A', '?query=%C3%28', `?query={products(search:"${'%25'.repeat(300)}"){totalCount}}`, '?&&&&', '?=']) {
    c.push(get(`GET ${search.slice(0, 50)}`, search));
  }
  c.push(get('GET without the CSRF preflight header', '?query={catalogueInfo{products}}', {}));
  c.push(get('GET asking for HTML with a query', '?query={nope}', { accept: 'text/html', 'apollo-require-preflight': 'true' }));

  // Other methods and paths.
  for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']) c.push({ kind: 'fetch', label: `${method} /graphql`, method, path: '/graphql', headers: JSON_TYPE, ...(method === 'HEAD' || method === 'OPTIONS' ? {} : { body: QUERY }) });
  for (const path of ['/GRAPHQL', '/graphql/', '/graphql/../graphql', '//graphql', '/%', '/%00', '/..%2f..%2fpackage.json', '/addin/../../package.json', '/addin/%2e%2e/%2e%2e/package.json', '/addin/%2e%2e%2f%2e%2e%2fpackage.json',
    '/addin/..%5c..%5cpackage.json', '/explorer/../../package.json', '/addin/', '/addin/%00', `/addin/${'a/'.repeat(500)}`, '/healthz?x=%ZZ', '/nope', `/${'x'.repeat(6000)}`]) {
    c.push({ kind: 'fetch', label: `GET ${path.slice(0, 50)}`, method: 'GET', path });
  }

  // Authorization headers that are not a key.
  for (const auth of ['Bearer', 'Bearer ', `Bearer ${'a'.repeat(7000)}`, 'Basic dXNlcjpwYXNz', 'Bearer ent_' + 'g'.repeat(40), `Bearer ${DEMO.tenantA.key.toUpperCase()}`, `Bearer  ${DEMO.tenantA.key}  x`, 'Bearer %00', 'Bearer ent_', 'Token x', `Bearer ${DEMO.tenantA.key}, Bearer ${DEMO.tenantB.key}`]) {
    c.push(post(`authorization ${auth.slice(0, 40)}`, QUERY, { ...JSON_TYPE, authorization: auth }));
  }

  // Bytes fetch refuses to send: broken request lines and headers, non-UTF-8 in the URL, truncated bodies.
  const raw = (label: string, payload: Buffer | string, extra: { halfClose?: boolean; mayClose?: boolean } = {}): BadRequest => ({ kind: 'raw', label, payload, ...extra });
  c.push(raw('garbage', 'hello\r\n\r\n'));
  c.push(raw('HTTP/0.9 request', 'GET /\r\n\r\n', { mayClose: true }));
  c.push(raw('unknown method', 'FOO /graphql HTTP/1.1\r\nHost: x\r\n\r\n'));
  c.push(raw('header without a colon', 'GET /healthz HTTP/1.1\r\nHost: x\r\nnocolon\r\n\r\n'));
  c.push(raw('NUL in a header', 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n'));
  c.push(raw('NUL in the path', 'GET /graph\u0000ql HTTP/1.1\r\nHost: x\r\n\r\n'));
  c.push(raw('non-UTF-8 bytes in the path', Buffer.concat([Buffer.from('GET /graphql?query='), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(' HTTP/1.1\r\nHost: x\r\nConnection: close\r\napollo-require-preflight: 1\r\n\r\n')])));
  c.push(raw('non-UTF-8 bytes in a header', Buffer.concat([Buffer.from('POST /graphql HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nAuthorization: Bearer '), Buffer.from([0xff, 0xfe]), Buffer.from(`\r\nContent-Length: ${QUERY.length}\r\n\r\n${QUERY}`)])));
  c.push(raw('header over 16 KB', `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`));
  c.push(raw('request target "*"', 'GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  c.push(raw('absolute-form target', 'GET http://evil.example/graphql HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  c.push(raw('bracket authority', 'GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  c.push(raw('both Content-Length and chunked', `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`));
  c.push(raw('bad chunk size', 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n'));
  c.push(raw('Content-Length not a number', 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}'));
  c.push(raw('negative Content-Length', 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: -1\r\n\r\n{}'));
  c.push(raw('body shorter than its Content-Length, then the client hangs up', `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":`, { halfClose: true, mayClose: true }));
  c.push(raw('huge declared Content-Length', 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 99999999999\r\n\r\n{}', { halfClose: true }));
  c.push(raw('chunked body over 1 MB', Buffer.concat([Buffer.from('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n'), ...Array.from({ length: 20 }, () => Buffer.from(`10000\r\n${'x'.repeat(0x10000)}\r\n`)), Buffer.from('0\r\n\r\n')]), { mayClose: true }));
  return c;
}
