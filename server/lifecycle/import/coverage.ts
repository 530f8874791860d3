/**
 * Does one product row describe a release another source already has? Used by the merge to drop
 * endoflife.date and product-facts rows that Microsoft's data (or, for facts, endoflife.date) covers.
 *
 * A row is covered by a reference product when a name or alias of the row
 * 1. equals a name or alias of the reference product (search keys), and at least one date agrees
 *    (the same general availability, or the row's last day equals the product's mainstream or extended
 *    end or one of its levels' ends) — "Office 2013" is Microsoft's "Microsoft Office 2013", and
 *    endoflife.date's "Windows Server 2003" (ended 2007-04-10) is its original-release level; or
 * 2. is a reference product's name plus a level it has ("Windows 7 SP1", "Windows 10 Enterprise
 *    21H2"), or a level with exactly the row's start and end, and the level's start or end agrees (two
 *    open ends agree) — or plus the product's own version number with the product's GA and last day
 *    ("Visual Studio 2010 10.0"); or
 * 3. is contained, word for word, in the label of a level of a same-family product with exactly the
 *    row's start and end (".NET 6" in Microsoft's ".NET 6.0 (LTS)" of ".NET and .NET Core").
 * A name match alone is not enough: Windows Server Core 2019 (a container image) has Windows Server
 * 2019's dates but another name, and stays.
 */
import type { IsoDate } from '../../kernel/dates.js';
import type { LevelRecord, ProductRecord } from '../policy/lifecycleTypes.js';
import { levelKey, splitLevelSuffix } from '../catalogue/levelSuffix.js';
import { keyTokens, searchKey } from '../catalogue/searchKey.js';

export interface Coverage {
  by: ProductRecord;
  level: LevelRecord | null;
}

export type NameIndex = ReadonlyMap<string, readonly ProductRecord[]>;

/** Search key of every name and alias → products. */
export function nameIndex(products: readonly ProductRecord[]): NameIndex {
  const index = new Map<string, ProductRecord[]>();
  for (const p of products) {
    for (const key of new Set([p.name, ...p.aliases].map(searchKey))) {
      const list = index.get(key);
      if (!list) index.set(key, [p]);
      else list.push(p);
    }
  }
  return index;
}

export const lastDay = (p: ProductRecord): IsoDate | null => p.extendedEnd ?? p.mainstreamEnd ?? p.retirement;

function productDatesAgree(row: ProductRecord, ref: ProductRecord): boolean {
  const end = lastDay(row);
  return (row.generalAvailability !== null && row.generalAvailability === ref.generalAvailability)
    || (end !== null && (end === ref.extendedEnd || end === ref.mainstreamEnd || ref.levels.some((l) => l.end === end)));
}

/** Same GA and same last day: the row is the whole product under another version label. */
const sameProduct = (row: ProductRecord, ref: ProductRecord): boolean =>
  row.generalAvailability !== null && row.generalAvailability === ref.generalAvailability
  && lastDay(row) !== null && (lastDay(row) === ref.extendedEnd || lastDay(row) === ref.mainstreamEnd);

const sameSpan = (row: ProductRecord, l: LevelRecord): boolean =>
  row.generalAvailability !== null && l.start === row.generalAvailability && l.end === lastDay(row);

function levelFor(row: ProductRecord, ref: ProductRecord, wanted: string): LevelRecord | null {
  const level = ref.levels.find((l) => levelKey(l.code) === wanted) ?? ref.levels.find((l) => sameSpan(row, l));
  if (!level) return null;
  const end = lastDay(row);
  const byCode = levelKey(level.code) === wanted;
  return (row.generalAvailability !== null && level.start === row.generalAvailability) || level.end === end && (end !== null || byCode) ? level : null;
}

/** "6" ≡ "6.0" ≡ "6.0.0": a version written with or without trailing zeros. */
const versionless = (token: string): string => token.replace(/(\.0)+$/, '');

const tokens = (text: string): string[] => keyTokens(searchKey(text).replace(/\bservice pack\b/g, 'sp')).map(versionless);

function labelContains(label: string, name: string): boolean {
  const have = new Set(tokens(label));
  const want = tokens(name);
  return want.length > 1 && want.every((t) => have.has(t));
}

export function findCoverage(row: ProductRecord, index: NameIndex, reference: readonly ProductRecord[]): Coverage | null {
  for (const name of [row.name, ...row.aliases]) {
    const key = searchKey(name);
    const exact = (index.get(key) ?? []).find((ref) => productDatesAgree(row, ref));
    if (exact) return { by: exact, level: null };
    const split = splitLevelSuffix(key);
    if (!split) continue;
    for (const ref of index.get(split.baseKey) ?? []) {
      const level = levelFor(row, ref, split.levelKey);
      if (level || sameProduct(row, ref)) return { by: ref, level };
    }
  }
  for (const ref of reference) {
    if (ref.family !== row.family) continue;
    const level = ref.levels.find((l) => sameSpan(row, l) && labelContains(l.label, row.name));
    if (level) return { by: ref, level };
  }
  return null;
}
