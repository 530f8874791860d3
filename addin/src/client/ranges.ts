/**
 * Ranges in, arrays out. A lookup function's parameters are declared as matrices (`any[][]` in the JSDoc'd
 * signature), so Excel hands over a whole column (or row, or block) in one invocation instead of calling the
 * function once per cell. This module lines the arguments up the way Excel's own functions do:
 * - the result has as many rows as the tallest argument and as many columns as the widest;
 * - an argument of one row (or one column, or a single value) is repeated along that direction;
 * - a cell that falls outside a larger argument that is not one row or column wide is #N/A (as
 *   `=A1:A3+B1:B2` is #N/A in its third row).
 * A single value (what tests and scalar callers pass) counts as a 1×1 range.
 */
import type { CellInput } from './excelArgs.js';

export type Grid<T> = T[][];

/** An argument as it arrives: a 2-D array for a matrix parameter; null/undefined when an optional one is left out. */
export type RangeArg = CellInput | readonly (readonly CellInput[])[];

export function isRange(value: unknown): value is readonly (readonly CellInput[])[] {
  return Array.isArray(value);
}

/** A 2-D array of the argument (a single value is 1×1; an empty array counts as one blank cell). */
export function asGrid(value: RangeArg): readonly (readonly CellInput[])[] {
  if (!isRange(value)) return [[value as CellInput]];
  if (value.length === 0 || !Array.isArray(value[0]) || value[0].length === 0) return [[null]];
  return value;
}

/** What sits at (r, c) of one argument after broadcasting; OUTSIDE when the argument is too small there. */
export const OUTSIDE: unique symbol = Symbol('outside the range');

export interface Aligned {
  rows: number;
  cols: number;
  /** The cell of argument `i` at result position (r, c), broadcast; OUTSIDE when it has none. */
  at(i: number, r: number, c: number): CellInput | typeof OUTSIDE;
  /** "product 3×1, date 2×1": for the size-mismatch message. */
  describe(names: readonly string[]): string;
}

export function align(args: readonly RangeArg[]): Aligned {
  const grids = args.map(asGrid);
  const rows = Math.max(1, ...grids.map((g) => g.length));
  const cols = Math.max(1, ...grids.map((g) => g[0]!.length));
  return {
    rows,
    cols,
    at(i, r, c) {
      const g = grids[i]!;
      const rr = g.length === 1 ? 0 : r;
      const row = g[rr];
      if (!row) return OUTSIDE;
      const cc = row.length === 1 ? 0 : c;
      return cc < row.length ? (row[cc] ?? null) : OUTSIDE;
    },
    describe(names) {
      return grids.map((g, i) => `${names[i] ?? `argument ${i + 1}`} ${g.length}×${g[0]!.length}`).join(', ');
    },
  };
}

/** Whether a cell is blank: empty, null, or text of spaces only (an empty cell arrives as null or ""). */
export function isBlank(value: CellInput | typeof OUTSIDE): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Whether every argument was a single value (a scalar caller, not Excel's matrix parameters). */
export function allScalar(args: readonly RangeArg[]): boolean {
  return args.every((a) => !isRange(a));
}
