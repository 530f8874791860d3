import { DEMO, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { badInputCorpus, type BadRequest } from './badInputCorpus.js';
import { rawRequest } from './rawHttp.js';

let gw: TestGateway;
let scratchKey: string;
beforeAll(async () => {
  // Production mode (no stack traces, no suggestions); no rate limit, so every request reaches the handlers.
  gw = await startTestGateway({ production: true, introspection: 'off', fieldSuggestions: 'off', rateLimitUnitsPerMinute: 0 });
  const tenant = await gql(gw.url, `mutation { createTenant(input: {name: "Scratch AS", country: NO, contactPerson: "Test"}) { id } }`, undefined, DEMO.adminKey);
  const key = await gql(gw.url, `mutation($t: ID!) { createApiKey(tenant: $t) { secret } }`, { t: tenant.json.data.createTenant.id }, DEMO.adminKey);
  scratchKey = key.json.data.createApiKey.secret;
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

interface Outcome {
  label: string;
  status: number | null;
  problem: string | null;
  /** A 4xx, or a 200 whose body reports errors (GraphQL answers a bad lookup with a typed error). */
  refused?: boolean;
}

async function send(r: BadRequest): Promise<Outcome> {
  if (r.kind === 'raw') {
    const res = await rawRequest(gw.url, r.payload, { halfClose: r.halfClose });
    if (res.status === null) return { label: r.label, status: null, problem: r.mayClose ? null : 'closed without an answer' };
    return { label: r.label, status: res.status, problem: res.status >= 500 ? `answered ${res.status}: ${res.text.slice(0, 200)}` : null };
  }
  const body = typeof r.body === 'string' || r.body === undefined ? r.body : new Uint8Array(r.body);
  const res = await fetch(`${gw.url}${r.path ?? '/graphql'}`, { method: r.method ?? 'POST', headers: r.headers, body, signal: AbortSignal.timeout(15_000) });
  const text = await res.text();
  if (res.status >= 500) return { label: r.label, status: res.status, problem: `answered ${res.status}: ${text.slice(0, 200)}` };
  if (/\/work\/|node_modules|stacktrace|\bat .*\.(ts|js):\d+/.test(text)) return { label: r.label, status: res.status, problem: `leaks internals: ${text.slice(0, 200)}` };
  if (r.method === 'HEAD' || !(res.headers.get('content-type') ?? '').includes('json')) return { label: r.label, status: res.status, problem: null };
  let errors: { extensions?: { code?: unknown } }[] | undefined;
  try {
    errors = JSON.parse(text).errors;
  } catch {
    return { label: r.label, status: res.status, problem: `JSON body does not parse: ${text.slice(0, 100)}` };
  }
  if (res.status >= 400 && !errors?.length) return { label: r.label, status: res.status, problem: `a ${res.status} without errors: ${text.slice(0, 200)}` };
  for (const e of errors ?? []) {
    const code = e.extensions?.code;
    if (typeof code !== 'string') return { label: r.label, status: res.status, problem: `error without extensions.code: ${text.slice(0, 200)}` };
    if (code === 'INTERNAL_SERVER_ERROR') return { label: r.label, status: res.status, problem: `bad input reported as an internal error: ${text.slice(0, 200)}` };
  }
  return { label: r.label, status: res.status, problem: null, refused: res.status >= 400 || Boolean(errors?.length) };
}

describe('a corpus of malformed requests', () => {
  let corpus: BadRequest[] = [];
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    corpus = badInputCorpus(scratchKey);
    // A few at a time, like a misbehaving client would, interleaved with each other.
    for (let i = 0; i < corpus.length; i += 12) outcomes.push(...(await Promise.all(corpus.slice(i, i + 12).map(send))));
  }, 120_000);

  it('has a few hundred requests', () => {
    expect(corpus.length).toBeGreaterThan(300);
    expect(outcomes).toHaveLength(corpus.length);
  });

  it('gets no 5xx, no stack traces or paths, and a typed error (extensions.code) for every JSON error', () => {
    expect(outcomes.filter((o) => o.problem).map((o) => `${o.label}: ${o.problem}`)).toEqual([]);
  });

  it('refuses nearly all of them, with a 4xx or a typed GraphQL error', () => {
    const refused = outcomes.filter((o) => o.refused || (o.status !== null && o.status >= 400)).length;
    // The rest are answered normally: a search for "%" or "'; DROP TABLE" is just a search that finds nothing.
    expect(refused / outcomes.length).toBeGreaterThan(0.75);
  });

  it('the gateway is still up afterwards and answers a normal question correctly', async () => {
    const health = await fetch(`${gw.url}/healthz`);
    expect(health.status).toBe(200);
    const r = await gql(gw.url, `{ supportPhase(product: "Windows 7", date: "2015-01-14") { phase } catalogueInfo { products } }`);
    expect(r.status).toBe(200);
    expect(r.json.data.supportPhase.phase).toBe('EXTENDED');
    expect(r.json.data.catalogueInfo.products).toBeGreaterThan(700);
  });

  it('nothing was dropped or injected: both demo tenants and their subscriptions are intact', async () => {
    const tenants = await gql(gw.url, `{ tenants { id } }`, undefined, DEMO.adminKey);
    expect(tenants.json.data.tenants.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining([DEMO.tenantA.id, DEMO.tenantB.id]));
    for (const t of [DEMO.tenantA, DEMO.tenantB]) {
      const subs = await gql(gw.url, `{ subscriptions { id } payments { id } }`, undefined, t.key);
      expect(subs.json.errors).toBeUndefined();
      expect(subs.json.data.subscriptions.length).toBeGreaterThan(0);
    }
    const keys = await gql(gw.url, `{ apiKeys { id revokedAt } }`, undefined, DEMO.adminKey);
    expect(keys.json.data.apiKeys.every((k: { revokedAt: string | null }) => k.revokedAt === null)).toBe(true);
  });
});
