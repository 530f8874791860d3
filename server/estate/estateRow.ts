/**
 * Checks one estate entry as a user typed it — product name (a level may be part of it), level, count,
 * note — against the catalogue. Shared by the estate mutations and the CSV upload, so both accept and
 * refuse exactly the same input. Never throws for bad input: problems come back as values with the
 * catalogue's "did you mean" candidates.
 */
import type { Catalogue } from '../lifecycle/catalogue/catalogue.js';
import type { IsoDate } from '../kernel/dates.js';
import type { ProductRecord } from '../lifecycle/policy/lifecycleTypes.js';
import { isFailure, lookupPhase, matchLevel } from '../lifecycle/catalogue/phaseLookup.js';
import { isProblem, type Problem } from '../kernel/problem.js';
import { LIMITS } from '../kernel/limits.js';
import { textLength, textProblem } from '../kernel/text.js';


export interface EstateRowInput {
  product: string;
  level?: string | null;
  count: number;
  /** The count as typed (CSV), for the error message when it is not a number. */
  countText?: string;
  note?: string | null;
}

export interface CheckedRow {
  productSlug: string;
  productName: string;
  levelCode: string | null;
  count: number;
  note: string | null;
}

/** A Problem located in an estate row: which column, and the value as typed. */
export interface RowProblem extends Problem {
  column: 'product' | 'level' | 'count' | 'note';
  value: string;
}

export function countProblem(count: number, value = String(count)): RowProblem | null {
  if (Number.isInteger(count) && count >= 1 && count <= LIMITS.maxCount) return null;
  return { column: 'count', value, code: 'BAD_USER_INPUT', message: `count must be a whole number from 1 to ${LIMITS.maxCount.toLocaleString('en')}, not '${value.slice(0, 40)}'`, candidates: [] };
}

export function noteProblem(note: string | null | undefined): RowProblem | null {
  if (note == null) return null;
  const invalid = textProblem(note, 'note');
  if (invalid) return { column: 'note', value: note.slice(0, 40), code: 'BAD_USER_INPUT', message: invalid, candidates: [] };
  if (textLength(note) <= LIMITS.maxNoteLength) return null;
  return { column: 'note', value: `${note.slice(0, 40)}…`, code: 'BAD_USER_INPUT', message: `note is longer than ${LIMITS.maxNoteLength} characters`, candidates: [] };
}

/** The product and level as the catalogue names them, or the problems (a row can have several). */
export function checkEstateRow(catalogue: Catalogue, row: EstateRowInput, today: IsoDate): { ok: true; row: CheckedRow } | { ok: false; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const name = row.product.trim();
  const level = row.level?.trim() ? row.level.trim() : null;
  if (!name) problems.push({ column: 'product', value: row.product, code: 'BAD_USER_INPUT', message: 'product is empty', candidates: [] });
  else if (textLength(name) > LIMITS.maxNameLength) problems.push({ column: 'product', value: `${name.slice(0, 40)}…`, code: 'BAD_USER_INPUT', message: `product is longer than ${LIMITS.maxNameLength} characters`, candidates: [] });
  let found: { slug: string; name: string; level: string | null } | null = null;
  if (problems.length === 0) {
    const r = lookupPhase(catalogue, name, today, level);
    if (isFailure(r)) {
      const column = r.code === 'LEVEL_NOT_FOUND' && level ? 'level' : 'product';
      problems.push({ column, value: column === 'level' ? level! : name, code: r.code, message: r.message, candidates: r.candidates });
    } else {
      found = { slug: r.product.slug, name: r.product.name, level: r.level?.code ?? null };
    }
  }
  const count = countProblem(row.count, row.countText ?? String(row.count));
  if (count) problems.push(count);
  const note = noteProblem(row.note);
  if (note) problems.push(note);
  if (problems.length || !found) return { ok: false, problems };
  return { ok: true, row: { productSlug: found.slug, productName: found.name, levelCode: found.level, count: row.count, note: row.note?.trim() ?? null } };
}

/** A level of a known product as users type it ("SP1", "sp 1", "Service Pack 1"), matched as supportPhase matches it. */
export function findLevel(product: ProductRecord, typed: string): { ok: true; code: string } | { ok: false; problem: RowProblem } {
  const level = matchLevel(product, typed);
  if (!isProblem(level)) return { ok: true, code: level.code };
  return { ok: false, problem: { ...level, column: 'level', value: typed.trim().slice(0, 60) } };
}
