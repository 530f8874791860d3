/**
 * Benchmark 3 — Excel recalculation: the built add-in in headless Chromium (bench/support/addinPage.ts),
 * against the gateway process. 10,000 ENT.SUPPORTPHASE cells — distinct (product, date) pairs over the
 * whole seed catalogue, dates as Excel serials — are called at once, as Excel calls a recalculated sheet's
 * functions, and timed in the page until every call has settled. "Refresh data" clears the batch client's
 * cache before each run, so every run asks the gateway. Every answer must be a phase, equal to what the
 * gateway answers when asked directly.
 * Compared with one request per cell: the first 1,000 of the cells as single `supportPhase` POSTs from the
 * page, with the add-in's selection, at most 6 in flight (a browser's connections per host over HTTP/1.1),
 * the time scaled ×10 to 10,000 cells (a browser sends them at a steady few hundred a second here, so all
 * 10,000 would add half a minute per run, for the same figure).
 * Targets: 10,000 cells settled < 500 ms, in ≤ 10 HTTP requests. Also printed: the bytes sent and received per
 * 10,000 cells (the add-in selects only the fields its functions read: a SUPPORTPHASE column asks `phase`), and
 * how much of the time a request was in flight, so the page's own share shows.
 * Run alone: `npm run build && npm run addin:build && node dist/bench/excelRecalc.js`.
 */
import { Catalogue } from '../server/lifecycle/catalogue/catalogue.js';
import { toDayNumber } from '../server/kernel/dates.js';
import { bulkOverHttp } from './bulkLookups.js';
import { openAddin } from './support/addinPage.js';
import { spawnGateway, type GatewayProcess } from './support/gatewayProcess.js';
import { DEMO_TENANT_KEY } from './support/queries.js';
import { cellsInPage, onePerCellInPage, rangeInPage, type PageRun } from './support/recalcInPage.js';
import { isMain, log, runAlone, type Figure } from './support/report.js';
import { seedProducts } from './support/seedCatalogue.js';
import { median, repeat, runCount } from './support/stats.js';
import { phaseWorkload, type Lookup } from './support/workload.js';

export const CELLS = 10_000;
/** Connections a browser opens to one host over HTTP/1.1, hence single requests in flight. */
export const BROWSER_CONNECTIONS = 6;
/** Cells sent one request each per run; the time is scaled to CELLS. */
export const PER_CELL_SAMPLE = 1_000;
// FOLLOWS_PARENT: a component asked without the product it runs on (issue 12).
const PHASES = new Set(['PRE_RELEASE', 'MAINSTREAM', 'EXTENDED', 'SELF_HELP_ONLY', 'END_OF_SUPPORT', 'FOLLOWS_PARENT']);

const EXCEL_EPOCH = toDayNumber('1899-12-30');
/** An ISO date's Excel serial (1900 date system; every benchmark date is after 1900-03-01). */
const excelSerial = (iso: string): number => toDayNumber(iso) - EXCEL_EPOCH;

/** `count` distinct (product, date) cells a sheet could hold: SUPPORTPHASE takes no level argument. */
export function sheetCells(catalogue: Catalogue, count: number): Lookup[] {
  const seen = new Set<string>();
  const out: Lookup[] = [];
  for (const l of phaseWorkload(catalogue, count * 2)) {
    const key = `${l.product}\u0000${l.date}`;
    if (l.level || seen.has(key)) continue;
    seen.add(key);
    out.push({ product: l.product, date: l.date });
    if (out.length === count) return out;
  }
  throw new Error(`only ${out.length} distinct cells in the workload`);
}

/** Checks a run's answers against the gateway's own; returns the run's time. */
function checked(run: PageRun, expected: readonly string[], what: string): number {
  const wrong = run.answers.filter((a, i) => a !== expected[i]);
  if (wrong.length) throw new Error(`${what}: ${wrong.length} of ${expected.length} cells differ from the gateway's answers, e.g. ${wrong.slice(0, 3).join('; ')}`);
  return run.ms;
}

export async function benchExcelRecalc(given?: GatewayProcess): Promise<Figure[]> {
  const runs = runCount();
  const catalogue = new Catalogue(seedProducts());
  const cells = sheetCells(catalogue, CELLS);
  const products = new Set(cells.map((c) => catalogue.resolve(c.product)).map((r) => (r.ok ? r.product.name : ''))).size;
  const gateway = given ?? (await spawnGateway());
  const addin = await openAddin(gateway.url, DEMO_TENANT_KEY);
  try {
    const expected = (await bulkOverHttp(gateway.url, cells)).map((r) => (r.__typename === 'PhaseAnswer' ? r.phase! : `ERR ${r.code}`));
    const notPhases = expected.filter((e) => !PHASES.has(e)).length;
    if (notPhases) throw new Error(`the gateway answered ${notPhases} of ${CELLS} cells with no phase, e.g. ${[...new Set(expected.filter((e) => !PHASES.has(e)))].slice(0, 3).join('; ')}`);
    const inPage = cells.map((c) => ({ product: c.product, serial: excelSerial(c.date), iso: c.date }));

    const requests: number[] = [];
    const cellSent: number[] = [];
    const cellReceived: number[] = [];
    const inFlight: number[] = [];
    const firstByte: number[] = [];
    const batched = await repeat(runs, 1, async () => {
      await addin.refreshData();
      const before = addin.graphqlPosts();
      const bytesBefore = addin.graphqlBytes();
      const run = await cellsInPage(addin.page, inPage);
      const ms = checked(run, expected, 'batched');
      requests.push(addin.graphqlPosts() - before);
      inFlight.push(run.inFlightMs ?? NaN);
      firstByte.push(run.awaitingFirstByteMs ?? NaN);
      await new Promise((r) => setTimeout(r, 200)); // answer sizes arrive after the responses
      const b = addin.graphqlBytes();
      cellSent.push(b.sent - bytesBefore.sent);
      cellReceived.push(b.received - bytesBefore.received);
      return ms;
    });
    // The first entries are the warm-up's.
    const sent = requests.slice(1);
    const [received, sentBytes, flying, waiting] = [cellReceived.slice(1), cellSent.slice(1), inFlight.slice(1), firstByte.slice(1)];
    const pageOnly = batched.map((ms, i) => ms - flying[i]!);

    // The same cells as one range formula =ENT.SUPPORTPHASE(A2:A10001, B2:B10001): one invocation.
    const rangeRequests: number[] = [];
    const rangeBytes: number[] = [];
    const ranged = await repeat(runs, 1, async () => {
      await addin.refreshData();
      const before = addin.graphqlPosts();
      const bytesBefore = addin.graphqlBytes();
      const ms = checked(await rangeInPage(addin.page, inPage), expected, 'range formula');
      rangeRequests.push(addin.graphqlPosts() - before);
      await new Promise((r) => setTimeout(r, 200)); // answer sizes arrive after the responses
      const b = addin.graphqlBytes();
      rangeBytes.push(b.sent - bytesBefore.sent + b.received - bytesBefore.received);
      return ms;
    });

    const singlePosts: number[] = [];
    const sample = inPage.slice(0, PER_CELL_SAMPLE);
    const single = await repeat(runs, 1, async () => {
      const before = addin.graphqlPosts();
      const ms = checked(await onePerCellInPage(addin.page, sample, DEMO_TENANT_KEY, BROWSER_CONNECTIONS), expected.slice(0, PER_CELL_SAMPLE), 'one request per cell');
      singlePosts.push(addin.graphqlPosts() - before);
      return (ms * CELLS) / PER_CELL_SAMPLE;
    });
    if (addin.external.length) throw new Error(`the page tried to reach other hosts: ${addin.external.join(', ')}`);
    const ratio = single.map((s, i) => s / batched[i]!);
    const perSecond = Math.round(CELLS / (median(single) / 1000));
    const kib = (bytes: readonly number[]) => `${Math.round(median(bytes) / 1024).toLocaleString('en-US')} KiB`;
    log(
      `excel: ${CELLS} cells batched ${median(batched).toFixed(0)} ms in ${median(sent)} requests (a request in flight ${median(flying).toFixed(0)} ms, awaiting the gateway's first byte ${median(waiting).toFixed(0)} ms, the page alone ${median(pageOnly).toFixed(0)} ms; ${kib(sentBytes)} sent, ${kib(received)} received)`,
    );
    log(`excel: one request per cell ${median(single).toFixed(0)} ms (${median(singlePosts.slice(1))} requests per sample, ${perSecond} requests/s)`);
    return [
      { name: `3 excel: ${CELLS.toLocaleString('en-US')} cells settled`, unit: 'ms', runs: batched, target: { op: '<', limit: 500 }, note: `SUPPORTPHASE on ${CELLS.toLocaleString('en-US')} distinct (product, date) cells over ${products} products; cache cleared before each run` },
      { name: '3 excel: of which the page alone', unit: 'ms', runs: pageOnly, note: `no request in flight (building, parsing, routing, shaping); awaiting the gateway's first byte ${median(waiting).toFixed(0)} ms` },
      { name: '3 excel: HTTP requests', unit: '', runs: sent, target: { op: '≤', limit: 10 }, note: `POSTs to /graphql per recalculation; ${kib(sentBytes)} sent` },
      { name: '3 excel: bytes received per 10,000 cells', unit: 'KiB', runs: received.map((b) => b / 1024), note: `answer bodies of those POSTs; ${kib(sentBytes)} sent` },
      { name: '3 excel: one range formula over 10,000 rows', unit: 'ms', runs: ranged, target: { op: '<', limit: 500 }, note: '=ENT.SUPPORTPHASE(A2:A10001, B2:B10001): one invocation spilling 10,000 cells; cache cleared before each run' },
      { name: '3 excel: range formula HTTP requests', unit: '', runs: rangeRequests.slice(1), target: { op: '≤', limit: 10 }, note: `${Math.round(median(rangeBytes) / 1024).toLocaleString('en-US')} KiB sent and received` },
      { name: '3 excel: 10,000 single cells / one range formula', unit: '×', runs: batched.map((b, i) => b / ranged[i]!) },
      { name: '3 excel: one request per cell', unit: 'ms', runs: single, note: `${PER_CELL_SAMPLE.toLocaleString('en-US')} of the cells as single supportPhase POSTs from the page, ${BROWSER_CONNECTIONS} in flight, time ×${CELLS / PER_CELL_SAMPLE} (${perSecond.toLocaleString('en-US')} requests/s)` },
      { name: '3 excel: one request per cell / batched', unit: '×', runs: ratio },
    ];
  } finally {
    await addin.close();
    if (!given) await gateway.stop();
  }
}

if (isMain(import.meta.url)) await runAlone('Benchmark 3: Excel recalculation', () => benchExcelRecalc());
