/**
 * seed/lifecycle/esu-years.json → the yearly ESU levels of products whose sources give one ESU range
 * over several paid years. A product's single ESU range is replaced by the listed years only when they
 * cover it exactly (first start = range start, last end = range end) and follow one another day by
 * day; otherwise the range stays and the reason is reported. Each applied entry becomes a note with its
 * confidence (the seed catalogue lists notes beside the products, like the product facts').
 */
import { addDays, isIsoDate } from '../../kernel/dates.js';
import type { LevelRecord, ProductRecord } from '../policy/lifecycleTypes.js';
import type { Skipped } from './convertMicrosoft.js';
import { cleanLabel, levelCode } from './levels.js';
import type { FactsNote } from './productFacts.js';

interface EsuYearsEntry {
  name: string;
  releases: { version: string; start: string; end: string }[];
  sources: string[];
  confidence: string;
}

export interface EsuYearsResult {
  products: ProductRecord[];
  notes: FactsNote[];
  problems: Skipped[];
}

function entriesOf(raw: unknown): EsuYearsEntry[] {
  const list = (raw as { products?: unknown } | null)?.products;
  if (!Array.isArray(list)) throw new Error('ESU years must be an object with a "products" array');
  return list as EsuYearsEntry[];
}

/** The yearly levels of one entry, or why they do not fit `range`. */
function yearsFor(entry: EsuYearsEntry, range: LevelRecord, firstOrdinal: number): LevelRecord[] | string {
  const years = entry.releases;
  if (years.length < 2) return 'fewer than two years listed';
  if (!years.every((y) => isIsoDate(y.start) && isIsoDate(y.end) && y.start <= y.end)) return 'a year without valid dates';
  if (years[0]!.start !== range.start || years.at(-1)!.end !== range.end) return `the years do not cover the range ${range.start} – ${range.end}`;
  for (let i = 1; i < years.length; i++) if (years[i]!.start !== addDays(years[i - 1]!.end, 1)) return `year ${i + 1} does not start the day after year ${i} ends`;
  return years.map((y, i) => {
    const { code, kind } = levelCode(y.version, entry.name);
    if (kind !== 'ESU') throw new Error(`${entry.name}: '${y.version}' is not an ESU year label`);
    return { code, label: cleanLabel(y.version), kind, ordinal: firstOrdinal + i, start: y.start, end: y.end };
  });
}

export function applyEsuYears(products: readonly ProductRecord[], raw: unknown): EsuYearsResult {
  const notes: FactsNote[] = [];
  const problems: Skipped[] = [];
  const byName = new Map<string, EsuYearsEntry>(entriesOf(raw).map((e) => [e.name, e]));
  const out = products.map((p) => {
    const entry = byName.get(p.name);
    if (!entry) return p;
    byName.delete(p.name);
    const ranges = p.levels.filter((l) => l.kind === 'ESU');
    if (ranges.length !== 1 || ranges[0]!.code !== 'ESU') {
      problems.push({ id: p.slug, reason: `ESU years not applied: the product has ${ranges.length === 1 ? `the level ${ranges[0]!.code}` : `${ranges.length} ESU levels`}, not one ESU range` });
      return p;
    }
    const range = ranges[0]!;
    const kept = p.levels.filter((l) => l !== range);
    const years = yearsFor(entry, range, kept.length);
    if (typeof years === 'string') {
      problems.push({ id: p.slug, reason: `ESU years not applied: ${years}` });
      return p;
    }
    notes.push({ slug: p.slug, note: `ESU years ${years.map((y) => `${y.code} ${y.start} – ${y.end}`).join(', ')}: confidence ${entry.confidence}; sources: ${entry.sources.join('; ')}` });
    return { ...p, levels: [...kept.map((l, i) => ({ ...l, ordinal: i })), ...years] };
  });
  for (const name of byName.keys()) problems.push({ id: name, reason: 'ESU years not applied: no catalogue product has this name' });
  return { products: out, notes, problems };
}
