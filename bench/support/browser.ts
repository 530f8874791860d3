/**
 * Headless Chromium for the browser tests (test/helpers/browser.ts re-exports this) and benchmark 3; it
 * lives here because the build compiles bench/ into dist/ but not test/. A fresh profile under .tmp/, the
 * network flags this machine needs, and every request to a host that is not loopback aborted and
 * recorded, so neither a test nor a benchmark ever reaches the Internet (tests assert there were none).
 */
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { PROJECT_ROOT } from '../../server/config/paths.js';

export interface HeadlessBrowser {
  context: BrowserContext;
  /** Every request the page tried to send to a host that is not loopback (all were aborted). */
  external: string[];
  close(): Promise<void>;
}

/** Any http(s)/ws(s) URL whose host is not loopback (data: and blob: URLs never match). */
export const NOT_LOOPBACK = /^(?:https?|wss?):\/\/(?!(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?(?:[/?#]|$))/i;

/** Debian's Chromium when installed, else the Chromium shipped in the @sparticuz/chromium npm package. */
async function chromiumPath(): Promise<string> {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const sparticuz = (await import('@sparticuz/chromium')).default as { executablePath(): Promise<string> };
  return sparticuz.executablePath();
}

/** The base64 SHA-256 of a certificate's public key, as Chromium's --ignore-certificate-errors-spki-list wants it. */
function spkiHash(pem: string): string {
  const der = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64');
}

/**
 * `trust`: PEM certificates the browser accepts as if they were trusted (the gateway's development
 * certificate), by their public key only; every other certificate error still fails the page.
 */
export async function launchBrowser(opts: { trust?: string[] } = {}): Promise<HeadlessBrowser> {
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
      ...(opts.trust?.length ? [`--ignore-certificate-errors-spki-list=${opts.trust.map(spkiHash).join(',')}`] : []),
    ],
  });
  const external: string[] = [];
  // A pattern, not a '**/*' route that decides in its handler: Playwright matches patterns in the browser
  // driver, so loopback requests (all of ours) go on without a round trip to this process each.
  await context.route(NOT_LOOPBACK, (route) => {
    external.push(route.request().url());
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
