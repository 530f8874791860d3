/**
 * The abbreviations admins type and the other names of a product (former names, Microsoft's short names), as data
 * (seed/lifecycle/name-abbreviations.json, each entry with its source). Two uses:
 * - at import, `aliasForms` gives the short forms that become aliases of a product whose name contains
 *   the long form ("System Center Configuration Manager 2007" → "SCCM 2007"), and `otherNamesOf` the
 *   other names kept as aliases (the former name "Office 365 ProPlus" of Microsoft 365 Apps);
 * - when a name does not resolve as written, `expansions` reads its abbreviations as their long forms
 *   ("WS2016" → "windows server 2016", "SCCM 2012 R2" → "system center configuration manager 2012 r 2").
 */
import data from '../../../seed/lifecycle/name-abbreviations.json' with { type: 'json' };
import { keyTokens, searchKey } from './searchKey.js';

export interface Abbreviation {
  short: string;
  long: string[];
  /** Long forms whose occurrence in a product name gives the product an alias with the short form. */
  alias?: string[];
  /** Only as the first word of a name ("SP2016" is SharePoint; "Office 2016 SP2" is a service pack). */
  start?: boolean;
  kind: 'microsoft' | 'shorthand';
  sources: string[];
}

export interface OtherNames {
  product: string;
  names: string[];
  kind: 'microsoft' | 'shorthand';
  sources: string[];
}

export const ABBREVIATIONS: readonly Abbreviation[] = (data as { abbreviations: Abbreviation[] }).abbreviations;
export const OTHER_NAMES: readonly OtherNames[] = (data as { otherNames: OtherNames[] }).otherNames;

/** [long form, short form] pairs for alias generation, in file order. */
export function aliasForms(): ReadonlyArray<readonly [string, string]> {
  return ABBREVIATIONS.flatMap((a) => (a.alias ?? []).map((long) => [long, a.short] as const));
}

const formerByName = new Map<string, string[]>();
for (const f of OTHER_NAMES) formerByName.set(f.product.toLowerCase(), [...(formerByName.get(f.product.toLowerCase()) ?? []), ...f.names]);

/** Other names (former names, the short names Microsoft uses) of the product with this display name (case-insensitive), for its aliases. */
export function otherNamesOf(name: string): readonly string[] {
  return formerByName.get(name.toLowerCase()) ?? [];
}

interface Rule {
  short: string[];
  long: string[][];
  start: boolean;
}

// Longest short form first, so "d 365 bc" wins over "d 365", and "2 k 8" over "2 k".
const RULES: readonly Rule[] = ABBREVIATIONS.map((a) => ({ short: keyTokens(searchKey(a.short)), long: a.long.map((l) => keyTokens(searchKey(l))), start: a.start === true }))
  .filter((r) => r.short.length > 0)
  .sort((a, b) => b.short.length - a.short.length);

const FIRST_TOKENS = new Set(RULES.map((r) => r.short[0]!));

/** Every token of every short and long form (the typo corrector must not "correct" them). */
export function abbreviationWords(): string[] {
  return [...new Set(RULES.flatMap((r) => [...r.short, ...r.long.flat()]))];
}

const MAX_VARIANTS = 8;

/**
 * The token lists a name stands for when its abbreviations are read as their long forms, left to right,
 * the longest short form at each position; a short form with several long forms ("SCCM") gives one
 * variant per long form (at most 8 in all). Empty when the name has no abbreviation.
 */
export function expansions(tokens: readonly string[]): string[][] {
  if (!tokens.some((t) => FIRST_TOKENS.has(t))) return [];
  let variants: string[][] = [[]];
  let used = false;
  for (let i = 0; i < tokens.length; ) {
    const rule = FIRST_TOKENS.has(tokens[i]!)
      ? RULES.find((r) => (!r.start || i === 0) && r.short.every((t, j) => tokens[i + j] === t))
      : undefined;
    if (!rule) {
      for (const v of variants) v.push(tokens[i]!);
      i += 1;
      continue;
    }
    used = true;
    variants = variants.flatMap((v) => rule.long.map((l) => [...v, ...l])).slice(0, MAX_VARIANTS);
    i += rule.short.length;
  }
  return used ? variants : [];
}
