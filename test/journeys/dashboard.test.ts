/**
 * Journey 3 — a browser dashboard on another origin (docs/dashboard.html, the README's example, served
 * from a second loopback origin): listed in CORS_ORIGINS it queries the gateway with a tenant key and
 * shows the answer; the same page from an origin not listed is refused by the browser.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config/paths.js';
import { launchBrowser, type TestBrowser } from '../helpers/browser.js';
import { DEMO, startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { freePort } from './support.js';

/** A static web server for the dashboard page, on its own loopback origin. */
async function pageServer(port: number): Promise<{ origin: string; server: Server }> {
  const html = readFileSync(join(PROJECT_ROOT, 'docs', 'dashboard.html'));
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/dashboard.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(html);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

let gw: TestGateway;
let listed: { origin: string; server: Server };
let stranger: { origin: string; server: Server };
let b: TestBrowser;
beforeAll(async () => {
  listed = await pageServer(await freePort());
  stranger = await pageServer(await freePort());
  gw = await startTestGateway({ corsOrigins: [listed.origin] });
  b = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await b?.close();
  await gw?.stop();
  for (const s of [listed, stranger]) if (s) await new Promise((r) => s.server.close(r));
});

const open = async (origin: string) => {
  const page = await b.context.newPage();
  const posts: number[] = [];
  page.on('response', (r) => {
    if (r.request().method() === 'POST' && r.url().startsWith(gw.url)) posts.push(r.status());
  });
  await page.goto(`${origin}/dashboard.html?gateway=${encodeURIComponent(gw.url)}&key=${DEMO.tenantA.key}`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent !== 'Loading…', undefined, { timeout: 30_000 });
  return { page, posts, status: await page.locator('#status').innerText() };
};

describe('journey 3: a dashboard in a browser on another origin', () => {
  it('from an origin in CORS_ORIGINS, the page queries with a tenant key and shows the answer', async () => {
    const { page, posts, status } = await open(listed.origin);
    expect(status).toMatch(/^Fjordvik Regnskap AS \(fictional\): \d+ products past or near end of support \(until \d{4}-\d{2}-\d{2}\); \d+ request units left$/);
    expect(posts).toEqual([200]);
    expect(await page.locator('#risk tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#risk tbody').innerText()).toMatch(/Windows Server 2016|SQL Server 2016/);
    await page.close();
    expect(b.external).toEqual([]);
  });

  it('from an origin not listed, the same page is refused (no grant), and the gateway gave no 5xx', async () => {
    const { page, posts, status } = await open(stranger.origin);
    expect(status).toMatch(/^Gateway not reachable from this page: Failed to fetch/);
    expect(posts).toEqual([]); // the browser stopped at the preflight
    // What the browser was told (its preflight, repeated here): no grant, and not a server error.
    const preflight = await fetch(`${gw.url}/graphql`, { method: 'OPTIONS', headers: { origin: stranger.origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    await page.close();
    expect(b.external).toEqual([]);
  });
});
