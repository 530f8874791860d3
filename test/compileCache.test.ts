/**
 * The gateway writes Node's compile cache once it is ready (server/main.ts), not only at a normal exit: a
 * gateway that is killed (SIGKILL, a crash, a container stopped hard) still leaves the cache for the next
 * start. Runs the bundle `npm start` runs, with the cache in a temp directory (NODE_COMPILE_CACHE).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_MAIN } from '../server/config/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'gateway-compile-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const filesUnder = (d: string): string[] => (existsSync(d) ? readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? filesUnder(join(d, n)) : [join(d, n)])) : []);

describe('the compile cache', () => {
  it('is on disk once the banner is printed, though the gateway is then killed', async () => {
    const cache = join(dir, 'cache');
    const child = spawn(process.execPath, [BUNDLE_MAIN], {
      env: { ...process.env, NODE_OPTIONS: '', NODE_COMPILE_CACHE: cache, DATABASE_URL: join(dir, 'gateway.sqlite'), PORT: '0', HTTPS_PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        if (/GraphQL:\s+http/.test(out)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`the gateway exited with ${code} before its banner: ${out}`)));
    });
    // The banner is printed just before the cache is written: give that write a moment, then kill.
    await new Promise((r) => setTimeout(r, 500));
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    const files = filesUnder(cache);
    expect(files.length).toBeGreaterThan(0);
    expect(files.reduce((sum, f) => sum + statSync(f).size, 0)).toBeGreaterThan(100_000);
  }, 60_000);
});
