/**
 * Benchmark 2 — single-query throughput: `supportPhase` for one product, hammered by autocannon with 10
 * and 100 connections, against two baselines in the same run (interleaved, so all see the same machine):
 * a plain Node `http` server answering the very same JSON bytes, and a bare Apollo Server 5 answering the
 * same query from a constant (bench/support/bareApollo.ts). Targets at 100 connections: gateway / plain
 * ≥ 0.30, gateway / bare Apollo ≥ 0.80.
 * Every server runs in its own process (the gateway and bare Apollo with NODE_ENV=production and
 * BENCH_NODE_FLAGS); autocannon runs here. Requests carry the demo tenant's API key,
 * like the add-in's (answered from the in-process key cache; AUTH_CACHE=off looks it up in the database every time).
 * Run alone: `npm run build && node dist/bench/singleQuery.js` (BENCH_SECONDS sets each run's length).
 */
import autocannon from 'autocannon';
import { startBaseline, type Server } from './support/baselineServer.js';
import { benchNodeFlags, spawnGateway, type GatewayProcess } from './support/gatewayProcess.js';
import { DEMO_TENANT_KEY, SINGLE_QUERY } from './support/queries.js';
import { isMain, log, runAlone, type Figure } from './support/report.js';
import { median, runCount } from './support/stats.js';

export const SINGLE_VARIABLES = { product: 'Windows 7 SP1', date: '2019-06-01' };

/** The plain server, answering `body` with `contentType`. */
const startPlain = (body: string, contentType: string) => startBaseline('plainServer.js', body, [contentType]);

/** Bare Apollo, started like the gateway (spawnGateway): NODE_ENV=production, BENCH_NODE_FLAGS, no NODE_OPTIONS. */
function startBareApollo(body: string): Promise<Server> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.NODE_OPTIONS;
  return startBaseline('bareApollo.js', body, [], { flags: benchNodeFlags(), env });
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
  const bare = await startBareApollo(answer);
  try {
    const check = await fetch(`${bare.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const bareAnswer = await check.text();
    if (check.status !== 200 || bareAnswer !== answer) throw new Error(`bare Apollo answered differently from the gateway: ${bareAnswer}`);
    const figures: Figure[] = [];
    for (const connections of [10, 100]) {
      for (const url of [gateway.url, plain.url, bare.url]) await cannon(url, body, connections, 1);
      const g: number[] = [];
      const p: number[] = [];
      const a: number[] = [];
      for (let i = 0; i < runs; i++) {
        g.push(await cannon(gateway.url, body, connections, seconds()));
        p.push(await cannon(plain.url, body, connections, seconds()));
        a.push(await cannon(bare.url, body, connections, seconds()));
      }
      // Targets at 100 connections (many spreadsheets at once); 10 connections is shown for comparison.
      const target = (limit: number) => (connections === 100 ? { target: { op: '≥' as const, limit } } : {});
      log(`single query, ${connections} connections: gateway ${median(g).toFixed(0)} req/s, plain ${median(p).toFixed(0)} req/s, bare Apollo ${median(a).toFixed(0)} req/s`);
      figures.push(
        { name: `2 single: gateway, ${connections} connections`, unit: 'req/s', runs: g, note: `${answer.length} bytes per answer` },
        { name: `2 single: plain http server, ${connections} connections`, unit: 'req/s', runs: p },
        { name: `2 single: bare Apollo Server (constant answer), ${connections} connections`, unit: 'req/s', runs: a },
        { name: `2 single: gateway / plain, ${connections} connections`, unit: '', runs: g.map((x, i) => x / p[i]!), ...target(0.3) },
        { name: `2 single: gateway / bare Apollo, ${connections} connections`, unit: '', runs: g.map((x, i) => x / a[i]!), ...target(0.8) },
      );
    }
    return figures;
  } finally {
    await bare.stop();
    await plain.stop();
    if (!given) await gateway.stop();
  }
}

if (isMain(import.meta.url)) await runAlone('Benchmark 2: single-query throughput', () => benchSingleQuery());
