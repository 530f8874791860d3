import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../config/config.js';
import { PROJECT_ROOT } from '../config/paths.js';

export interface TlsFiles {
  cert: Buffer;
  key: Buffer;
  source: string;
  /** Where the certificate came from: TLS_CERT_FILE, office-addin-dev-certs, or made here (self-signed). */
  kind: 'configured' | 'office-dev-certs' | 'self-signed';
  /** The certificate file (what a user imports to trust it). */
  certFile: string;
}

/**
 * The certificate for the HTTPS listener that serves the Excel add-in (Office requires https):
 * TLS_CERT_FILE/TLS_KEY_FILE when configured; else the developer certificate that
 * `npx office-addin-dev-certs install` creates (trusted by Excel on that machine); else, outside
 * production, a self-signed localhost certificate made with openssl under .tmp/dev-certs/.
 */
export function resolveTls(config: Config): TlsFiles | null {
  if (config.tlsCertFile && config.tlsKeyFile) {
    return { cert: readFileSync(config.tlsCertFile), key: readFileSync(config.tlsKeyFile), source: config.tlsCertFile, kind: 'configured', certFile: config.tlsCertFile };
  }
  const devDir = join(homedir(), '.office-addin-dev-certs');
  const devCert = join(devDir, 'localhost.crt');
  const devKey = join(devDir, 'localhost.key');
  if (existsSync(devCert) && existsSync(devKey)) return { cert: readFileSync(devCert), key: readFileSync(devKey), source: devCert, kind: 'office-dev-certs', certFile: devCert };
  if (config.production) return null;
  const dir = join(PROJECT_ROOT, '.tmp', 'dev-certs');
  const cert = join(dir, 'localhost.crt');
  const key = join(dir, 'localhost.key');
  if (!existsSync(cert) || !existsSync(key)) {
    mkdirSync(dir, { recursive: true });
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
    } catch {
      return null;
    }
  }
  return { cert: readFileSync(cert), key: readFileSync(key), source: `${cert} (self-signed)`, kind: 'self-signed', certFile: cert };
}
