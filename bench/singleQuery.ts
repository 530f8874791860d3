/**
 * Benchmark 2 — single-query throughput: `supportPhase` for one product, hammered by autocannon with 10
 * and 100 connections, against a plain Node `http` server answering the very same JSON bytes, in the same
 * run (interleaved, so both see the same machine). Target: gateway / plain ≥ 0.35.
 * Both servers run in their own process; autocannon runs here. Requests carry the demo tenant's API key,
 * like the add-in's (answered from the in-process key cache; AUTH_CACHE=off looks it up in the database every time).
 * Run alone: `npm run build && node dist/bench/singleQuery.js` (BENCH_SECONDS sets each run's length).
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../server/config/paths.js';
import { spawnGateway, tempDir, type GatewayProcess } from './support/gatewayProcess.js';
import { DEMO_TENANT_KEY, SINGLE_QUERY } from './support/queries.js';
import { isMain, log, runAlone, type Figure } from './support/report.js';
import { median, runCount } from './support/stats.js';

export const SINGLE_VARIABLES = { product: 'Windows 7 SP1', date: '2019-06-01' };

interface Server {
  url: string;
  stop(): Promise<void>;
}

/** The plain server, answering `body` with `contentType`, in a child process. */
async function startPlain(body: string, contentType: string): Promise<Server> {
  const temp = tempDir();
  const file = join(temp.dir, 'answer.json');
  writeFileSync(file, body);
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist/bench/support/plainServer.js'), file, contentType], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`plain server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      temp.remove();
    },
  };
}

const seconds = (): number => Number(process.env.BENCH_SECONDS) || 5;

async function cannon(url: string, body: string, connections: number, duration: number): Promise<number> {
  const r = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_TENANT_KEY}` },
    body,
    connections,
    duration,
  });
  if (r.errors || r.timeouts || r.non2xx) throw new Error(`${url}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx answers`);
  return r.requests.average;
}

export async function benchSingleQuery(given?: GatewayProcess): Promise<Figure[]> {
  const runs = runCount();
  const gateway = given ?? (await spawnGateway());
  const body = JSON.stringify({ query: SINGLE_QUERY, variables: SINGLE_VARIABLES });
  const res = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_TENANT_KEY}` },
    body,
  });
  const answer = await res.text();
  if (res.status !== 200 || !answer.includes('"phase"')) throw new Error(`the gateway did not answer the query: ${answer}`);
  const plain = await startPlain(answer, res.headers.get('content-type') ?? 'application/json');
  try {
    const figures: Figure[] = [];
    for (const connections of [10, 100]) {
      await cannon(gateway.url, body, connections, 1);
      await cannon(plain.url, body, connections, 1);
      const g: number[] = [];
      const p: number[] = [];
      for (let i = 0; i < runs; i++) {
        g.push(await cannon(gateway.url, body, connections, seconds()));
        p.push(await cannon(plain.url, body, connections, seconds()));
      }
      const ratio = g.map((x, i) => x / p[i]!);
      log(`single query, ${connections} connections: gateway ${median(g).toFixed(0)} req/s, plain ${median(p).toFixed(0)} req/s`);
      figures.push(
        { name: `2 single: gateway, ${connections} connections`, unit: 'req/s', runs: g, note: `${answer.length} bytes per answer` },
        { name: `2 single: plain http server, ${connections} connections`, unit: 'req/s', runs: p },
        { name: `2 single: gateway / plain, ${connections} connections`, unit: '', runs: ratio, target: { op: '≥', limit: 0.35 } },
      );
    }
    return figures;
  } finally {
    await plain.stop();
    if (!given) await gateway.stop();
  }
}

if (isMain(import.meta.url)) await runAlone('Benchmark 2: single-query throughput', () => benchSingleQuery());
