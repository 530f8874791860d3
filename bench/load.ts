/**
 * `npm run bench:load`: 200 concurrent connections for 30 s of mixed queries on loopback, against a gateway
 * this script starts itself (`node dist/bundle/main.js` with the flags `npm start` uses, its own process, NODE_ENV=production, on a temp
 * SQLite database seeded with the catalogue and demo tenants). Prints total requests, errors (must be 0),
 * p50 and p99 latency; exits 1 when any request failed. LOAD_CONNECTIONS / LOAD_SECONDS override the
 * defaults. The rate limiter stays on with a budget this load cannot spend.
 *
 * The 200 keep-alive connections are opened first (one GET /healthz each), then the 30 s of queries run
 * over them. Opening them all at once against an already saturated gateway instead measures something
 * else: since Node.js 20, libuv accepts one new connection per event-loop turn (libuv PR #3696,
 * nodejs/performance#95), so while the first connections keep the loop busy the last ones wait seconds to
 * be accepted (with autocannon, ~30 of the first requests hit its 10 s timeout that way).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import type { Socket } from 'node:net';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { GATEWAY_NODE_FLAGS } from '../server/config/nodeFlags.js';
import { BUNDLE_MAIN } from '../server/config/paths.js';

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const TIMEOUT_MS = 10_000;

const TENANT_A = 'ent_de00000000000000000000000000000000000001';
const TENANT_B = 'ent_de00000000000000000000000000000000000002';
const SUB_A = '5b0d9a10-0000-4000-8000-000000000101';

interface LoadRequest {
  label: string;
  headers: Record<string, string>;
  body: string;
}

/** The mix: lifecycle lookups (single and bulk), catalogue browsing, helpdesk, and tenant questions that read the database. */
function mixedRequests(): LoadRequest[] {
  const req = (label: string, query: string, variables: Record<string, unknown> = {}, key?: string): LoadRequest => ({
    label,
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const PHASE = 'query($p: String!, $d: Date) { supportPhase(product: $p, date: $d) { phase phaseEnds daysLeft product { name } entitlements { kind availability } citations { clause } } }';
  const bulk = Array.from({ length: 25 }, (_, i) => ({ product: ['Windows 7', 'Office 2016', 'SQL Server 2016', 'Exchange Server 2019', 'Windows Server 2012 R2'][i % 5]!, date: `20${12 + (i % 14)}-0${1 + (i % 9)}-15` }));
  return [
    req('supportPhase Windows 7', PHASE, { p: 'Windows 7', d: '2015-01-14' }),
    req('supportPhases ×25', 'query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { __typename ... on PhaseAnswer { phase phaseEnds } ... on LookupError { code } } }', { l: bulk }),
    req('supportPhase Office 2016', PHASE, { p: 'Office 2016', d: '2024-06-01' }),
    req('products search', '{ products(search: "Windows Server", first: 20) { totalCount edges { node { name mainstreamEnd extendedEnd } } } }'),
    req('subscriptions + deadlines (tenant A)', '{ subscriptions { id product } subscriptionDeadlines(subscription: "' + SUB_A + '", asOf: "2026-06-01") { cancelBy renewsOn } }', {}, TENANT_A),
    req('supportPhase SQL Server 2016 SP2', PHASE, { p: 'SQL Server 2016 SP2', d: '2020-01-01' }),
    req('supportDesk + catalogueInfo', '{ supportDesk(country: NO, at: "2026-03-02T10:00:00Z") { open } catalogueInfo { products asOf } }'),
    req('liability (tenant B)', '{ liability(incidentOn: "2026-08-05", negligence: GROSS, loss: DIRECT) { remedy cap { amount } } }', {}, TENANT_B),
    req('supportScope (tenant A)', '{ supportScope(topic: PRINTING, platform: "Windows", version: "11") { decision reasons } }', {}, TENANT_A),
    req('onlineServiceNotice', '{ onlineServiceNotice(service: "Exchange Online", change: DISRUPTIVE, announcedOn: "2026-01-31") { earliestEffectiveDate } }'),
  ];
}

/** Starts the compiled gateway and resolves with its URL once it printed it. */
function startGateway(databaseUrl: string) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HTTPS_PORT: '0',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    RATE_LIMIT_UNITS_PER_MINUTE: '1000000000000',
    RATE_LIMIT_BURST: '1000000000000',
  };
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, [...GATEWAY_NODE_FLAGS, BUNDLE_MAIN], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /GraphQL:\s+(http:\/\/\S+)\/graphql/.exec(out);
      if (m) resolve(new URL(m[1]!.replace('localhost', '127.0.0.1')));
    });
    child.once('exit', (code) => reject(new Error(`the gateway exited with ${code} before it was ready`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, stop };
}

type Outcome = { ok: true; status: number; body: string; socket: Socket } | { ok: false; error: string };

/** One request over the keep-alive pool; never rejects. */
function send(agent: Agent, url: URL, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request({ host: url.hostname, port: url.port, method, path, agent, headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) } });
    let socket: Socket | undefined;
    req.on('socket', (s) => (socket = s));
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error('timeout')));
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ ok: false, error: e.message === 'timeout' ? 'timeout' : (e.code ?? e.message) }));
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('error', (e: NodeJS.ErrnoException) => resolve({ ok: false, error: e.code ?? e.message }));
      res.on('end', () => resolve({ ok: true, status: res.statusCode!, body: text, socket: socket! }));
    });
    req.end(body);
  });
}

const percentile = (sorted: Float64Array, q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN);
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function run(url: URL): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS, maxFreeSockets: CONNECTIONS });
  const t0 = performance.now();
  const opened = await Promise.all(Array.from({ length: CONNECTIONS }, () => send(agent, url, 'GET', '/healthz', {})));
  const openMs = performance.now() - t0;
  const failedOpen = opened.filter((o) => !o.ok || o.status !== 200).length;
  console.log(`Opened ${CONNECTIONS} keep-alive connections in ${ms(openMs)}${failedOpen ? ` (${failedOpen} failed)` : ''}`);

  const mix = mixedRequests();
  const latencies: number[] = [];
  const sockets = new Set<Socket>();
  const failures = new Map<string, number>();
  let graphqlErrors = 0;
  let sample = '';
  const fail = (what: string) => failures.set(what, (failures.get(what) ?? 0) + 1);
  const started = performance.now();
  const until = started + SECONDS * 1000;
  // Each connection asks the next question as soon as it has its answer; they start at different points of the mix.
  const worker = async (n: number) => {
    for (let i = n; performance.now() < until; i++) {
      const r = mix[i % mix.length]!;
      const t = performance.now();
      const o = await send(agent, url, 'POST', '/graphql', r.headers, r.body);
      latencies.push(performance.now() - t);
      if (!o.ok) fail(o.error);
      else {
        sockets.add(o.socket);
        if (o.status !== 200) fail(`HTTP ${o.status}`);
        else if (o.body.includes('"errors"')) {
          graphqlErrors++;
          sample ||= `${r.label}: ${o.body.slice(0, 300)}`;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, n) => worker(n)));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();

  const sorted = Float64Array.from(latencies).sort();
  const transport = [...failures.values()].reduce((a, b) => a + b, 0);
  const errors = transport + graphqlErrors;
  console.log(`Total requests:  ${latencies.length} in ${elapsed.toFixed(1)} s (${Math.round(latencies.length / elapsed)} per second) over ${sockets.size} connections`);
  console.log(`Errors:          ${errors}${failures.size ? ` (${[...failures].map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}${graphqlErrors ? `, GraphQL errors ${graphqlErrors}` : ''}`);
  console.log(`Latency p50:     ${ms(percentile(sorted, 0.5))}`);
  console.log(`Latency p99:     ${ms(percentile(sorted, 0.99))} (p90 ${ms(percentile(sorted, 0.9))}, max ${ms(sorted[sorted.length - 1] ?? NaN)})`);
  if (sample) console.log(`First GraphQL error: ${sample}`);
  return errors + failedOpen;
}

const dir = mkdtempSync(join(tmpdir(), 'gateway-load-'));
const gateway = startGateway(join(dir, 'gateway.sqlite'));
let exitCode = 0;
try {
  const url = await gateway.url;
  console.log(`Load: ${CONNECTIONS} connections for ${SECONDS} s of mixed queries against ${url.origin} (${availableParallelism()} CPUs, ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${loadavg()[0]!.toFixed(2)}, Node ${process.version})`);
  if ((await run(url)) > 0) exitCode = 1;
} catch (e) {
  console.error(`load test failed: ${(e as Error).stack ?? String(e)}`);
  exitCode = 2;
} finally {
  await gateway.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
