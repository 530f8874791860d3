/** Medians and formatting for benchmark figures: every figure quoted is the median of several runs. */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns each run's figure. */
export async function repeat(runs: number, warmup: number, fn: () => Promise<number> | number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(await fn());
  return out;
}

/** Milliseconds since `start` (a performance.now() reading). */
export const since = (start: number): number => performance.now() - start;

export function fmt(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 10_000) return Math.round(n).toLocaleString('en-US');
  if (abs >= 100) return n.toFixed(0);
  if (abs >= 10) return n.toFixed(Math.min(digits, 1));
  return n.toFixed(Math.max(digits, 2));
}

/** "12.3 [11.9 – 13.0]": median with the spread of the runs. */
export function spread(values: readonly number[], digits = 1): string {
  return `${fmt(median(values), digits)} [${fmt(Math.min(...values), digits)}–${fmt(Math.max(...values), digits)}]`;
}

/** How many runs: BENCH_RUNS overrides (e.g. 3 for a quick look); the default is 5. */
export function runCount(dflt = 5): number {
  const n = Number(process.env.BENCH_RUNS);
  return Number.isInteger(n) && n > 0 ? n : dflt;
}
