/**
 * The built Excel add-in (addin/dist/, served by the gateway at /addin/) open in headless Chromium, as
 * Excel's shared runtime would hold it: a stand-in CustomFunctions host records the functions the page
 * registers (as in test/browser/addin.test.ts), office.js is answered empty (Microsoft's CDN is not
 * reachable here), and every POST to /graphql the page sends is counted.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../server/config/paths.js';
import { launchBrowser, type HeadlessBrowser } from './browser.js';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Runs before the page's own scripts: Excel's CustomFunctions host, reduced to recording associate(). */
const CUSTOM_FUNCTIONS_SHIM = `(() => {
  class CustomFunctionsError { constructor(code, message) { this.code = code; this.message = message; } }
  window.__fns = new Map();
  window.CustomFunctions = {
    associate(id, fn) { window.__fns.set(id, fn); },
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
  };
  // A streaming function as Excel calls it: its arguments, then a StreamingInvocation; the first result.
  window.__stream = (id, args) => new Promise((resolve) => {
    const invocation = { setResult(v) { resolve(v); invocation.onCanceled?.(); } };
    window.__fns.get(id)(...args, invocation);
  });
})();`;

export interface AddinPage {
  page: Page;
  /** POSTs to /graphql the page has sent so far. */
  graphqlPosts(): number;
  /** Bytes of those POSTs' bodies and of their answers, so far. */
  graphqlBytes(): { sent: number; received: number };
  /** Requests to non-loopback hosts the page tried (all aborted); the benchmark checks there were none. */
  external: string[];
  /** The task pane's "Refresh data" button: the batch client forgets every cached answer. */
  refreshData(): Promise<void>;
  close(): Promise<void>;
}

const connected = (page: Page) =>
  page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Connected'), undefined, { timeout: 30_000 });

/** Opens `${gatewayUrl}/addin/taskpane.html` and, when `apiKey` is given, saves it in the task pane. */
export async function openAddin(gatewayUrl: string, apiKey: string | null): Promise<AddinPage> {
  if (!existsSync(join(PROJECT_ROOT, 'addin/dist/taskpane.js'))) throw new Error('addin/dist/ is missing: run `npm run addin:build` first');
  const browser: HeadlessBrowser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(CUSTOM_FUNCTIONS_SHIM);
    await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    let posts = 0;
    const bytes = { sent: 0, received: 0 };
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/graphql') {
        posts++;
        bytes.sent += Buffer.byteLength(r.postData() ?? '');
      }
    });
    page.on('requestfinished', (r) => {
      if (r.method() !== 'POST' || new URL(r.url()).pathname !== '/graphql') return;
      void r.sizes().then(
        (s) => void (bytes.received += s.responseBodySize),
        () => {},
      );
    });
    await page.goto(`${gatewayUrl}/addin/taskpane.html`);
    await connected(page);
    if (apiKey) {
      await page.fill('#api-key', apiKey);
      await page.evaluate(() => (document.getElementById('status')!.textContent = ''));
      await page.click('#save');
      await connected(page);
    }
    return {
      page,
      graphqlPosts: () => posts,
      graphqlBytes: () => ({ ...bytes }),
      external: browser.external,
      async refreshData() {
        await page.evaluate(() => (document.getElementById('status')!.textContent = ''));
        await page.click('#refresh-data');
        await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Cache cleared'), undefined, { timeout: 10_000 });
      },
      close: () => browser.close(),
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}
