/**
 * The gateway as users run it: `node dist/bundle/main.js` (what `npm start` runs) in its own process on a temp SQLite file, so the
 * benchmark client never shares a CPU thread with the server, and its RSS can be read from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GATEWAY_NODE_FLAGS } from '../../server/config/nodeFlags.js';
import { BUNDLE_MAIN, PROJECT_ROOT } from '../../server/config/paths.js';
import { SINGLE_QUERY } from './queries.js';

export interface GatewayProcess {
  url: string;
  pid: number;
  databaseUrl: string;
  /** Milliseconds from spawn to the first successful supportPhase answer. */
  readyMs: number;
  /** Resident set size in MB (VmRSS of /proc/<pid>/status). */
  rssMb(): number;
  stop(): Promise<void>;
}

/** A temp directory for benchmark databases; removed by the returned function. */
export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-bench-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export function rssMbOf(pid: number): number {
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(m[1]) / 1024;
}

/** Polls until the gateway answers a real lookup (not just /healthz): that is when a user gets an answer. */
async function firstAnswer(url: string, child: ChildProcess, stderr: () => string, timeoutMs: number): Promise<void> {
  const body = JSON.stringify({ query: SINGLE_QUERY, variables: { product: 'Windows 7', date: '2020-01-01' } });
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`gateway exited with ${child.exitCode}: ${stderr()}`);
    try {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const json = (await res.json()) as { data?: { supportPhase?: { phase?: string } } };
      if (res.ok && json.data?.supportPhase?.phase) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`gateway gave no answer within ${timeoutMs} ms: ${stderr()}`);
}

/**
 * The gateway's own V8 flags (as `npm start` passes them), then any under test (BENCH_NODE_FLAGS, e.g.
 * `--cpu-prof`; later wins): given to the gateway and to the baselines that compare with it.
 */
export function benchNodeFlags(): string[] {
  return [...GATEWAY_NODE_FLAGS, ...(process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : [])];
}

/**
 * What the benchmarks run: the bundle `npm start` runs, or BENCH_GATEWAY_MAIN (e.g. `dist/server/main.js`,
 * the unbundled build, for an A/B run or a profile with readable names), relative to the project root.
 */
export function gatewayMain(): string {
  return process.env.BENCH_GATEWAY_MAIN ? join(PROJECT_ROOT, process.env.BENCH_GATEWAY_MAIN) : BUNDLE_MAIN;
}

/**
 * The rate limiter stays on (its bookkeeping is part of every request's cost) with a budget no benchmark
 * can exhaust: the benchmarks send hundreds of thousands of lookups a minute from one key.
 */
export const UNLIMITED = { RATE_LIMIT_UNITS_PER_MINUTE: '1000000000000', RATE_LIMIT_BURST: '1000000000000' };

/**
 * Spawns the bundled gateway, as deployed (NODE_ENV=production: graphql-js then skips its development
 * checks, and there are no stack traces or introspection), on a free loopback port over `databaseUrl` (a fresh one in a temp dir when
 * omitted: migrations, seeding the catalogue and demo tenants are then part of the start-up).
 */
export async function spawnGateway(opts: { databaseUrl?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<GatewayProcess> {
  const temp = opts.databaseUrl ? null : tempDir();
  const databaseUrl = opts.databaseUrl ?? join(temp!.dir, 'gateway.sqlite');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', HTTPS_PORT: '0', LOG_LEVEL: 'warn', NODE_ENV: 'production', ...UNLIMITED, ...opts.env };
  delete env.NODE_OPTIONS;
  const started = performance.now();
  const child = spawn(process.execPath, [...benchNodeFlags(), gatewayMain()], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  try {
    await firstAnswer(url, child, () => err, opts.timeoutMs ?? 60_000);
  } catch (e) {
    child.kill('SIGKILL');
    temp?.remove();
    throw e;
  }
  const readyMs = performance.now() - started;
  return {
    url,
    pid: child.pid!,
    databaseUrl,
    readyMs,
    rssMb: () => rssMbOf(child.pid!),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      temp?.remove();
    },
  };
}
