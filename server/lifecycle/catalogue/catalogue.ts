/**
 * The in-memory product catalogue: resolves what users type ("win 7", "SQL Server 2016 SP2",
 * "Exchange 2016") to a product and level, and filters products for listings. Built once per catalogue
 * version; every lookup structure is made in the constructor, and `resolve` (the hot path for
 * spreadsheets of 10,000 rows) is a cache hit or a few Map lookups for any known name.
 *
 * Resolution order, first that answers:
 * 1. exact name, alias or slug (search keys, searchKey.ts); a name beats an alias; several products
 *    with the same name (or, without a name match, the same alias) → PRODUCT_AMBIGUOUS;
 * 2. the same without a leading "Microsoft ";
 * 3. a trailing level ("SP2", "Service Pack 2", "RTM", "ESU Year 1", "21H2", "16.11", "Update 5") split
 *    off and the rest matched exactly → the level, or LEVEL_NOT_FOUND listing the product's levels
 *    (unless the whole query starts a longer product name: "Windows 10 Enterprise 2016 …");
 * 4. the query as the start of longer names ("Windows 10" → many editions): one product → it, several
 *    → PRODUCT_AMBIGUOUS; with a level, only products that have it count;
 * 5. steps 1–3 again without edition words ("Windows 7 Professional SP1", editionWords.ts);
 * 6. PRODUCT_NOT_FOUND with the closest names (suggest.ts), for the product part when a level parses.
 */
import type { IsoDate } from '../../kernel/dates.js';
import type { LevelRecord, LifecyclePolicy, ProductRecord } from '../policy/lifecycleTypes.js';
import { levelKey, splitLevelSuffix } from './levelSuffix.js';
import { isTokenPrefix, searchKey } from './searchKey.js';
import { boundedEditDistance, suggest, suggestIndex } from './suggest.js';
import type { SuggestIndex } from './suggest.js';
import { editionVariants } from './editionWords.js';
import { ambiguous, levelNotFound, notFound, notFoundUnsuggested } from './resolutionMessages.js';
import type { WorkBudget } from '../../kernel/workBudget.js';
import { LIMITS } from '../../kernel/limits.js';
import { normaliseName } from '../../kernel/text.js';

export type Resolution =
  | { ok: true; product: ProductRecord; levelCode: string | null }
  | { ok: false; code: 'PRODUCT_NOT_FOUND' | 'PRODUCT_AMBIGUOUS' | 'LEVEL_NOT_FOUND'; message: string; candidates: string[] };

export interface CatalogueFilter {
  search?: string | null;
  family?: string | null;
  policy?: LifecyclePolicy | null;
  endingFrom?: IsoDate | null;
  endingTo?: IsoDate | null;
}

/** Longer input is not a product name (and is answered at once, without suggestions). */
const CACHE_LIMIT = 20_000;

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

export class Catalogue {
  readonly #products: readonly ProductRecord[];
  readonly #bySlug = new Map<string, ProductRecord>();
  readonly #byName = new Map<string, ProductRecord[]>();
  readonly #byAlias = new Map<string, ProductRecord[]>();
  readonly #keysOf = new Map<ProductRecord, string[]>();
  readonly #levels = new Map<ProductRecord, Map<string, LevelRecord>>();
  /** Every [key, product], sorted by key, for prefix lookups by binary search. */
  readonly #sortedKeys: [string, ProductRecord][] = [];
  readonly #suggest: SuggestIndex<ProductRecord>;
  readonly #cache = new Map<string, Resolution>();

  constructor(products: readonly ProductRecord[]) {
    this.#products = [...products];
    const all = new Map<string, ProductRecord[]>();
    for (const p of this.#products) {
      this.#bySlug.set(p.slug, p);
      const nameKey = searchKey(p.name);
      addTo(this.#byName, nameKey, p);
      const keys = [...new Set([nameKey, ...[...p.aliases, p.slug].map(searchKey)])].filter((k) => k !== '');
      for (const key of keys) {
        if (key !== nameKey) addTo(this.#byAlias, key, p);
        addTo(all, key, p);
        this.#sortedKeys.push([key, p]);
      }
      this.#keysOf.set(p, keys);
      this.#levels.set(p, new Map(p.levels.map((l) => [levelKey(l.code), l])));
    }
    this.#sortedKeys.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#suggest = suggestIndex(all);
  }

  get size(): number {
    return this.#products.length;
  }

  get products(): readonly ProductRecord[] {
    return this.#products;
  }

  bySlug(slug: string): ProductRecord | undefined {
    return this.#bySlug.get(slug);
  }

  /**
   * `budget` (the request's, kernel/workBudget.ts) bounds the suggestion searches of unknown names and
   * checks the request's deadline; without one, resolution is unbounded (in-process use).
   */
  resolve(query: string, budget?: WorkBudget): Resolution {
    budget?.checkDeadline();
    // One normalisation for every name resolved (kernel/text.ts): NFKC, no zero-width characters or soft hyphens.
    const text = typeof query === 'string' ? (query.length <= 4 * LIMITS.maxNameLength ? normaliseName(query) : query) : '';
    const cached = this.#cache.get(text);
    if (cached) return cached;
    const skipped = budget?.skipped ?? 0;
    const result = this.#resolve(text, budget);
    // An answer without suggestions because this request's budget was spent is not the name's answer: not cached.
    if (text.length <= LIMITS.maxNameLength && (budget?.skipped ?? 0) === skipped) {
      if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
      this.#cache.set(text, result);
    }
    return result;
  }

  #resolve(query: string, budget?: WorkBudget): Resolution {
    if (query.length > LIMITS.maxNameLength) return notFound(query, [], `longer than ${LIMITS.maxNameLength} characters`);
    const key = searchKey(query);
    if (key === '') return notFound(query, [], 'no letters or digits');
    const keys = key.startsWith('microsoft ') ? [key, key.slice('microsoft '.length)] : [key];
    const direct = this.#exactOrLevel(query, keys);
    if (direct) return direct;
    for (const k of keys) {
      const longer = this.#startingWith(k);
      if (longer.length === 1) return { ok: true, product: longer[0]!, levelCode: null };
      if (longer.length > 1) return ambiguous(query, longer);
      const split = splitLevelSuffix(k);
      if (!split) continue;
      const withLevel = this.#startingWith(split.baseKey).filter((p) => this.#levels.get(p)!.has(split.levelKey));
      if (withLevel.length === 1) return { ok: true, product: withLevel[0]!, levelCode: this.#levels.get(withLevel[0]!)!.get(split.levelKey)!.code };
      if (withLevel.length > 1) return ambiguous(query, withLevel);
    }
    const edition = this.#exactOrLevel(query, keys.flatMap(editionVariants));
    if (edition) return edition;
    if (budget && !budget.trySuggest()) return notFoundUnsuggested(query, budget.limit);
    // Suggest for the product part when a level was written ("SQL Servr 2016 SP2" → SQL Server 2016).
    const split = splitLevelSuffix(key);
    const byBase = split ? suggest(this.#suggest, split.baseKey, (p) => p.name) : [];
    return notFound(query, byBase.length > 0 ? byBase : suggest(this.#suggest, key, (p) => p.name));
  }

  /** Steps 1–3: an exact name, or an exact name plus a level; null when neither applies. */
  #exactOrLevel(query: string, keys: readonly string[]): Resolution | null {
    for (const k of keys) {
      const exact = this.#exact(k);
      if (exact.length === 1) return { ok: true, product: exact[0]!, levelCode: null };
      if (exact.length > 1) return ambiguous(query, exact);
    }
    for (const k of keys) {
      const split = splitLevelSuffix(k);
      const base = split ? this.#exact(split.baseKey) : [];
      if (base.length > 1) return ambiguous(query, base);
      if (base.length === 1) {
        const level = this.#levels.get(base[0]!)!.get(split!.levelKey);
        if (level) return { ok: true, product: base[0]!, levelCode: level.code };
        if (this.#startingWith(k).length === 0) return levelNotFound(base[0]!, split!.levelKey, levelDistance);
      }
    }
    return null;
  }

  /** Products a key names exactly: by name first, else by alias or slug. */
  #exact(key: string): readonly ProductRecord[] {
    return this.#byName.get(key) ?? this.#byAlias.get(key) ?? [];
  }

  /** Products with a name, alias or slug that starts with `key` followed by more words. */
  #startingWith(key: string): ProductRecord[] {
    const from = `${key} `;
    let lo = 0;
    let hi = this.#sortedKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#sortedKeys[mid]![0] < from) lo = mid + 1;
      else hi = mid;
    }
    const out: ProductRecord[] = [];
    for (let i = lo; i < this.#sortedKeys.length && isTokenPrefix(key, this.#sortedKeys[i]![0]); i++) {
      const p = this.#sortedKeys[i]![1];
      if (!out.includes(p)) out.push(p);
    }
    return out;
  }

  /** Products matching every given filter, sorted by name then slug. */
  search(filter: CatalogueFilter): ProductRecord[] {
    const text = filter.search ? searchKey(filter.search) : '';
    const family = filter.family?.trim().toLowerCase() || null;
    const from = filter.endingFrom ?? null;
    const to = filter.endingTo ?? null;
    return this.#products
      .filter((p) => (text === '' || this.#keysOf.get(p)!.some((k) => k.includes(text)))
        && (!family || p.family === family)
        && (!filter.policy || p.policy === filter.policy)
        && (!(from || to) || [p.mainstreamEnd, p.extendedEnd, p.retirement].some((d) => d !== null && (!from || d >= from) && (!to || d <= to))))
      .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  }

  /** The distinct families, sorted. */
  families(): string[] {
    return [...new Set(this.#products.map((p) => p.family))].sort();
  }
}

const levelDistance = (a: string, b: string): number => boundedEditDistance(a, b, 8);
