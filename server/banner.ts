/**
 * The start-up banner (main.ts): every URL it prints was asked once and answered 200, so a newcomer
 * never opens a printed URL that 404s; what does not answer is said as such, with what to do. Also how
 * to trust the HTTPS certificate the add-in is served with.
 */
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join, relative } from 'node:path';
import type { Config } from './config/config.js';
import { PROJECT_ROOT } from './config/paths.js';
import type { Gateway } from './gateway.js';

/** Status of one request to this gateway (0 when it did not answer). The HTTPS listener is asked without checking its certificate: it is our own. */
function status(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<number> {
  return new Promise((resolve) => {
    const u = new URL(url);
    const options = { method: init.method ?? 'GET', headers: init.headers, timeout: 5000, ...(u.protocol === 'https:' ? { rejectUnauthorized: false, servername: 'localhost' } : {}) };
    const req = (u.protocol === 'https:' ? httpsRequest : httpRequest)(u, options, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
    req.end(init.body);
  });
}

/** The add-in URLs manifest.xml names (task pane, functions script and metadata, icons), in order. */
export function manifestUrls(xml: string): string[] {
  return [...new Set([...xml.matchAll(/DefaultValue="(https:\/\/[^"]+)"/g)].map((m) => m[1]!))];
}

const shown = (url: string) => url.replace('127.0.0.1', 'localhost').replace('0.0.0.0', 'localhost');
const rel = (file: string) => (file.startsWith(PROJECT_ROOT) ? relative(PROJECT_ROOT, file) : file);

export async function bannerLines(gateway: Gateway, config: Config, readyMs: number): Promise<string[]> {
  const base = gateway.url.replace('0.0.0.0', '127.0.0.1');
  const web = shown(gateway.url);
  const lines = [`Entitlement gateway ready in ${readyMs} ms: ${gateway.catalogue.catalogue.size} products (${config.databaseUrl.startsWith('postgres') ? 'PostgreSQL' : `SQLite ${config.databaseUrl}`})`];
  const graphql = await status(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
  // With ALLOW_ANONYMOUS=false an anonymous request is a 401: the endpoint answers, it wants a key.
  if (graphql === 200 || graphql === 401) lines.push(`  GraphQL:  ${web}/graphql`);
  if ((await status(`${base}/explorer`)) === 200) lines.push(`  Explorer: ${web}/explorer   (docs: ${web}/readme)`);

  if (gateway.httpsUrl) {
    const origin = gateway.httpsUrl;
    let xml = '';
    try {
      xml = readFileSync(join(PROJECT_ROOT, 'manifest.xml'), 'utf8');
    } catch {
      /* no manifest: only the task pane is checked */
    }
    const named = manifestUrls(xml);
    const manifestOrigin = named.length ? new URL(named[0]!).origin : origin;
    // Asked on this listener, whatever host the manifest names (setManifestHost may point it elsewhere).
    const paths = [...new Set(['/addin/taskpane.html', ...named.map((u) => new URL(u).pathname)])];
    const failing: string[] = [];
    for (const p of paths) if ((await status(`${origin}${p}`)) !== 200) failing.push(p);
    const addinFailing = failing.filter((p) => p.startsWith('/addin/'));
    if (addinFailing.length === 0) {
      lines.push(`  Excel add-in: ${origin}/addin/taskpane.html (${manifestOrigin === origin ? 'manifest.xml points here' : `manifest.xml names ${new URL(manifestOrigin).host} instead; before sideloading: npx node dist/scripts/setManifestHost.js ${origin}`})`);
    } else {
      lines.push(`  Excel add-in: not served (${addinFailing.slice(0, 3).join(', ')}${addinFailing.length > 3 ? ' …' : ''} answer 404): build it with npm run addin:build, or start with npm start, which builds it`);
    }
    if (gateway.tls?.kind === 'self-signed') {
      const file = rel(gateway.tls.certFile);
      lines.push(`  HTTPS certificate: self-signed (${file}); browsers and Excel trust it only once you do:`);
      lines.push(`    npx office-addin-dev-certs install   (Windows, macOS: a trusted local CA; restart the gateway to use it)`);
      lines.push(`    or trust ${file} yourself (Linux: sudo cp ${file} /usr/local/share/ca-certificates/entitlement-gateway.crt && sudo update-ca-certificates)`);
    } else if (gateway.tls?.kind === 'office-dev-certs') {
      lines.push(`  HTTPS certificate: ${gateway.tls.certFile} (office-addin-dev-certs; trusted where \`npx office-addin-dev-certs install\` ran)`);
    } else if (gateway.tls) {
      lines.push(`  HTTPS certificate: ${gateway.tls.certFile} (TLS_CERT_FILE)`);
    }
  }
  if (gateway.demoKeys.length) {
    lines.push('  Demo API keys (fictional tenants; send as Authorization: Bearer <key>):');
    for (const k of gateway.demoKeys) lines.push(`    ${k.key}  ${k.tenant}`);
  }
  return lines;
}
