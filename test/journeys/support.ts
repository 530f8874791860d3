/**
 * What the journey tests share: a fresh checkout (the tracked files, no build output, no database),
 * free ports, the gateway started exactly as `npm start` starts it, and HTTPS requests that trust the
 * gateway's development certificate (and nothing else).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, isAbsolute, join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config/paths.js';

/** A temp folder under .tmp/journeys/ (removed by the caller). */
export function tempDir(prefix: string): string {
  const base = join(PROJECT_ROOT, '.tmp', 'journeys');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${prefix}-`));
}

/** A fresh checkout: the files git tracks (as they are in the work tree), node_modules linked, nothing built. */
export function freshCheckout(): string {
  const dir = tempDir('checkout');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    try {
      copyFileSync(join(PROJECT_ROOT, f), join(dir, f));
    } catch {
      /* deleted in the work tree */
    }
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

export interface Started {
  child: ChildProcess;
  /** Everything printed on stdout so far (the banner is its last lines). */
  stdout(): string;
  stop(): Promise<void>;
}

/** `npm start` in `dir`, with `env`; resolves once the banner is printed (a line after "ready in"). */
export async function npmStart(dir: string, env: Record<string, string>, timeoutMs = 240_000): Promise<Started> {
  const child = spawn('npm', ['start'], { cwd: dir, env: { ...process.env, NODE_OPTIONS: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid!, 'SIGTERM'); // the npm process group: npm and the gateway under it
    } catch {
      /* gone */
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000).unref())]);
    child.stdout!.destroy();
    child.stderr!.destroy();
  };
  const deadline = Date.now() + timeoutMs;
  // The banner ends with the demo keys (a fresh database is seeded) or, without them, a line after "ready".
  while (!/ready in \d+ ms[\s\S]*Demo API keys[^\n]*\n(?:\s+ent_\w+[^\n]*\n){3}/.test(out)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`npm start did not print its banner (exit ${child.exitCode}):\n${out}\n${err}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, stdout: () => out, stop };
}

export interface Answer {
  status: number;
  type: string;
  body: Buffer;
}

/** GET (following redirects), over HTTPS trusting only `ca`. */
export function get(url: string, opts: { ca?: string; headers?: Record<string, string> } = {}, redirects = 3): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = (u.protocol === 'https:' ? httpsRequest : httpRequest)(u, { headers: opts.headers, ...(u.protocol === 'https:' ? { ca: opts.ca } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location && redirects > 0) return resolve(get(new URL(res.headers.location, url).href, opts, redirects - 1));
        resolve({ status, type: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * The development certificate a gateway in `root` serves: the one its banner names, else where
 * server/http/tls.ts looks (office-addin-dev-certs' in the home folder, else the self-signed one in .tmp/).
 */
export function devCertificate(root: string, banner = ''): string {
  const named = /HTTPS certificate: (?:self-signed \()?([^\s)]+)/.exec(banner)?.[1];
  const candidates = [...(named ? [isAbsolute(named) ? named : join(root, named)] : []), join(homedir(), '.office-addin-dev-certs', 'localhost.crt'), join(root, '.tmp', 'dev-certs', 'localhost.crt')];
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new Error(`no development certificate in ${candidates.join(', ')}`);
  return readFileSync(file, 'utf8');
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
