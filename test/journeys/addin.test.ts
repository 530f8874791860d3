/**
 * Journey 4 — the Excel add-in as Excel loads it: the task pane page from the gateway's HTTPS port (with
 * the development certificate, trusted by its key only), Test connection succeeds, and one
 * ENT.SUPPORTPHASE call round-trips through the batch client. office.js (Microsoft's CDN) is answered
 * empty and the CustomFunctions host is a stand-in, as in test/browser/addin.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { isoToSerial } from '../../addin/src/client/excelDates.js';
import { buildAddin } from '../addin/buildAddin.js';
import { launchBrowser, type TestBrowser } from '../helpers/browser.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { PROJECT_ROOT } from '../../server/config/paths.js';
import { devCertificate, freePort, removeDir, tempDir } from './support.js';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CUSTOM_FUNCTIONS_SHIM = `(() => {
  class CustomFunctionsError { constructor(code, message) { this.code = code; this.message = message; } }
  window.__fns = new Map();
  window.CustomFunctions = { associate(id, fn) { window.__fns.set(id, fn); }, Error: CustomFunctionsError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } };
})();`;

let out: string;
let gw: TestGateway;
let b: TestBrowser;
let page: Page;
const posts: { url: string; body: string }[] = [];
beforeAll(async () => {
  out = await buildAddin(tempDir('addin'));
  gw = await startTestGateway({ httpsPort: await freePort() }, {}, { addinDir: out });
  expect(gw.gateway.httpsUrl).toMatch(/^https:\/\/localhost:\d+$/);
  b = await launchBrowser({ trust: [gw.gateway.tls ? readFileSync(gw.gateway.tls.certFile, 'utf8') : devCertificate(PROJECT_ROOT)] });
  page = await b.context.newPage();
  await page.addInitScript(CUSTOM_FUNCTIONS_SHIM);
  await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/graphql') posts.push({ url: r.url(), body: r.postData() ?? '' });
  });
}, 180_000);
afterAll(async () => {
  await b?.close();
  await gw?.stop();
  removeDir(out);
});

describe('journey 4: the Excel add-in from the HTTPS port', () => {
  it('a browser that does not trust the development certificate refuses the page (the trust above is real)', async () => {
    const plain = await launchBrowser();
    try {
      const p = await plain.context.newPage();
      await expect(p.goto(`${gw.gateway.httpsUrl}/addin/taskpane.html`)).rejects.toThrow(/ERR_CERT/);
    } finally {
      await plain.close();
    }
  }, 60_000);

  it('the task pane loads over HTTPS and Test connection succeeds against its own origin', async () => {
    const res = await page.goto(`${gw.gateway.httpsUrl}/addin/taskpane.html`);
    expect(res!.status()).toBe(200);
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Connected'), undefined, { timeout: 30_000 });
    expect(await page.locator('#gateway-url').inputValue()).toBe(gw.gateway.httpsUrl);
    await page.evaluate(() => (document.getElementById('status')!.textContent = ''));
    await page.click('#test-connection');
    await page.waitForFunction(() => /^Connected: \d+ products/.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 30_000 });
    expect(posts.every((p) => p.url.startsWith(`${gw.gateway.httpsUrl}/graphql`))).toBe(true);
    expect(b.external).toEqual([]);
  }, 60_000);

  it('one ENT.SUPPORTPHASE call round-trips through the batch client', async () => {
    const before = posts.length;
    const answer = await page.evaluate(async (serial) => {
      const fn = (window as any).__fns.get('SUPPORTPHASE') as (p: string, d: number) => Promise<string>;
      return fn('Windows 7', serial);
    }, isoToSerial('2015-01-14'));
    expect(answer).toBe('EXTENDED');
    expect(posts.length - before).toBe(1);
    expect(posts.at(-1)!.body).toContain('supportPhases');
    expect(b.external).toEqual([]);
  }, 60_000);
});
