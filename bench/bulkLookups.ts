/**
 * Benchmark 1 — bulk lookups: 10,000 (product, date) pairs as 10 `supportPhases` requests of 1,000 over
 * HTTP to the real gateway on SQLite, end to end (request JSON, server, response JSON parsed by the
 * client), against the same 10,000 answered in-process by the engine (catalogue.resolve + supportPhase,
 * via lookupPhase): the limit any server can approach.
 * Targets: 10,000 lookups < 300 ms; the gateway answers ≥ 30 % of the in-process rate. A third baseline is
 * the client alone: the same requests answered with the gateway's own bytes by a server that does nothing
 * else (bench/support/plainServer.ts with `--each`); the in-process rate over its rate is the best ratio any server could reach.
 * Run alone: `npm run build && node dist/bench/bulkLookups.js`.
 */
import { Catalogue } from '../server/lifecycle/catalogue/catalogue.js';
import { isFailure, lookupPhase } from '../server/lifecycle/catalogue/phaseLookup.js';
import { startBaseline } from './support/baselineServer.js';
import { spawnGateway, type GatewayProcess } from './support/gatewayProcess.js';
import { BULK_QUERY, DEMO_TENANT_KEY, postGraphQL, type PhaseRow } from './support/queries.js';
import { isMain, log, runAlone, type Figure } from './support/report.js';
import { seedProducts } from './support/seedCatalogue.js';
import { median, repeat, runCount, since } from './support/stats.js';
import { batches, phaseWorkload, type Lookup } from './support/workload.js';

export const LOOKUPS = 10_000;
export const BATCH = 1_000;

/** Sends the batches one after another (a spreadsheet's recalculation, worst case: nothing overlaps). */
export async function bulkOverHttp(url: string, lookups: readonly Lookup[], parallel = 1): Promise<PhaseRow[]> {
  const parts = batches(lookups, BATCH);
  const answers: PhaseRow[][] = new Array(parts.length);
  let nextIndex = 0;
  const worker = async () => {
    while (nextIndex < parts.length) {
      const i = nextIndex++;
      answers[i] = (await postGraphQL<{ supportPhases: PhaseRow[] }>(url, BULK_QUERY, { lookups: parts[i] })).supportPhases;
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, parts.length) }, worker));
  return answers.flat();
}

/** The gateway's answer bodies to the batches of `lookups`, as sent (the canned server's answers). */
async function answerBodies(url: string, lookups: readonly Lookup[]): Promise<string[]> {
  const bodies: string[] = [];
  for (const part of batches(lookups, BATCH)) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_TENANT_KEY}` },
      body: JSON.stringify({ query: BULK_QUERY, variables: { lookups: part } }),
    });
    bodies.push(await res.text());
  }
  return bodies;
}

export function bulkInProcess(catalogue: Catalogue, lookups: readonly Lookup[]): string[] {
  return lookups.map((l) => {
    const a = lookupPhase(catalogue, l.product, l.date, l.level);
    return isFailure(a) ? a.code : a.phase;
  });
}

/** Runs benchmark 1 against `gateway` (spawning one when not given) and returns its figures. */
export async function benchBulkLookups(given?: GatewayProcess): Promise<Figure[]> {
  const runs = runCount();
  const products = seedProducts();
  const lookups = phaseWorkload(new Catalogue(products), LOOKUPS);
  const gateway = given ?? (await spawnGateway());
  try {
    // In-process, cold: a new catalogue (empty resolve cache) each run; warm: the same catalogue again.
    const cold = await repeat(runs, 1, () => {
      const catalogue = new Catalogue(products);
      const t = performance.now();
      bulkInProcess(catalogue, lookups);
      return since(t);
    });
    const warmCatalogue = new Catalogue(products);
    const expected = bulkInProcess(warmCatalogue, lookups);
    const warm = await repeat(runs, 1, () => {
      const t = performance.now();
      bulkInProcess(warmCatalogue, lookups);
      return since(t);
    });

    const got = await bulkOverHttp(gateway.url, lookups);
    const wrong = got.filter((r, i) => (r.__typename === 'PhaseAnswer' ? r.phase : r.code) !== expected[i]).length;
    if (wrong > 0) throw new Error(`the gateway answered ${wrong} of ${LOOKUPS} lookups differently from the engine`);
    const phases = new Set(['PRE_RELEASE', 'MAINSTREAM', 'EXTENDED', 'SELF_HELP_ONLY', 'END_OF_SUPPORT']);
    const misses = expected.filter((e) => !phases.has(e)).length;

    const http = await repeat(runs, 1, async () => {
      const t = performance.now();
      await bulkOverHttp(gateway.url, lookups);
      return since(t);
    });
    const http2 = await repeat(runs, 1, async () => {
      const t = performance.now();
      await bulkOverHttp(gateway.url, lookups, 2);
      return since(t);
    });
    // The client alone: the same requests, answered with the gateway's own bytes by a server doing nothing else.
    const canned = await startBaseline('plainServer.js', JSON.stringify(await answerBodies(gateway.url, lookups)), ['application/json; charset=utf-8', '--each']);
    let client: number[];
    try {
      client = await repeat(runs, 1, async () => {
        const t = performance.now();
        await bulkOverHttp(canned.url, lookups);
        return since(t);
      });
    } finally {
      await canned.stop();
    }
    // Ratio per run pair (same run order), so a slow moment affects both sides alike.
    const ratio = http.map((h, i) => (warm[i]! / h) * 100);
    log(`bulk: in-process warm ${median(warm).toFixed(1)} ms, cold ${median(cold).toFixed(1)} ms; HTTP ${median(http).toFixed(1)} ms (2 in flight ${median(http2).toFixed(1)} ms; the client alone ${median(client).toFixed(1)} ms); ${misses} misses`);
    return [
      { name: '1 bulk: 10,000 lookups, 10 HTTP requests one after another', unit: 'ms', runs: http, target: { op: '<', limit: 300 }, note: `${Math.round(LOOKUPS / (median(http) / 1000)).toLocaleString('en-US')} lookups/s` },
      { name: '1 bulk: same, 2 requests in flight', unit: 'ms', runs: http2 },
      { name: '1 bulk: 10,000 in-process (engine, warm resolve cache)', unit: 'ms', runs: warm, note: `${Math.round(LOOKUPS / (median(warm) / 1000)).toLocaleString('en-US')} lookups/s` },
      { name: '1 bulk: 10,000 in-process (engine, new catalogue)', unit: 'ms', runs: cold },
      { name: '1 bulk: gateway rate / in-process rate', unit: '%', runs: ratio, target: { op: '≥', limit: 30 } },
      { name: '1 bulk: the client alone (canned answers, no server work)', unit: 'ms', runs: client, note: 'the same 10 requests: fetch, 64 KB of JSON up and 250 KB down each' },
      { name: '1 bulk: ratio ceiling (in-process rate / client-alone rate)', unit: '%', runs: client.map((c, i) => (warm[i]! / c) * 100), note: 'the ratio above with a server that cost nothing' },
    ];
  } finally {
    if (!given) await gateway.stop();
  }
}

if (isMain(import.meta.url)) await runAlone('Benchmark 1: bulk lookups', () => benchBulkLookups());
