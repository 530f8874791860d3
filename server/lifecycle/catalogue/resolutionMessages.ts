/**
 * The failure answers of Catalogue.resolve, worded for a procurement user reading a spreadsheet cell:
 * what was not understood, and what to type instead (candidates: display names, best first, ≤ 5).
 */
import type { LevelRecord, ProductRecord } from '../policy/lifecycleTypes.js';
import type { Resolution } from './catalogue.js';
import { normaliseWhitespace } from './englishName.js';

type Failure = Extract<Resolution, { ok: false }>;

const MAX_CANDIDATES = 5;

/** The query as shown back: whitespace normalised, control characters dropped, at most 60 characters. */
export function shown(query: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = normaliseWhitespace(query.replace(/[\u0000-\u001f\u007f]/g, ' '));
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}

/** Display names; a name shared by several products gets its slug so the user can tell them apart. */
function displayNames(products: readonly ProductRecord[]): string[] {
  return products.map((p) => (products.some((q) => q !== p && q.name === p.name) ? `${p.name} (${p.slug})` : p.name));
}

export function notFound(query: string, suggestions: readonly ProductRecord[], why?: string): Failure {
  const candidates = displayNames(suggestions).slice(0, MAX_CANDIDATES);
  const text = shown(query);
  const message = why
    ? `Not a product name (${why}): '${text}'`
    : candidates.length > 0
      ? `Unknown product '${text}' — did you mean ${candidates[0]}?`
      : `Unknown product '${text}' — no similar product in the catalogue.`;
  return { ok: false, code: 'PRODUCT_NOT_FOUND', message, candidates };
}

/** Products in the order given (closest first: the caller ranks them). */
export function ambiguous(query: string, products: readonly ProductRecord[]): Failure {
  return ambiguousNames(query, displayNames(products));
}

/** Candidates as names (a product with its level where a level was meant: "Windows 7 SP1"), closest first. */
export function ambiguousNames(query: string, names: readonly string[]): Failure {
  const unique = [...new Set(names)];
  const more = unique.length > MAX_CANDIDATES ? ` and ${unique.length - MAX_CANDIDATES} more` : '';
  return {
    ok: false,
    code: 'PRODUCT_AMBIGUOUS',
    message: `'${shown(query)}' matches several products: ${unique.slice(0, MAX_CANDIDATES).join(', ')}${more}. Please give the full name.`,
    candidates: unique.slice(0, MAX_CANDIDATES),
  };
}

/** An OS build the build table does not know, beside the name of a product that is known. */
export function buildNotKnown(product: ProductRecord, build: string): Failure {
  const levels = product.levels.map((l) => l.code);
  return {
    ok: false,
    code: 'LEVEL_NOT_FOUND',
    message: `${product.name}: build ${build} is not a Windows build the catalogue knows${levels.length ? ` — its levels are ${levels.join(', ')}` : ''}.`,
    candidates: [product.name, ...levels.slice(-4).map((c) => `${product.name} ${c}`)].slice(0, MAX_CANDIDATES),
  };
}

/**
 * `levelKey` is the search key of the requested level ("sp 9"). Candidates: "<product> <level>" for
 * the product's levels, those of the same kind first (SP9 → the service packs), then the closest code.
 */
export function levelNotFound(product: ProductRecord, levelKey: string, distance: (a: string, b: string) => number): Failure {
  const asked = levelKey.toUpperCase().replace(/ /g, '');
  const kindOf = (code: string): string => code.replace(/[\d.]+[A-Z]?$/, '');
  const rank = (l: LevelRecord): number => (kindOf(l.code) === kindOf(asked) ? 0 : 1000) + distance(l.code, asked);
  const levels = [...product.levels].sort((a, b) => rank(a) - rank(b) || a.ordinal - b.ordinal);
  const all = product.levels.map((l) => l.code).join(', ');
  return {
    ok: false,
    code: 'LEVEL_NOT_FOUND',
    message: product.levels.length > 0
      ? `${product.name} has no level '${asked}' — its levels are ${all}.`
      : `${product.name} has no level '${asked}' — the catalogue records no levels for it; ask without a level.`,
    candidates: levels.slice(0, MAX_CANDIDATES).map((l) => `${product.name} ${l.code}`),
  };
}

/** An unknown name answered without a suggestion search: the request spent its budget of them. */
export function notFoundUnsuggested(query: string, limit: number): Failure {
  return {
    ok: false,
    code: 'PRODUCT_NOT_FOUND',
    message: `Unknown product '${shown(query)}' — no suggestions: this request already asked for ${limit} (the most one request gets); ask again for this name alone to get them.`,
    candidates: [],
  };
}
