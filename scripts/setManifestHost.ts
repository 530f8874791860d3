/**
 * Points every URL in manifest.xml (and manifest.json beside it, the unified manifest) at another gateway, for deployment:
 *   npm run build && npx node dist/scripts/setManifestHost.js https://gateway.example.com [manifest.xml]
 * Only deployment URLs change (DefaultValue attributes and AppDomain entries); the XML namespace URIs
 * (http://schemas.microsoft.com/…) are names, not locations, and stay as they are. Paths are kept.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Checks the new origin: https, no path, query or credentials. Returns it normalised ("https://h[:port]"). */
export function parseOrigin(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`'${text}' is not a URL; give e.g. https://gateway.example.com`);
  }
  if (url.protocol !== 'https:') throw new Error(`Office add-ins must be served over https, not ${url.protocol.replace(':', '')}`);
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
    throw new Error(`Give only the scheme, host and port (e.g. https://gateway.example.com:8443), not '${text}'`);
  }
  return url.origin;
}

const ABSOLUTE = /^(https?:\/\/[^/"'<>\s]+)(.*)$/;

function rehost(value: string, origin: string): string {
  const m = ABSOLUTE.exec(value);
  return m ? origin + m[2] : value;
}

/** manifest.xml text with every deployment URL's origin replaced, and how many URLs that was. */
export function setManifestHost(xml: string, newOrigin: string): { xml: string; urls: number } {
  const origin = parseOrigin(newOrigin);
  let urls = 0;
  const out = xml
    .replace(/(\bDefaultValue=")(https?:\/\/[^"]*)(")/g, (_, a: string, url: string, b: string) => {
      urls++;
      return a + rehost(url, origin) + b;
    })
    .replace(/(<AppDomain>\s*)(https?:\/\/[^<\s]*)(\s*<\/AppDomain>)/g, (_, a: string, url: string, b: string) => {
      urls++;
      return a + rehost(url, origin) + b;
    });
  return { xml: out, urls };
}

/**
 * manifest.json (the unified manifest, written from manifest.xml by scripts/unifiedManifest.ts) with every
 * URL on `oldOrigin` moved to `newOrigin`; the schema URL and other hosts stay.
 */
export function setJsonManifestHost(json: string, oldOrigin: string, newOrigin: string): { json: string; urls: number } {
  const origin = parseOrigin(newOrigin);
  let urls = 0;
  const escaped = oldOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const out = json.replace(new RegExp(`"${escaped}(?=[/"])`, 'g'), () => {
    urls++;
    return `"${origin}`;
  });
  return { json: out, urls };
}

function main(argv: string[]): number {
  const [origin, file = 'manifest.xml'] = argv;
  if (!origin) {
    console.error('usage: npx node dist/scripts/setManifestHost.js https://gateway.example.com [manifest.xml]');
    return 2;
  }
  const path = resolve(file);
  try {
    const before = readFileSync(path, 'utf8');
    const oldOrigin = /<AppDomain>\s*(https?:\/\/[^<\s]*)\s*<\/AppDomain>/.exec(before)?.[1];
    const { xml, urls } = setManifestHost(before, origin);
    writeFileSync(path, xml);
    console.log(`${path}: ${urls} URLs now point at ${parseOrigin(origin)}`);
    const jsonPath = resolve(dirname(path), 'manifest.json');
    if (oldOrigin && existsSync(jsonPath)) {
      const r = setJsonManifestHost(readFileSync(jsonPath, 'utf8'), oldOrigin, origin);
      writeFileSync(jsonPath, r.json);
      console.log(`${jsonPath}: ${r.urls} URLs now point at ${parseOrigin(origin)}`);
    }
    return 0;
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main(process.argv.slice(2));
