/**
 * `npm run bench:load`: 200 concurrent connections for 30 s of mixed queries on loopback (autocannon)
 * against a gateway this script starts itself (`node dist/server/main.js`, its own process, on a temp
 * SQLite database seeded with the catalogue and demo tenants). Prints total requests, errors (must be 0),
 * p50 and p99 latency; exits 1 when any request failed. LOAD_CONNECTIONS / LOAD_SECONDS override the
 * defaults. The rate limiter stays on with a budget this load cannot spend (one key sends everything).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Histogram {
  average: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}
interface LoadRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  onResponse?: (status: number, body: string) => void;
}
interface LoadResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
type Autocannon = (opts: { url: string; connections: number; duration: number; requests: LoadRequest[] }) => Promise<LoadResult>;

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const TENANT_A = 'ent_de00000000000000000000000000000000000001';
const TENANT_B = 'ent_de00000000000000000000000000000000000002';
const SUB_A = '5b0d9a10-0000-4000-8000-000000000101';

/** Starts the compiled gateway and resolves with its URL once it printed it. */
function startGateway(databaseUrl: string) {
  const main = fileURLToPath(new URL('../server/main.js', import.meta.url));
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
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /GraphQL:\s+(http:\/\/\S+)\/graphql/.exec(out);
      if (m) resolve(m[1]!.replace('localhost', '127.0.0.1'));
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

/** The mix: lifecycle lookups (single and bulk), catalogue browsing, helpdesk, and tenant questions that read the database. */
function mixedRequests(graphqlErrors: { count: number; sample: string }): LoadRequest[] {
  const check = (status: number, body: string) => {
    if (status === 200 && body.includes('"errors"')) {
      graphqlErrors.count++;
      graphqlErrors.sample ||= body.slice(0, 300);
    }
  };
  const req = (query: string, variables: Record<string, unknown> = {}, key?: string): LoadRequest => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
    onResponse: check,
  });
  const PHASE = 'query($p: String!, $d: Date) { supportPhase(product: $p, date: $d) { phase phaseEnds daysLeft product { name } entitlements { kind availability } citations { clause } } }';
  const bulk = Array.from({ length: 25 }, (_, i) => ({ product: ['Windows 7', 'Office 2016', 'SQL Server 2016', 'Exchange Server 2019', 'Windows Server 2012 R2'][i % 5]!, date: `20${12 + (i % 14)}-0${1 + (i % 9)}-15` }));
  return [
    req(PHASE, { p: 'Windows 7', d: '2015-01-14' }),
    req('query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { __typename ... on PhaseAnswer { phase phaseEnds } ... on LookupError { code } } }', { l: bulk }),
    req(PHASE, { p: 'Office 2016', d: '2024-06-01' }),
    req('{ products(search: "Windows Server", first: 20) { totalCount edges { node { name mainstreamEnd extendedEnd } } } }'),
    req('{ subscriptions { id product } subscriptionDeadlines(subscription: "' + SUB_A + '", asOf: "2026-06-01") { cancelBy renewsOn } }', {}, TENANT_A),
    req(PHASE, { p: 'SQL Server 2016 SP2', d: '2020-01-01' }),
    req('{ supportDesk(country: NO, at: "2026-03-02T10:00:00Z") { open } catalogueInfo { products asOf } }'),
    req('{ liability(incidentOn: "2026-08-05", negligence: GROSS, loss: DIRECT) { remedy cap { amount } } }', {}, TENANT_B),
    req('{ supportScope(topic: PRINTING, platform: "Windows", version: "11") { decision reasons } }', {}, TENANT_A),
    req('{ onlineServiceNotice(service: "Exchange Online", change: DISRUPTIVE, announcedOn: "2026-01-31") { earliestEffectiveDate } }'),
  ];
}

const dir = mkdtempSync(join(tmpdir(), 'gateway-load-'));
const gateway = startGateway(join(dir, 'gateway.sqlite'));
let exitCode = 0;
try {
  const url = await gateway.url;
  const moduleName = 'autocannon';
  const autocannon = (await import(moduleName)).default as Autocannon;
  const graphqlErrors = { count: 0, sample: '' };
  console.log(`Load: ${CONNECTIONS} connections for ${SECONDS} s of mixed queries against ${url} (${availableParallelism()} CPUs, load average ${loadavg()[0]!.toFixed(2)})`);
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests: mixedRequests(graphqlErrors) });
  const errors = r.errors + r.timeouts + r.non2xx + graphqlErrors.count;
  console.log(`Total requests:  ${r.requests.total} (${Math.round(r.requests.average)} per second on average)`);
  console.log(`Errors:          ${errors} (connection ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}, GraphQL errors ${graphqlErrors.count})`);
  console.log(`Latency p50:     ${r.latency.p50} ms`);
  console.log(`Latency p99:     ${r.latency.p99} ms (p90 ${r.latency.p90} ms, max ${r.latency.max} ms)`);
  if (graphqlErrors.sample) console.log(`First GraphQL error: ${graphqlErrors.sample}`);
  if (errors > 0) exitCode = 1;
} catch (e) {
  console.error(`load test failed: ${(e as Error).stack ?? String(e)}`);
  exitCode = 2;
} finally {
  await gateway.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
