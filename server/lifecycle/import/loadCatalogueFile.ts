/**
 * Reads any lifecycle file the gateway accepts, detecting its format from its shape: the project's own
 * catalogue (seed/lifecycle/catalogue.json), Microsoft's lifecycle JSON, endoflife.date's JSON or
 * product-facts.json. Pure: the caller reads the file and parses the JSON.
 */
import type { ProductRecord } from '../policy/lifecycleTypes.js';
import { isIsoDate } from '../../kernel/dates.js';
import { convertEndoflife } from './convertEndoflife.js';
import { convertMicrosoft } from './convertMicrosoft.js';
import type { Skipped } from './convertMicrosoft.js';
import { applyEsuYears } from './esuYears.js';
import { mergeCatalogue } from './merge.js';
import { convertFacts } from './productFacts.js';
import type { FactsNote } from './productFacts.js';

export const CATALOGUE_FORMAT = 'entitlement-gateway/catalogue@1';

export type CatalogueFileFormat = 'catalogue' | 'microsoft' | 'endoflife' | 'facts';

export interface ConvertedFile {
  format: CatalogueFileFormat;
  products: ProductRecord[];
  skipped: Skipped[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const dateOrNull = (v: unknown): boolean => v === null || isIsoDate(v);

/** Shape check of a catalogue row (the file may have been edited by hand). */
export function isProductRecord(v: unknown): v is ProductRecord {
  if (!isObject(v)) return false;
  return typeof v.slug === 'string' && v.slug !== '' && typeof v.name === 'string' && v.name !== ''
    && Array.isArray(v.aliases) && v.aliases.every((a) => typeof a === 'string')
    && typeof v.family === 'string' && typeof v.policy === 'string' && typeof v.category === 'string'
    && typeof v.spFamily === 'string' && typeof v.source === 'string'
    && dateOrNull(v.generalAvailability) && dateOrNull(v.mainstreamEnd) && dateOrNull(v.extendedEnd) && dateOrNull(v.retirement)
    && Array.isArray(v.levels) && v.levels.every((l) => isObject(l) && typeof l.code === 'string' && dateOrNull(l.start) && dateOrNull(l.end));
}

export function detectFormat(raw: unknown): CatalogueFileFormat | null {
  if (Array.isArray(raw)) {
    return raw.length > 0 && raw.every((r) => isObject(r) && typeof r.product === 'string' && 'cycle' in r) ? 'endoflife' : null;
  }
  if (!isObject(raw)) return null;
  if (raw.format === CATALOGUE_FORMAT && Array.isArray(raw.products)) return 'catalogue';
  if (Array.isArray(raw.products) && raw.products.length > 0 && raw.products.every((p) => isObject(p) && typeof p.name === 'string')) return 'facts';
  const rows = Object.values(raw);
  if (rows.length > 0 && rows.every((r) => isObject(r) && 'policyType' in r && 'releases' in r)) return 'microsoft';
  return null;
}

function fromCatalogue(raw: Record<string, unknown>): ConvertedFile {
  const products: ProductRecord[] = [];
  const skipped: Skipped[] = [];
  for (const row of raw.products as unknown[]) {
    if (isProductRecord(row)) products.push(row);
    else skipped.push({ id: isObject(row) && typeof row.slug === 'string' ? row.slug : '(unnamed row)', reason: 'not a valid catalogue product' });
  }
  return { format: 'catalogue', products, skipped };
}

/** Converts a parsed lifecycle file; throws an Error naming the file when the format is unknown. */
export function convertAny(raw: unknown, fileName: string): ConvertedFile {
  const format = detectFormat(raw);
  switch (format) {
    case 'catalogue': return fromCatalogue(raw as Record<string, unknown>);
    case 'microsoft': return { format, ...convertMicrosoft(raw) };
    case 'endoflife': return { format, ...convertEndoflife(raw) };
    case 'facts': {
      const { products, skipped } = convertFacts(raw);
      return { format, products, skipped };
    }
    default:
      throw new Error(`${fileName}: unrecognised lifecycle file — expected a gateway catalogue (format "${CATALOGUE_FORMAT}"), `
        + 'Microsoft lifecycle data (an object keyed by slug), endoflife.date release cycles (an array) or product facts ({"products": […]})');
  }
}

/**
 * The seed catalogue: all three sources converted and merged (merge.ts), then the yearly ESU levels of
 * esu-years.json where they apply (esuYears.ts; its notes join the facts' confidence notes).
 */
export function buildSeedCatalogue(ms: unknown, eol: unknown, facts: unknown, esuYears?: unknown): { products: ProductRecord[]; skipped: Skipped[]; notes: FactsNote[] } {
  const microsoft = convertMicrosoft(ms);
  const endoflife = convertEndoflife(eol);
  const productFacts = convertFacts(facts);
  const merged = mergeCatalogue(microsoft.products, endoflife.products, productFacts.products);
  const years = esuYears === undefined ? { products: merged.products, notes: [], problems: [] } : applyEsuYears(merged.products, esuYears);
  const kept = new Set(years.products.map((p) => p.slug));
  return {
    products: years.products,
    skipped: [...microsoft.skipped, ...endoflife.skipped, ...productFacts.skipped, ...merged.skipped, ...years.problems],
    notes: [...productFacts.notes.filter((n) => kept.has(n.slug)), ...years.notes],
  };
}
