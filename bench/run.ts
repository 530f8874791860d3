/**
 * `npm run bench`: every benchmark in one run, each figure the median of several runs (BENCH_RUNS,
 * default 5), then one summary table with the targets of issue 6 and PASS/FAIL per target.
 * Benchmarks 1 and 2 share one gateway process, whose RSS is then read (benchmark 5's memory figure);
 * benchmark 3 drives the Excel add-in in headless Chromium; 4 and 5 start their own gateways.
 * `node dist/bench/run.js 1 4` runs only those benchmarks.
 */
import { benchBulkLookups } from './bulkLookups.js';
import { benchExcelRecalc } from './excelRecalc.js';
import { benchScale } from './scale.js';
import { benchSingleQuery } from './singleQuery.js';
import { benchUnknownNames } from './unknownNames.js';
import { benchStartup, rssFigures } from './startupMemory.js';
import { spawnGateway } from './support/gatewayProcess.js';
import { machine } from './support/machine.js';
import { exitCodeFor, log, passes, table, type Figure } from './support/report.js';

const wanted = new Set(process.argv.slice(2).map(Number));
const want = (n: number) => wanted.size === 0 || wanted.has(n);

const startedOn = machine();
const started = performance.now();
const figures: Figure[] = [];
/** One benchmark's figures; a benchmark that fails is reported and the others still run. */
async function step(name: string, bench: () => Promise<Figure[]>): Promise<void> {
  try {
    figures.push(...(await bench()));
  } catch (e) {
    log(`benchmark ${name} failed: ${(e as Error).stack ?? String(e)}`);
    failed.push(name);
  }
}
const failed: string[] = [];
try {
  if (want(1) || want(2) || want(3) || want(5)) {
    const gateway = await spawnGateway();
    try {
      if (want(1)) await step('1 (bulk)', () => benchBulkLookups(gateway));
      if (want(1)) await step('1 (unknown names)', () => benchUnknownNames(gateway));
      if (want(2)) await step('2 (single query)', () => benchSingleQuery(gateway));
      if (want(5)) await step('5 (memory)', () => rssFigures(gateway));
      if (want(3)) await step('3 (Excel)', () => benchExcelRecalc(gateway));
    } finally {
      await gateway.stop();
    }
  }
  if (want(4)) await step('4 (scale)', () => benchScale());
  if (want(5)) await step('5 (start-up)', () => benchStartup());
} catch (e) {
  log(`benchmark failed: ${(e as Error).stack ?? String(e)}`);
  failed.push('setup');
}
if (failed.length) process.exitCode = 2;

const order = (f: Figure) => Number(/^\d+/.exec(f.name)?.[0] ?? 9);
figures.sort((a, b) => order(a) - order(b));
const verdicts = figures.map(passes).filter((v) => v !== null);
console.log(`\nEntitlement gateway benchmarks (medians of ${process.env.BENCH_RUNS ?? 5} runs; range = fastest–slowest run)`);
console.log(`Machine at start: ${startedOn}`);
console.log(`Machine at end:   ${machine()}; took ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
console.log(table(figures));
console.log(`\n${verdicts.filter(Boolean).length} of ${verdicts.length} targets met.${failed.length ? ` Failed to run: ${failed.join(', ')}.` : ''}\n`);
process.exitCode ||= exitCodeFor(figures);
