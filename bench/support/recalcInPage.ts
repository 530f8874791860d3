/**
 * What benchmark 3 runs inside the add-in's page: the cells' SUPPORTPHASE calls through the registered
 * custom function (the batch client), or the same cells as one supportPhase request each. Both are timed
 * with the page's own clock, from the first call until the last one has settled, and return every cell's
 * answer ("ERR code message" for a failed one).
 */
import type { Page } from 'playwright-core';

export interface PageCell {
  product: string;
  /** The date as Excel passes it to a function: a serial number. */
  serial: number;
  /** The same date as text, for the single requests (the add-in turns serials into ISO dates too). */
  iso: string;
}

export interface PageRun {
  ms: number;
  answers: string[];
  /**
   * Of `ms`, the time some /graphql request was on its way (from fetch to the answer's last byte, Resource
   * Timing): the rest is the page's own work (building, parsing, routing, shaping) with nothing in flight.
   */
  inFlightMs?: number;
  /** Of `ms`, the time some request had been sent and its first answer byte had not arrived: the gateway's share. */
  awaitingFirstByteMs?: number;
  /** From the first call until the first request left: the functions' calls, collected into batches. */
  beforeFirstRequestMs?: number;
  /** From the last answer's last byte until every call had settled: parsing, routing and shaping it. */
  afterLastAnswerMs?: number;
}

/**
 * What the add-in selects for a SUPPORTPHASE cell (addin/src/functions/functions.ts asks SUPPORT_PHASES for
 * `phase` only) on the single field, so both ways fetch the same answer for a cell.
 */
const SINGLE_CELL_QUERY = `query Cell($product: String!, $date: Date) {
  supportPhase(product: $product, date: $date) { phase }
}`;

/**
 * One formula per cell, =ENT.SUPPORTPHASE(A2, B2) filled down: every cell's invocation at once, as Excel
 * makes them for a recalculated sheet (SUPPORTPHASE's parameters are matrices, so each gets 1×1 arrays, and
 * it is a streaming function, so each gets an invocation and answers through setResult).
 */
export function cellsInPage(page: Page, cells: readonly PageCell[]): Promise<PageRun> {
  return page.evaluate(async (cells) => {
    const stream = (window as any).__stream as (id: string, args: unknown[]) => Promise<any>;
    performance.clearResourceTimings(); // the buffer holds 250 entries; the one-request-per-cell runs fill it
    const started = performance.now();
    const results = await Promise.all(cells.map((c) => stream('SUPPORTPHASE', [[[c.product]], [[c.serial]]])));
    const ms = performance.now() - started;
    const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => new URL(e.name).pathname === '/graphql' && e.startTime >= started);
    // Length of the union of intervals (requests overlap: up to 4 are in flight).
    const covered = (spans: [number, number][]) => {
      let total = 0;
      let end = -Infinity;
      for (const [a, b] of spans.sort((x, y) => x[0] - y[0])) {
        if (b <= end) continue;
        total += b - Math.max(a, end);
        end = b;
      }
      return total;
    };
    return {
      ms,
      answers: results.map((r) => r[0][0]).map((v: any) => (typeof v === 'string' ? v : `ERR ${v?.code} ${v?.message}`)),
      inFlightMs: covered(requests.map((e) => [e.startTime, e.responseEnd])),
      awaitingFirstByteMs: covered(requests.map((e) => [e.requestStart, e.responseStart])),
      beforeFirstRequestMs: Math.min(...requests.map((e) => e.startTime)) - started,
      afterLastAnswerMs: started + ms - Math.max(...requests.map((e) => e.responseEnd)),
    };
  }, cells as PageCell[]);
}

/** One range formula over the same cells, =ENT.SUPPORTPHASE(A2:A10001, B2:B10001): one invocation, one spilled column. */
export function rangeInPage(page: Page, cells: readonly PageCell[]): Promise<PageRun> {
  return page.evaluate(async (cells) => {
    const stream = (window as any).__stream as (id: string, args: unknown[]) => Promise<any>;
    const started = performance.now();
    const column = (await stream('SUPPORTPHASE', [cells.map((c) => [c.product]), cells.map((c) => [c.serial])])) as any[][];
    const ms = performance.now() - started;
    return { ms, answers: column.map((r) => r[0]).map((v: any) => (typeof v === 'string' ? v : `ERR ${v?.code} ${v?.message}`)) };
  }, cells as PageCell[]);
}

/** One POST per cell from the page, at most `inFlight` at a time (a browser's connections per host). */
export function onePerCellInPage(page: Page, cells: readonly PageCell[], apiKey: string, inFlight: number): Promise<PageRun> {
  return page.evaluate(
    async ({ cells, apiKey, inFlight, query }) => {
      const answers: string[] = new Array(cells.length);
      const headers = { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${apiKey}` };
      let next = 0;
      const worker = async () => {
        while (next < cells.length) {
          const i = next++;
          try {
            const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables: { product: cells[i]!.product, date: cells[i]!.iso } }) });
            const json = await res.json();
            answers[i] = json.data?.supportPhase?.phase ?? `ERR ${res.status} ${json.errors?.[0]?.message}`;
          } catch (e) {
            answers[i] = `ERR network ${String(e)}`;
          }
        }
      };
      const started = performance.now();
      await Promise.all(Array.from({ length: inFlight }, worker));
      return { ms: performance.now() - started, answers };
    },
    { cells: cells as PageCell[], apiKey, inFlight, query: SINGLE_CELL_QUERY },
  );
}
