import { DEMO, startTestGateway, type TestGateway } from './helpers/gateway.js';

const DASHBOARD = 'http://127.0.0.1:8123';
const STRANGER = 'http://127.0.0.1:8124';
let gw: TestGateway;
let closed: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway({ corsOrigins: [DASHBOARD, 'https://dash.example.com'] });
  closed = await startTestGateway({ databaseUrl: gw.databaseUrl });
}, 60_000);
afterAll(async () => {
  await closed?.stop();
  await gw?.stop();
});

const preflight = (url: string, origin: string, headers = 'authorization, content-type') =>
  fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers } });

describe('CORS for browser dashboards (CORS_ORIGINS)', () => {
  it('a preflight from a listed origin gets 204 with the origin itself, Vary, methods, headers and max-age', async () => {
    for (const path of ['/graphql', '/calendar/products.ics']) {
      const r = await preflight(`${gw.url}${path}`, DASHBOARD, 'authorization, content-type, apollo-require-preflight');
      expect(r.status).toBe(204);
      expect(r.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
      expect(r.headers.get('vary')).toMatch(/\bOrigin\b/);
      expect(r.headers.get('access-control-allow-methods')).toMatch(path === '/graphql' ? /GET, POST/ : /GET, HEAD/);
      const allowed = r.headers.get('access-control-allow-headers')!.split(/,\s*/);
      expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'apollo-require-preflight']));
      expect(Number(r.headers.get('access-control-max-age'))).toBeGreaterThan(0);
      expect(r.headers.get('access-control-allow-credentials')).toBeNull();
    }
    const tokenFeed = await preflight(`${gw.url}/calendar/cal_${'0'.repeat(40)}.ics`, DASHBOARD);
    expect(tokenFeed.status).toBe(204);
  });

  it('the answer to a listed origin carries the grant too (never *), with a key, and the rate-limit headers are readable', async () => {
    const r = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { origin: DASHBOARD, 'content-type': 'application/json', authorization: `Bearer ${DEMO.tenantA.key}` },
      body: JSON.stringify({ query: '{ me { name } }' }),
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(r.headers.get('vary')).toMatch(/\bOrigin\b/);
    expect(r.headers.get('access-control-expose-headers')).toMatch(/RateLimit-Remaining/);
    const feed = await fetch(`${gw.url}/calendar/products.ics?product=Windows%207`, { headers: { origin: DASHBOARD } });
    expect(feed.status).toBe(200);
    expect(feed.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
  });

  it('an origin not listed gets no grant and no 5xx: a 403 preflight, and answers without Access-Control-Allow-Origin', async () => {
    const r = await preflight(`${gw.url}/graphql`, STRANGER);
    expect(r.status).toBe(403);
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    expect(await r.text()).toMatch(/CORS_ORIGINS/);
    const post = await fetch(`${gw.url}/graphql`, { method: 'POST', headers: { origin: STRANGER, 'content-type': 'application/json' }, body: '{"query":"{ catalogueInfo { products } }"}' });
    expect(post.status).toBe(200);
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    // Nothing is granted by default (CORS_ORIGINS empty).
    expect((await preflight(`${closed.url}/graphql`, DASHBOARD)).status).toBe(403);
  });

  it("the gateway's own origins need no entry (the add-in's page calling it)", async () => {
    for (const origin of [closed.url, closed.url.replace('127.0.0.1', 'localhost')]) {
      const r = await preflight(`${closed.url}/graphql`, origin);
      expect(r.status).toBe(204);
      expect(r.headers.get('access-control-allow-origin')).toBe(origin);
    }
  });

  it('CSRF prevention stays on for a listed origin: a form-like POST and a GET without a preflight header are refused', async () => {
    const simple = await fetch(`${gw.url}/graphql`, { method: 'POST', headers: { origin: DASHBOARD, 'content-type': 'text/plain' }, body: '{"query":"{ catalogueInfo { products } }"}' });
    expect(simple.status).toBe(400);
    expect((await simple.json()).errors[0].message).toMatch(/Cross-Site Request Forgery/);
    const get = await fetch(`${gw.url}/graphql?query=${encodeURIComponent('{ catalogueInfo { products } }')}`, { headers: { origin: DASHBOARD } });
    expect(get.status).toBe(400);
  });

  it('a plain OPTIONS (no preflight) says what the route answers instead of a 405', async () => {
    const r = await fetch(`${gw.url}/graphql`, { method: 'OPTIONS' });
    expect(r.status).toBe(204);
    expect(r.headers.get('allow')).toBe('GET, POST, OPTIONS');
  });
});
