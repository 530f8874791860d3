import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { PROJECT_ROOT } from '../../server/paths.js';

export interface TestBrowser {
  /** A persistent context on the fresh profile (Playwright's way of passing --user-data-dir). */
  context: BrowserContext;
  /** Every request the page tried to send to a host that is not loopback (all were aborted). */
  external: string[];
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Debian's Chromium when installed, else the Chromium shipped in the @sparticuz/chromium npm package. */
async function chromiumPath(): Promise<string> {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const sparticuz = (await import('@sparticuz/chromium')).default as { executablePath(): Promise<string> };
  return sparticuz.executablePath();
}

/**
 * Headless Chromium with a fresh profile under .tmp/, the network flags this machine needs, and every
 * request to a non-loopback host aborted and recorded (tests assert there were none).
 */
export async function launchBrowser(): Promise<TestBrowser> {
  const base = join(PROJECT_ROOT, '.tmp', 'browser');
  mkdirSync(base, { recursive: true });
  const profile = mkdtempSync(join(base, 'profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: await chromiumPath(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK.has(url.hostname)) return route.continue();
    external.push(url.href);
    return route.abort('blockedbyclient');
  });
  return {
    context,
    external,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
