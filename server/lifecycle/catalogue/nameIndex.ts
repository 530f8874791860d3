/**
 * Every lookup structure name resolution needs, built once per catalogue version (a new import brings a
 * new index): names, aliases and slugs by search key; every key sorted, for "starts with" lookups by
 * binary search; names and aliases as bags of words (bagKey.ts);
 * and, built on first use, each product's levels by level key, the suggestion index (first unknown name)
 * and the typo index (first misspelt name; typos.ts). Built lazily because a large catalogue's start-up
 * is this constructor, and most of it is never asked for.
 */
import type { LevelRecord, ProductRecord } from '../policy/lifecycleTypes.js';
import { abbreviationWords } from './abbreviations.js';
import { bagOf, type Bag } from './bagKey.js';
import { levelKey } from './levelSuffix.js';
import { EDITION_WORDS } from './nameWords.js';
import { isTokenPrefix, keyTokens, searchKey } from './searchKey.js';
import { suggestIndex, type SuggestIndex } from './suggest.js';
import { TypoIndex } from './typos.js';

export interface BagEntry {
  product: ProductRecord;
  /** The edition words of this name or alias ("Windows 10 Home and Pro" → home, pro). */
  editions: ReadonlySet<string>;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Bag entries that fit the typed edition words, best first, one per product. */
export interface BagPick {
  products: ProductRecord[];
  /** True when the chosen names' edition words are not exactly the typed ones. */
  editionsDiffer: boolean;
}

export class NameIndex {
  readonly products: readonly ProductRecord[];
  readonly bySlug = new Map<string, ProductRecord>();
  readonly #byName = new Map<string, ProductRecord[]>();
  readonly #byAlias = new Map<string, ProductRecord[]>();
  /** The keys of products[i], at i (an array, not a map keyed by record: 100,000 identity hashes cost). */
  readonly #keys: (readonly string[])[] = [];
  readonly #askedKeys = new Map<ProductRecord, readonly string[]>();
  readonly #levels = new Map<ProductRecord, Map<string, LevelRecord>>();
  /** Every [key, product], sorted by key, for prefix lookups by binary search. */
  readonly #sortedKeys: [string, ProductRecord][] = [];
  readonly #bags = new Map<string, BagEntry[]>();
  #suggest: SuggestIndex<ProductRecord> | null = null;
  #typos: TypoIndex | null = null;

  constructor(products: readonly ProductRecord[]) {
    this.products = [...products];
    for (const p of this.products) {
      this.bySlug.set(p.slug, p);
      const nameKey = searchKey(p.name);
      addTo(this.#byName, nameKey, p);
      // Each text is keyed once (searchKey is most of the build of a large catalogue).
      const aliasKeys = p.aliases.length === 0 ? NO_KEYS : p.aliases.map(searchKey);
      const keys = distinct([nameKey, ...aliasKeys, searchKey(p.slug)]);
      for (const key of keys) {
        if (key !== nameKey) addTo(this.#byAlias, key, p);
        this.#sortedKeys.push([key, p]);
      }
      for (const name of aliasKeys.length === 0 ? [nameKey] : distinct([nameKey, ...aliasKeys])) {
        if (!name) continue;
        const bag = bagOf(keyTokens(name));
        // Most names have no edition words: one shared empty set, not one per name.
        const editions = bag.editions.size === 0 ? NO_EDITIONS : bag.editions;
        const list = this.#bags.get(bag.key);
        if (!list) this.#bags.set(bag.key, [{ product: p, editions }]);
        else if (!list.some((e) => e.product === p && sameSet(e.editions, editions))) list.push({ product: p, editions });
      }
      this.#keys.push(keys);
    }
    this.#sortedKeys.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  /** The suggestion index, built on the first unknown name (known names never need it). */
  get suggest(): SuggestIndex<ProductRecord> {
    if (!this.#suggest) {
      const all = new Map<string, ProductRecord[]>();
      this.products.forEach((p, i) => {
        for (const key of this.#keys[i]!) addTo(all, key, p);
      });
      this.#suggest = suggestIndex(all);
    }
    return this.#suggest;
  }

  /** The name, alias and slug keys of products[i]. */
  keysAt(i: number): readonly string[] {
    return this.#keys[i]!;
  }

  /** The name, alias and slug keys of one product: computed again for the few products asked, and kept. */
  keysOf(product: ProductRecord): readonly string[] {
    let keys = this.#askedKeys.get(product);
    if (!keys) this.#askedKeys.set(product, (keys = productKeys(product)));
    return keys;
  }

  /** Products a key names exactly: by name first, else by alias or slug; `byName` says which. */
  exact(key: string): { products: readonly ProductRecord[]; byName: boolean } {
    const named = this.#byName.get(key);
    if (named) return { products: named, byName: true };
    // A slug is found among the aliases (every key but the name is one); no second index of slugs.
    const aliased = this.#byAlias.get(key) ?? [];
    return { products: aliased, byName: aliased.length === 1 && searchKey(aliased[0]!.slug) === key };
  }

  /** A product's level by level key ("sp 1", "21 h 2", "3.5 sp 1": "service pack" is "sp"). */
  level(product: ProductRecord, key: string): LevelRecord | undefined {
    // Built per product on its first level lookup: most products of a large catalogue are never asked for a level.
    let levels = this.#levels.get(product);
    if (!levels) this.#levels.set(product, (levels = new Map(product.levels.map((l) => [spKey(levelKey(l.code)), l]))));
    return levels.get(spKey(key));
  }

  /** Products with a name, alias or slug that starts with `key` followed by more words. */
  startingWith(key: string): ProductRecord[] {
    const out: ProductRecord[] = [];
    for (const [k, p] of this.#keysFrom(`${key} `)) {
      if (!isTokenPrefix(key, k)) break;
      if (!out.includes(p)) out.push(p);
    }
    return out;
  }

  /** Keys that start with `prefix` (any characters after it), with their products, in key order. */
  *#keysFrom(prefix: string): Generator<[string, ProductRecord]> {
    let lo = 0;
    let hi = this.#sortedKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#sortedKeys[mid]![0] < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.#sortedKeys.length; i++) yield this.#sortedKeys[i]!;
  }

  /** Products whose key starts with `prefix` literally ("powershell 7." → PowerShell 7.3, 7.4 …). */
  keysStartingWith(prefix: string): ProductRecord[] {
    const out: ProductRecord[] = [];
    for (const [k, p] of this.#keysFrom(prefix)) {
      if (!k.startsWith(prefix)) break;
      if (!out.includes(p)) out.push(p);
    }
    return out;
  }

  /** Does some product's name continue `key` with a year ("windows server" → "windows server 2016")? */
  hasYearSiblings(key: string): boolean {
    for (const [k] of this.#keysFrom(`${key} `)) {
      if (!isTokenPrefix(key, k)) return false;
      if (/^(19|20)\d\d\b/.test(k.slice(key.length + 1))) return true;
    }
    return false;
  }

  /**
   * The products whose names share the typed bag of words, chosen by the typed edition words: a name
   * without edition words fits any; a name with edition words fits when it shares one of the typed
   * ones, or when none is typed. The names sharing the most typed edition words win.
   */
  bag(bag: Bag): BagPick {
    const entries = this.#bags.get(bag.key);
    if (!entries || bag.key === '') return { products: [], editionsDiffer: false };
    const best = new Map<ProductRecord, { score: number; exact: boolean }>();
    for (const e of entries) {
      let score = 0;
      if (e.editions.size > 0 && bag.editions.size > 0) {
        for (const w of bag.editions) if (e.editions.has(w)) score += 1;
        if (score === 0) continue;
      }
      const exact = sameSet(e.editions, bag.editions);
      const prior = best.get(e.product);
      if (!prior || score > prior.score || (score === prior.score && exact && !prior.exact)) best.set(e.product, { score, exact });
    }
    const top = Math.max(-1, ...[...best.values()].map((b) => b.score));
    const products = [...best.entries()].filter(([, b]) => b.score === top).map(([p]) => p);
    return { products, editionsDiffer: products.some((p) => !best.get(p)!.exact) };
  }

  /** The typo index, built on first use (most catalogues answer only known names). */
  get typos(): TypoIndex {
    if (!this.#typos) {
      const words = new Set<string>([...abbreviationWords(), ...EDITION_WORDS]);
      for (const keys of this.#keys) for (const k of keys) for (const t of keyTokens(k)) words.add(t);
      this.#typos = new TypoIndex(words);
    }
    return this.#typos;
  }
}

const NO_KEYS: readonly string[] = [];
const NO_EDITIONS: ReadonlySet<string> = new Set();

/** A product's name, alias and slug keys, each once, in that order. */
const productKeys = (p: ProductRecord): string[] => distinct([searchKey(p.name), ...p.aliases.map(searchKey), searchKey(p.slug)]);

/** The non-empty keys, each once, in first-seen order. */
function distinct(keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const k of keys) if (k !== '' && !out.includes(k)) out.push(k);
  return out;
}

const spKey = (key: string): string => key.replace(/\bservice pack\b/g, 'sp');

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
