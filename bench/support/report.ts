/**
 * Figures, targets and the summary table. A figure is the median of its runs; a target says which side
 * of a limit it must be on, and the table prints PASS or FAIL for each.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fmt, median } from './stats.js';

export interface Target {
  op: '<' | '≤' | '≥';
  limit: number;
}

export interface Figure {
  /** Benchmark number and what was measured: "1 bulk: 10,000 lookups over HTTP". */
  name: string;
  unit: string;
  runs: number[];
  target?: Target;
  /** Context printed beside the figure (a ratio's two sides, a request count …). */
  note?: string;
}

export const valueOf = (f: Figure): number => median(f.runs);

export function passes(f: Figure): boolean | null {
  if (!f.target) return null;
  const v = valueOf(f);
  const { op, limit } = f.target;
  return op === '<' ? v < limit : op === '≤' ? v <= limit : v >= limit;
}

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

/** The summary: figure (median), its runs' range, the target and PASS/FAIL. */
export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const v = valueOf(f);
    const range = f.runs.length > 1 ? `${fmt(Math.min(...f.runs))}–${fmt(Math.max(...f.runs))}` : '';
    const target = f.target ? `${f.target.op} ${fmt(f.target.limit)}` : '';
    const verdict = passes(f) === null ? '' : passes(f) ? 'PASS' : 'FAIL';
    // A median that rounds to its target (0.2974 against ≥ 0.30) is shown with the digits that tell them apart.
    const shown = f.target && v !== f.target.limit && fmt(v) === fmt(f.target.limit) ? String(Number(v.toPrecision(4))) : fmt(v);
    return [f.name, `${shown} ${f.unit}`, range, target, verdict, f.note ?? ''];
  });
  const head = ['Figure', 'Median', 'Range', 'Target', '', 'Note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => pad(c, widths[i]!, i === 1 || i === 2)).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** True when the module at `moduleUrl` is the script node was started with (runnable alone). */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/** A missed target fails the process only with BENCH_STRICT=1 (CI); otherwise the table says FAIL. */
export function exitCodeFor(figures: readonly Figure[]): number {
  return process.env.BENCH_STRICT === '1' && figures.some((f) => passes(f) === false) ? 1 : 0;
}

/** Runs one benchmark on its own and prints its figures as a table. */
export async function runAlone(title: string, bench: () => Promise<Figure[]>): Promise<void> {
  try {
    const figures = await bench();
    console.log(`\n${title}\n\n${table(figures)}\n`);
    process.exitCode = exitCodeFor(figures);
  } catch (e) {
    console.error(e);
    process.exitCode = 2;
  }
}
