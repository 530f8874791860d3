/**
 * Reads an estate CSV (header `product,level,count`, optional `note`; any column order) into the rows to
 * write, or every problem found — all rows are checked, so one upload shows every mistake at once with
 * its row number (the header is row 1, as a spreadsheet shows it), column, value and "did you mean"
 * candidates. Rows naming the same product and level are added up (inventories often list one row per
 * site). Pure apart from the catalogue lookup; writing is the caller's, all or nothing.
 */
import type { Catalogue } from '../../lifecycle/catalogue/catalogue.js';
import type { IsoDate } from '../../kernel/dates.js';
import { parseCsv } from './csv.js';
import { checkEstateRow, countProblem, type CheckedRow, type RowProblem } from '../estateRow.js';
import { LIMITS } from '../../kernel/limits.js';


export interface CsvRowError extends Omit<RowProblem, 'column'> {
  row: number;
  column: string;
}

export interface PlannedItem extends CheckedRow {
  rows: number[];
}

export interface EstateCsvPlan {
  /** Data rows read (the header not counted). */
  rowCount: number;
  items: PlannedItem[];
  errors: CsvRowError[];
}

const COLUMNS = ['product', 'level', 'count', 'note'] as const;
type Column = (typeof COLUMNS)[number];

/** Size limits first, so an oversized upload is refused before it is read. */
export function csvSizeProblem(csv: string): string | null {
  const bytes = Buffer.byteLength(csv, 'utf8');
  if (bytes > LIMITS.maxCsvBytes) return `The CSV is ${bytes} bytes; at most ${LIMITS.maxCsvBytes} bytes (${LIMITS.maxCsvRows} rows) per upload`;
  return null;
}

function header(fields: string[]): { columns: Map<Column, number>; errors: CsvRowError[] } {
  const columns = new Map<Column, number>();
  const errors: CsvRowError[] = [];
  const fail = (value: string, message: string) => errors.push({ row: 1, column: 'header', value, code: 'BAD_USER_INPUT', message, candidates: [...COLUMNS] });
  fields.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    if (!(COLUMNS as readonly string[]).includes(name)) return fail(raw, `Unknown column '${raw.slice(0, 40)}': the header is product,level,count (note optional)`);
    if (columns.has(name as Column)) return fail(raw, `Column '${name}' appears twice`);
    columns.set(name as Column, i);
  });
  for (const required of ['product', 'count'] as const) if (!columns.has(required)) fail(fields.join(','), `The header has no '${required}' column: it must be product,level,count (note optional)`);
  return { columns, errors };
}

/** The plan, one step per data row (planEstateCsv runs it at once, planEstateCsvInTurns in turns). */
function* planSteps(csv: string, catalogue: Catalogue, today: IsoDate): Generator<void, EstateCsvPlan> {
  const parsed = parseCsv(csv);
  if (!parsed.ok) return { rowCount: 0, items: [], errors: [{ row: parsed.row, column: '', value: '', code: 'BAD_USER_INPUT', message: parsed.message, candidates: [] }] };
  const [head, ...rows] = parsed.records;
  if (!head) return { rowCount: 0, items: [], errors: [{ row: 1, column: 'header', value: '', code: 'BAD_USER_INPUT', message: 'The CSV is empty: the first row must be the header product,level,count', candidates: [] }] };
  if (rows.length > LIMITS.maxCsvRows) return { rowCount: rows.length, items: [], errors: [{ row: rows[LIMITS.maxCsvRows]!.row, column: '', value: '', code: 'TOO_MANY_ITEMS', message: `At most ${LIMITS.maxCsvRows} rows per upload; this CSV has ${rows.length}`, candidates: [] }] };
  const { columns, errors } = header(head.fields);
  if (errors.length) return { rowCount: rows.length, items: [], errors };

  const cell = (fields: string[], c: Column) => (columns.has(c) ? (fields[columns.get(c)!] ?? '') : '');
  const items = new Map<string, PlannedItem>();
  for (const { row, fields } of rows) {
    yield;
    if (fields.length > head.fields.length) {
      errors.push({ row, column: '', value: fields.slice(head.fields.length).join(',').slice(0, 60), code: 'BAD_USER_INPUT', message: `row ${row} has ${fields.length} fields, the header ${head.fields.length} (quote a name that contains the delimiter)`, candidates: [] });
      continue;
    }
    const countText = cell(fields, 'count').trim();
    const count = /^\d{1,7}$/.test(countText) ? Number(countText) : NaN;
    const note = cell(fields, 'note').trim();
    const checked = checkEstateRow(catalogue, { product: cell(fields, 'product'), level: cell(fields, 'level'), count, countText, note: note || null }, today);
    if (!checked.ok) {
      for (const p of checked.problems) errors.push({ ...p, row });
      continue;
    }
    const key = `${checked.row.productSlug}\u0000${checked.row.levelCode ?? ''}`;
    const same = items.get(key);
    if (!same) {
      items.set(key, { ...checked.row, rows: [row] });
      continue;
    }
    same.rows.push(row);
    same.count += checked.row.count;
    same.note ??= checked.row.note;
    const total = countProblem(same.count);
    if (total && same.count > LIMITS.maxCount) errors.push({ ...total, row, message: `rows ${same.rows.join(', ')} add up to more than ${LIMITS.maxCount.toLocaleString('en')} for ${same.productName}` });
  }
  return { rowCount: rows.length, items: errors.length ? [] : [...items.values()], errors };
}

export function planEstateCsv(csv: string, catalogue: Catalogue, today: IsoDate): EstateCsvPlan {
  const steps = planSteps(csv, catalogue, today);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** planEstateCsv with `pause` (a turn of the event loop) every `rowsPerTurn` rows: 5,000 rows never hold the loop. */
export async function planEstateCsvInTurns(csv: string, catalogue: Catalogue, today: IsoDate, pause: () => Promise<void>, rowsPerTurn = 50): Promise<EstateCsvPlan> {
  const steps = planSteps(csv, catalogue, today);
  for (let n = 1; ; n++) {
    const step = steps.next();
    if (step.done) return step.value;
    if (n % rowsPerTurn === 0) await pause();
  }
}
