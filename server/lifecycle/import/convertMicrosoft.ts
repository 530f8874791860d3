/**
 * Microsoft's lifecycle data (seed/lifecycle/microsoft-lifecycle-2023-01.json: an object keyed by
 * slug) → catalogue products. Dates are published calendar dates (US Pacific days), stored as given.
 */
import { isIsoDate } from '../../kernel/dates.js';
import type { IsoDate } from '../../kernel/dates.js';
import type { ProductRecord } from '../policy/lifecycleTypes.js';
import { aliasesFor } from './aliases.js';
import { categoryFor, familyFor, policyFromMicrosoft, spFamilyFor } from './classify.js';
import { englishName } from '../catalogue/englishName.js';
import { toLevels } from './levels.js';
import type { ReleaseRow } from './levels.js';

export interface Skipped {
  id: string;
  reason: string;
}

export interface Converted {
  products: ProductRecord[];
  skipped: Skipped[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const dateOrNull = (v: unknown): IsoDate | null => (isIsoDate(v) ? v : null);

function releasesOf(raw: unknown): ReleaseRow[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((r): r is ReleaseRow => isObject(r) && typeof r.version === 'string');
}

/** Converts one row; a string is the reason it cannot be used. */
export function convertMicrosoftRow(slug: string, row: unknown): ProductRecord | string {
  if (!isObject(row) || typeof row.name !== 'string') return 'malformed row: no name';
  const policy = policyFromMicrosoft(row.policyType);
  if (policy === null) return `unknown policyType ${JSON.stringify(row.policyType)}`;
  const { name, germanName } = englishName(slug, row.name);
  if (name === '') return 'malformed row: empty name';
  const levels = toLevels(releasesOf(row.releases), name);
  const generalAvailability = dateOrNull(row.start);
  const mainstreamEnd = dateOrNull(row.mainstreamEnd);
  const extendedEnd = dateOrNull(row.extendedEnd);
  const hasLevelDates = levels.some((l) => l.start !== null || l.end !== null);
  if (!generalAvailability && !mainstreamEnd && !extendedEnd && !isIsoDate(row.retirement) && !hasLevelDates) {
    return 'no dates at all';
  }
  // Microsoft's Modern and Online pages publish a single end ("retirement") date; this data carries it
  // in mainstreamEnd and leaves `retirement` empty. Mirror it into `retirement` so a MODERN/ONLINE row
  // answers its retirement without the engine knowing the data's quirk; mainstreamEnd stays published.
  const retirement = dateOrNull(row.retirement) ?? (policy === 'MODERN' || policy === 'ONLINE' ? mainstreamEnd : null);
  const families = Array.isArray(row.families) ? row.families.filter((f): f is string => typeof f === 'string') : [];
  const family = familyFor(families, name);
  const category = categoryFor({ name, family, policy, hasExtendedEnd: extendedEnd !== null });
  return {
    slug,
    name,
    // The German name is kept as it is, never rewritten by the English alias rules (aliases.ts).
    aliases: aliasesFor(name, [], germanName ? [germanName] : []),
    family,
    policy,
    category,
    spFamily: spFamilyFor(family, name, category),
    generalAvailability,
    mainstreamEnd,
    extendedEnd,
    retirement,
    levels,
    source: 'MICROSOFT_LIFECYCLE',
  };
}

/** Whole file → products in slug order, plus the rows that could not be used and why. */
export function convertMicrosoft(raw: unknown): Converted {
  if (!isObject(raw)) throw new Error('Microsoft lifecycle data must be an object keyed by slug');
  const products: ProductRecord[] = [];
  const skipped: Skipped[] = [];
  for (const slug of Object.keys(raw).sort()) {
    const result = convertMicrosoftRow(slug, raw[slug]);
    if (typeof result === 'string') skipped.push({ id: slug, reason: result });
    else products.push(result);
  }
  return { products, skipped };
}
