import { startTestGateway, type TestGateway } from './helpers/gateway.js';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
let gw: TestGateway;
let prod: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
  prod = await startTestGateway({ databaseUrl: gw.databaseUrl }, { NODE_ENV: 'production', LOG_LEVEL: 'silent' });
}, 60_000);
afterAll(async () => {
  await prod?.stop();
  await gw?.stop();
});

describe('pages for people', () => {
  it('a browser opening a URL that is no route gets an HTML 404 with links to the explorer and the README API section', async () => {
    for (const path of ['/graphiql', '/addin', '/nope/deeper?x=<b>']) {
      const r = await fetch(`${gw.url}${path}`, { headers: { accept: BROWSER } });
      expect(r.status).toBe(404);
      expect(r.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await r.text();
      expect(html).toContain('href="/explorer"');
      expect(html).toContain('href="/readme#the-api-by-example"');
      expect(html).not.toContain('<b>');
    }
  });

  it('API clients keep the JSON error', async () => {
    for (const accept of [undefined, 'application/json', '*/*']) {
      const r = await fetch(`${gw.url}/graphiql`, { headers: accept ? { accept } : {} });
      expect(r.status).toBe(404);
      expect((await r.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    }
    const post = await fetch(`${gw.url}/graphiql`, { method: 'POST', headers: { accept: BROWSER } });
    expect(post.headers.get('content-type')).toMatch(/json/);
  });

  it('the links work: the README as a page, with GitHub heading anchors; docs/domain.md too', async () => {
    const r = await fetch(`${gw.url}/readme`, { headers: { accept: BROWSER } });
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain('<h2 id="the-api-by-example">');
    expect(html).toContain('<h2 id="quick-start">');
    expect(html).toContain('<h3 id="sideloading">');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:\/\//);
    expect((await fetch(`${gw.url}/docs/domain.md`)).status).toBe(200);
    expect((await fetch(`${gw.url}/docs/../README.md`)).status).toBe(404);
  });

  it('the SDL is served where introspection is open to everyone, not on a production gateway', async () => {
    const dev = await fetch(`${gw.url}/schema/schema.graphql`);
    expect(dev.status).toBe(200);
    expect(await dev.text()).toContain('supportPhase(');
    expect((await fetch(`${prod.url}/schema/schema.graphql`)).status).toBe(404);
  });
});
