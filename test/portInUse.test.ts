/**
 * `npm start` when its port is taken (most often by a gateway still running from before): one line that
 * names the port and what to do, exit code 1, no stack trace. Runs the bundle `npm start` runs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_MAIN } from '../server/config/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'gateway-port-'));
let holder: Server;
let port: number;
beforeAll(async () => {
  holder = createServer();
  await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
  port = (holder.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((r) => holder.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start on a port that is taken', () => {
  it('says which port and how to choose another, and exits 1 without a stack trace', async () => {
    const child = spawn(process.execPath, [BUNDLE_MAIN], {
      env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: join(dir, 'gateway.sqlite'), PORT: String(port), HTTPS_PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    expect(code).toBe(1);
    expect(err).toContain(`Cannot listen on 127.0.0.1:${port}: the port is already in use`);
    expect(err).toContain(`PORT=<port> npm start`);
    expect(err).not.toMatch(/^\s+at /m);
    expect(err).not.toContain('EADDRINUSE');
  }, 60_000);
});
