/**
 * Journey 1 — a newcomer on a fresh checkout: `npm start` (nothing built, no database), then every URL
 * the start-up banner prints and every URL manifest.xml names answers 200 (HTTPS with the development
 * certificate the banner names, trusted here as the banner says to trust it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { devCertificate, freePort, freshCheckout, get, npmStart, removeDir, type Started } from './support.js';

let dir: string;
let gw: Started;
let port: number;
let httpsPort: number;
let startMs = 0;
beforeAll(async () => {
  dir = freshCheckout();
  [port, httpsPort] = [await freePort(), await freePort()];
  const t = performance.now();
  gw = await npmStart(dir, { PORT: String(port), HTTPS_PORT: String(httpsPort), LOG_LEVEL: 'warn' });
  startMs = performance.now() - t;
}, 300_000);
afterAll(async () => {
  await gw?.stop();
  removeDir(dir);
});

describe('journey 1: a newcomer runs npm start on a fresh checkout', () => {
  it('every URL the banner prints answers 200 (HTTPS with the development certificate)', async () => {
    const out = gw.stdout();
    console.log(`npm start on a fresh checkout: banner after ${(startMs / 1000).toFixed(1)} s\n${out}`);
    const banner = out.slice(out.indexOf('Entitlement gateway ready'));
    const urls = [...new Set((banner.match(/https?:\/\/[^\s)]+/g) ?? []).map((u) => u.replace(/[:;,.]$/, '')))];
    expect(urls).toEqual(expect.arrayContaining([`http://localhost:${port}/graphql`, `http://localhost:${port}/explorer`, `https://localhost:${httpsPort}/addin/taskpane.html`]));
    const ca = devCertificate(dir, banner);
    for (const url of urls) {
      const r = await get(url, { ca, headers: { accept: 'text/html' } });
      expect({ url, status: r.status }).toEqual({ url, status: 200 });
    }
  });

  it('every URL in manifest.xml answers 200 over HTTPS (the manifest pointed at this HTTPS port)', async () => {
    const ca = devCertificate(dir, gw.stdout());
    const xml = readFileSync(join(dir, 'manifest.xml'), 'utf8');
    const named = [...new Set([...xml.matchAll(/DefaultValue="(https:\/\/[^"]+)"/g)].map((m) => m[1]!))];
    expect(named.length).toBeGreaterThanOrEqual(7);
    for (const u of named) {
      const url = u.replace(/^https:\/\/localhost:4443/, `https://localhost:${httpsPort}`);
      const r = await get(url, { ca });
      expect({ url, status: r.status }).toEqual({ url, status: 200 });
      if (url.endsWith('.png')) expect(r.type).toBe('image/png');
      if (url.endsWith('functions.json')) expect(JSON.parse(r.body.toString()).functions.map((f: { id: string }) => f.id)).toContain('SUPPORTPHASE');
    }
  });

  it('the add-in was built with one progress line, and the banner says how to trust the certificate', () => {
    const out = gw.stdout();
    expect(out.match(/^Building the Excel add-in[^\n]*done in [\d.]+ s$/gm)).toHaveLength(1);
    expect(out).toMatch(/HTTPS certificate: /);
    expect(out).toMatch(/office-addin-dev-certs install|TLS_CERT_FILE/);
  });
});
