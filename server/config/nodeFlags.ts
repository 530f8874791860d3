/**
 * The V8 flags the gateway runs with, in one place: `npm start` passes them (package.json's start script,
 * checked against this list by nodeFlags.test.ts), the benchmarks spawn main.js with them
 * (bench/support/gatewayProcess.ts), so both run the same heap; main.ts says at start-up when they are
 * missing (V8 heap flags cannot be set once the heap exists, and relaunching would cost a second process).
 *
 * --max-semi-space-size: V8 sizes the young generation from the heap limit, and on this machine let it
 * grow to 2 × 64 MB, most of the RSS after a burst of requests. 16 MB semi-spaces kept the RSS after the
 * load of benchmarks 1–2 around 220 MB instead of ~295 MB; smaller ones promote more request garbage to
 * the old generation, which then grows instead (README notes of issue 14 give the figures).
 *
 * --heap-growing-percent: after a full collection V8 lets the old generation grow to up to 4 × what
 * survived before the next one when the program allocates fast, as a bulk request does. The live heap
 * here is ~40–60 MB, but the old generation reached ~130 MB during the bulk lookups, and the pages it
 * gives back stay in the RSS (V8 discards them lazily). Growing by 1.5 × instead: RSS after the load of
 * benchmarks 1–2 ~276 → ~211 MB, bulk requests within the noise (382 vs 380 ms); 100,000 products
 * still start in < 4 s (bench 4).
 */
export const GATEWAY_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=16', '--heap-growing-percent=50'];

const flagName = (flag: string): string => flag.split('=')[0]!.replace(/_/g, '-');

/**
 * The flags of GATEWAY_NODE_FLAGS this process was not started with. A flag given by the operator
 * (command line or NODE_OPTIONS), with any value, counts as given: theirs wins.
 */
export function missingNodeFlags(execArgv: readonly string[], nodeOptions = ''): string[] {
  const given = new Set([...execArgv, ...nodeOptions.split(/\s+/).filter(Boolean)].map(flagName));
  return GATEWAY_NODE_FLAGS.filter((f) => !given.has(flagName(f)));
}
