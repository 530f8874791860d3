/**
 * The two shapes every ENT function is built from:
 * - `cellwise`: a range invocation answered cell by cell over the batch client (all lookups of all cells are
 *   asked at once, so one invocation becomes one bulk request per 1,000 distinct items); a bad cell is an
 *   error value in its own cell, a blank key cell a blank cell.
 * - `stream`: a streaming invocation that sends its answer and sends it again when the answer can change
 *   (a desk opening or closing, the gateway's midnight), until Excel cancels it.
 */
import type { CellInput } from '../client/excelArgs.js';
import { GatewayFailure } from '../client/failures.js';
import { callAt } from '../client/liveClock.js';
import { align, allScalar, isBlank, OUTSIDE, type Grid, type RangeArg } from '../client/ranges.js';
import { recalcStats } from '../client/recalcStats.js';
import { toExcelError } from '../client/toExcelError.js';
import { excelError } from '../client/customFunctionsHost.js';

/** An Excel error value in a result (CustomFunctions.Error in Excel). */
export type ErrorCell = { code: string; message?: string };
/** What a cell of a result can hold. */
export type OutCell = string | number | boolean | ErrorCell | object;

export interface CellwiseResult<T> {
  grid: Grid<T | ErrorCell | ''>;
  /** Some cell failed for a reason that may pass (gateway unreachable, busy …): worth asking again soon. */
  transient: boolean;
  errors: number;
}

export interface CellwiseSpec<T> {
  /** Argument names, for the size-mismatch message. */
  names: readonly string[];
  /** Index of the argument whose blank cell gives a blank result cell (product, subscription, name). */
  key?: number;
  /** The answer of one cell from its (broadcast) argument values; throws or rejects for an error cell. */
  cell(values: CellInput[], position: { row: number; col: number }): T | Promise<T>;
}

export const isErrorCell = (v: unknown): v is ErrorCell => typeof v === 'object' && v !== null && typeof (v as ErrorCell).code === 'string' && (v as ErrorCell).code.startsWith('#');

/** The one value of an argument that is a single cell (a 1×1 range or a plain value); OUTSIDE when it is larger. */
function singleValue(arg: RangeArg): CellInput | typeof OUTSIDE {
  if (!Array.isArray(arg)) return arg as CellInput;
  if (arg.length === 0) return null;
  const row = arg[0];
  if (arg.length !== 1 || !Array.isArray(row)) return OUTSIDE;
  if (row.length === 0) return null;
  return row.length === 1 ? (row[0] ?? null) : OUTSIDE;
}

/**
 * Answers every cell of a range invocation; never rejects (each failure is that cell's error value).
 * A one-cell invocation (a formula per cell, the usual sheet: 10,000 of them in a recalculation) takes a
 * path without the grid's bookkeeping and with one promise reaction instead of five: the add-in's own work
 * per call is what keeps the first requests from leaving while Excel is still handing out calls.
 */
export function cellwise<T>(args: readonly RangeArg[], spec: CellwiseSpec<T>): Promise<CellwiseResult<T>> {
  const key = spec.key ?? 0;
  const values: (CellInput | typeof OUTSIDE)[] = new Array(args.length);
  for (let i = 0; i < args.length; i++) {
    const v = singleValue(args[i]!);
    if (v === OUTSIDE) return cellwiseGrid(args, spec);
    values[i] = v;
  }
  const one = (cell: T | ErrorCell | '', transient = false): CellwiseResult<T> => ({ grid: [[cell]], transient, errors: isErrorCell(cell) ? 1 : 0 });
  const failed = (e: unknown) => one(toExcelError(e), e instanceof GatewayFailure);
  if (isBlank(values[key]!)) return Promise.resolve(one(''));
  let v: T | Promise<T>;
  try {
    v = spec.cell(values as CellInput[], { row: 0, col: 0 });
  } catch (e) {
    return Promise.resolve(failed(e));
  }
  return v instanceof Promise ? v.then((x) => one(x), failed) : Promise.resolve(one(v));
}

/** cellwise over a range of more than one cell. */
async function cellwiseGrid<T>(args: readonly RangeArg[], spec: CellwiseSpec<T>): Promise<CellwiseResult<T>> {
  const a = align(args);
  const key = spec.key ?? 0;
  let transient = false;
  const fail = (e: unknown): ErrorCell => {
    if (e instanceof GatewayFailure) transient = true;
    return toExcelError(e);
  };
  const grid: (T | ErrorCell | '' | Promise<T | ErrorCell>)[][] = [];
  const waits: Promise<unknown>[] = [];
  for (let r = 0; r < a.rows; r++) {
    const row: (T | ErrorCell | '' | Promise<T | ErrorCell>)[] = [];
    for (let c = 0; c < a.cols; c++) {
      const values = args.map((_, i) => a.at(i, r, c));
      if (values.includes(OUTSIDE)) {
        row.push(excelError('notAvailable', `The ranges are of different sizes (${a.describe(spec.names)})`));
        continue;
      }
      if (isBlank(values[key]!)) {
        row.push('');
        continue;
      }
      try {
        const v = spec.cell(values as CellInput[], { row: r, col: c });
        if (v instanceof Promise) {
          const p = v.then(
            (x) => x,
            (e: unknown) => fail(e),
          );
          waits.push(p.then((x) => (row[c] = x)));
          row.push(p);
        } else row.push(v);
      } catch (e) {
        row.push(fail(e));
      }
    }
    grid.push(row);
  }
  await Promise.all(waits);
  const done = grid as Grid<T | ErrorCell | ''>;
  let errors = 0;
  for (const row of done) for (const v of row) if (isErrorCell(v)) errors++;
  return { grid: done, transient, errors };
}

/** CustomFunctions.StreamingInvocation, as far as the functions use it. */
export interface StreamingInvocationLike<T> {
  setResult(value: T | ErrorCell): void;
  onCanceled?: () => void;
}

/** How long a live cell waits before asking again after the gateway could not answer. */
export const RETRY_MS = 60_000;

export interface LiveAnswer<T> {
  result: T;
  /** The instant (ms) the answer stays true until; null: for good. */
  validUntil: number | null;
}

/**
 * A live invocation: `evaluate(now)` gives the answer and how long it holds; it is sent with setResult and
 * evaluated again at that instant, until Excel cancels the invocation (onCanceled stops the timer). An
 * evaluation whose request failed as a whole sends the error and tries again after RETRY_MS. Resolves with the first
 * answer (tests and scalar callers read it).
 */
export function stream<T>(invocation: StreamingInvocationLike<T> | undefined, evaluate: (now: number) => Promise<LiveAnswer<T>>): Promise<T> {
  let cancel: (() => void) | null = null;
  let cancelled = false;
  if (invocation) {
    invocation.onCanceled = () => {
      cancelled = true;
      cancel?.();
      cancel = null;
    };
  }
  let first = true;
  return new Promise<T>((resolveFirst, rejectFirst) => {
    const run = async () => {
      cancel = null;
      let next: number | null;
      try {
        const answer = await evaluate(Date.now());
        if (cancelled) return;
        invocation?.setResult(answer.result);
        if (first) {
          if (isErrorCell(answer.result)) rejectFirst(answer.result);
          else resolveFirst(answer.result);
        }
        next = answer.validUntil;
      } catch (e) {
        if (cancelled) return;
        const err = isErrorCell(e) ? e : toExcelError(e);
        invocation?.setResult(err);
        if (first) rejectFirst(err);
        // Only a failed request is worth asking again (the gateway may be back); a bad argument stays bad.
        next = e instanceof GatewayFailure ? Date.now() + RETRY_MS : null;
      }
      first = false;
      // Without an invocation (a plain caller) there is nobody to send later answers to.
      if (next !== null && invocation && !cancelled) cancel = callAt(Math.max(next, Date.now() + 1), () => void run());
    };
    void run();
  });
}

/**
 * A plain (not live) invocation of a streaming function: one answer, no timer. What `stream` does with an
 * answer valid for good, in one promise reaction (it is the path of every cell with its date given).
 */
export function once<T>(invocation: StreamingInvocationLike<T> | undefined, work: () => Promise<T>): Promise<T> {
  let cancelled = false;
  if (invocation) invocation.onCanceled = () => void (cancelled = true);
  const failed = (e: unknown): never => {
    const err = isErrorCell(e) ? e : toExcelError(e);
    invocation?.setResult(err);
    // As `stream`: only a failed request is worth asking again (the gateway may be back).
    if (e instanceof GatewayFailure && invocation) {
      const stop = callAt(Date.now() + RETRY_MS, () => void once(invocation, work).catch(() => {}));
      invocation.onCanceled = () => {
        cancelled = true;
        stop();
      };
    }
    throw err;
  };
  let answer: Promise<T>;
  try {
    answer = work();
  } catch (e) {
    answer = Promise.reject(e);
  }
  // A cancelled invocation's answer is neither sent nor settled (as with `stream`).
  return answer.then((result) => {
    if (cancelled) return new Promise<T>(() => {});
    invocation?.setResult(result);
    if (isErrorCell(result)) throw result;
    return result;
  }, (e: unknown) => (cancelled ? new Promise<T>(() => {}) : failed(e)));
}

/**
 * The result in the caller's shape: the grid for Excel (whose matrix parameters are always 2-D arrays); for a
 * scalar caller (every argument a single value: tests, other code) the one cell's value or error value.
 */
export function shaped<T>(args: readonly RangeArg[], grid: Grid<T | ErrorCell | ''>): any {
  return allScalar(args) ? grid[0]![0]! : grid;
}

/** As `shaped`, but a scalar caller's error value is thrown (a plain function's rejected promise). */
export function shapedOrThrow<T>(args: readonly RangeArg[], grid: Grid<T | ErrorCell | ''>): any {
  const v = shaped(args, grid);
  if (isErrorCell(v)) throw v;
  return v;
}

/** Counts an invocation in the task pane's "last recalculation" figures. */
export function counted<T>(work: () => Promise<CellwiseResult<T>>): Promise<CellwiseResult<T>> {
  const end = recalcStats.begin();
  let r: Promise<CellwiseResult<T>>;
  try {
    r = work();
  } catch (e) {
    r = Promise.reject(e);
  }
  return r.then(
    (done) => {
      end(done.grid.length * (done.grid[0]?.length ?? 0), done.errors);
      return done;
    },
    (e: unknown) => {
      end(1, 1);
      throw e;
    },
  );
}
