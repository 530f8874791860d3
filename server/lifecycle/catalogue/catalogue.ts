/**
 * The in-memory product catalogue: resolves names as people write them ("win 7", "SQL Server 2017
 * Express", "Microsoft Exchange Server 2016 CU23", "Windows 10 Pro 10.0.19045", "WS2016", "Exchnage
 * 2016") to a product and level, and filters products for listings. The one resolver behind every entry
 * point (supportPhase(s), resolveProducts, estate rows and CSV, calendar product lists, the add-in).
 * Built once per catalogue version; every index is in NameIndex, and `resolve` (the hot path for
 * spreadsheets of 10,000 rows) is a cache hit or a few Map lookups for any known name.
 *
 * Resolution, first that answers (docs/domain.md §1 "Names as people write them"):
 * 1. the name as written: a name, alias or slug (searchKey.ts), with or without a leading "Microsoft"
 *    → EXACT (a name or slug) or ALIAS; several products with that name → PRODUCT_AMBIGUOUS;
 * 2. the name without the words that name no product (nameWords.ts: bitness, locale, packaging, update
 *    suffixes, application builds, installation options; an OS build number is read by osBuilds.ts →
 *    BUILD_NUMBER), then, in order: exact; a trailing level ("SP2", "21H2", "Update 3") split off
 *    (→ the level, or LEVEL_NOT_FOUND listing the product's levels); the start of longer names (one
 *    product → it, several → PRODUCT_AMBIGUOUS); the same words in another order, edition words choosing
 *    where products differ by edition (bagKey.ts, NameIndex.bag), with a level anywhere in the name; a
 *    major version with several minor releases ("PowerShell 7") → PRODUCT_AMBIGUOUS;
 * 3. the same without edition words → EDITION_WORDS_REMOVED;
 * 4. abbreviations read as their long forms (abbreviations.ts, seed/lifecycle/name-abbreviations.json)
 *    → ABBREVIATION;
 * 5. misspelt or run-together words corrected (typos.ts; numbers never) → TYPO;
 * 6. PRODUCT_NOT_FOUND with the closest names, version matches first (suggest.ts).
 * Where readings disagree (an abbreviation with two long forms that both resolve, two corrections) the
 * answer is PRODUCT_AMBIGUOUS with both: never a guess. Steps 5 and 6 for unknown names draw on a
 * per-request budget (ResolveBudget); once it is spent a name gets no typo search and cheaper suggestions.
 */
import type { IsoDate } from '../../kernel/dates.js';
import { LIMITS } from '../../kernel/limits.js';
import { normaliseName } from '../../kernel/text.js';
import type { WorkBudget } from '../../kernel/workBudget.js';
import type { LifecyclePolicy, ProductRecord } from '../policy/lifecycleTypes.js';
import { expansions } from './abbreviations.js';
import { bagOf } from './bagKey.js';
import { parentLinks, type ParentLink } from './componentParents.js';
import { levelKey, splitLevelSuffix } from './levelSuffix.js';
import { NameIndex } from './nameIndex.js';
import { cleanTokens, EDITION_SYNONYMS, EDITION_WORDS, withoutEditionWords, type OsBuildToken } from './nameWords.js';
import { fitBuild, isWindowsName, releasesOf } from './osBuilds.js';
import { ambiguous, ambiguousNames, buildNotKnown, levelNotFound, notFound, notFoundUnsuggested } from './resolutionMessages.js';
import { keyTokens, searchKey } from './searchKey.js';
import { boundedEditDistance, suggest, type NearWords } from './suggest.js';

/** How a name matched, from the most to the least certain reading. */
export const NAME_MATCHES = ['EXACT', 'ALIAS', 'EDITION_WORDS_REMOVED', 'BUILD_NUMBER', 'ABBREVIATION', 'TYPO'] as const;
export type NameMatch = (typeof NAME_MATCHES)[number];

export type Resolution =
  | { ok: true; product: ProductRecord; levelCode: string | null; match: NameMatch }
  | { ok: false; code: 'PRODUCT_NOT_FOUND' | 'PRODUCT_AMBIGUOUS' | 'LEVEL_NOT_FOUND'; message: string; candidates: string[] };

export interface CatalogueFilter {
  search?: string | null;
  family?: string | null;
  policy?: LifecyclePolicy | null;
  endingFrom?: IsoDate | null;
  endingTo?: IsoDate | null;
}

/**
 * Work one request may spend on names the catalogue does not know as written: each typo search and each
 * full "did you mean" search takes one unit (LIMITS.maxNameSearches). Known names never draw on it.
 */
export class ResolveBudget {
  #left: number;
  constructor(searches: number = LIMITS.maxNameSearches) {
    this.#left = searches;
  }
  take(): boolean {
    if (this.#left <= 0) return false;
    this.#left -= 1;
    return true;
  }
  get left(): number {
    return this.#left;
  }
}

const CACHE_LIMIT = 20_000;

type Step =
  | { kind: 'hit'; product: ProductRecord; levelCode: string | null; match: NameMatch }
  | { kind: 'ambiguous'; products: ProductRecord[]; names?: string[] }
  | { kind: 'level'; product: ProductRecord; levelKey: string; build?: string }
  | null;

const RANK: Readonly<Record<NameMatch, number>> = { EXACT: 0, ALIAS: 1, EDITION_WORDS_REMOVED: 2, BUILD_NUMBER: 3, ABBREVIATION: 4, TYPO: 5 };
/** The less certain of two matches (a typo found through an alias is a TYPO). */
const weaker = (a: NameMatch, b: NameMatch): NameMatch => (RANK[a] >= RANK[b] ? a : b);
const withMatch = (s: Step, m: NameMatch): Step => (s?.kind === 'hit' ? { ...s, match: weaker(s.match, m) } : s);
const decisive = (s: Step): boolean => s !== null && s.kind !== 'level';
/** "(R)", "(TM)", "®", "™", "©" of inventory exports ("Microsoft(R) Windows(R) Server 2003"). */
const MARKS = /\((?:r|tm|c)\)|[®™©]/gi;
/** Words a longer name may add to what was typed and still be the product meant: levels, channels, versions. */
const DETAIL_WORDS: ReadonlySet<string> = new Set(['sp', 'service', 'pack', 'rtm', 'update', 'version', 'release', 'esu', 'year', 'ltsc', 'ltsb', 'and', 'the', 'of', 'for', 'on', 'in', 'with',
  'microsoft', 'dynamics', 'policy', 'fixed', 'modern', 'channel', 'semi', 'annual', 'current', 'branch', 'edition', 'editions', 'x', 'v']);

/** Names of more words are not product names: only the exact lookup and cheap suggestions for them. */
const MAX_NAME_WORDS = 16;
/** A typo search only for names of at most this many words, at most this many of them unknown (a real name has a typo or two). */
const MAX_TYPO_WORDS = 12;
const MAX_UNKNOWN_WORDS = 3;
const MAX_TYPO_VARIANTS = 6;

/** The canonical name of a product with a level: "Windows 7 SP1". */
export const canonicalName = (product: ProductRecord, levelCode: string | null): string => (levelCode ? `${product.name} ${levelCode}` : product.name);

interface Shared {
  index: NameIndex;
  cache: Map<string, Resolution>;
  parents: Map<ProductRecord, ParentLink[]>;
}

export class Catalogue {
  readonly #shared: Shared;
  readonly #budget: ResolveBudget;
  /** The work budget of every resolve that is given none (a request's view: withWork). */
  readonly #work: WorkBudget | undefined;

  /** A catalogue over `products`; `forRequest` gives views of it that share its indexes and cache. */
  constructor(products: readonly ProductRecord[] | Shared, budget?: ResolveBudget, work?: WorkBudget) {
    this.#shared = Array.isArray(products) ? { index: new NameIndex(products as readonly ProductRecord[]), cache: new Map(), parents: new Map() } : (products as Shared);
    this.#budget = budget ?? new ResolveBudget(Number.POSITIVE_INFINITY);
    this.#work = work;
  }

  /** This view (same indexes, cache and budget) resolving every name within `work`. */
  withWork(work: WorkBudget): Catalogue {
    return new Catalogue(this.#shared, this.#budget, work);
  }

  /** This catalogue with a fresh per-request budget for unknown names (see ResolveBudget). */
  forRequest(budget: ResolveBudget = new ResolveBudget()): Catalogue {
    return new Catalogue(this.#shared, budget);
  }

  get #index(): NameIndex {
    return this.#shared.index;
  }

  get size(): number {
    return this.#index.products.length;
  }

  get products(): readonly ProductRecord[] {
    return this.#index.products;
  }

  bySlug(slug: string): ProductRecord | undefined {
    return this.#index.bySlug.get(slug);
  }

  /** Products a name or alias names exactly (search keys), without any other reading. */
  named(name: string): readonly ProductRecord[] {
    const key = searchKey(name);
    return key ? this.#index.exact(key).products : [];
  }

  /** The products a component runs on and follows (componentParents.ts); empty for a product that is no component. */
  parentsOf(product: ProductRecord): readonly ParentLink[] {
    if (product.policy !== 'COMPONENT') return [];
    let links = this.#shared.parents.get(product);
    if (!links) this.#shared.parents.set(product, (links = parentLinks(product, (name) => this.named(name))));
    return links;
  }

  /**
   * `work` (the request's, kernel/workBudget.ts) bounds the "did you mean" searches of unknown names,
   * charges them to the caller and checks the request's deadline; without one, resolution is unbounded.
   */
  resolve(query: string, work: WorkBudget | undefined = this.#work): Resolution {
    work?.checkDeadline();
    // One normalisation for every name resolved (kernel/text.ts): NFKC, no zero-width characters or soft hyphens.
    const text = typeof query === 'string' ? (query.length <= 4 * LIMITS.maxNameLength ? normaliseName(query) : query) : '';
    const cache = this.#shared.cache;
    const cached = cache.get(text);
    if (cached) return cached;
    const state = { degraded: false };
    const skipped = work?.skipped ?? 0;
    const result = this.#resolve(text, state, work);
    // An answer without suggestions because this request's budget was spent is not the name's answer: not cached.
    if (text.length <= LIMITS.maxNameLength && !state.degraded && (work?.skipped ?? 0) === skipped) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(text, result);
    }
    return result;
  }

  #resolve(query: string, state: { degraded: boolean }, work?: WorkBudget): Resolution {
    if (query.length > LIMITS.maxNameLength) return notFound(query, [], `longer than ${LIMITS.maxNameLength} characters`);
    const key = searchKey(query.replace(MARKS, ' '));
    if (key === '') return notFound(query, [], 'no letters or digits');
    let failure: Step = null;
    const consider = (s: Step): Resolution | null => {
      if (decisive(s)) return this.#answer(query, s);
      if (s && !failure) failure = s;
      return null;
    };

    // 1. The name as written.
    const asWritten = this.#exactStep(key);
    if (asWritten) return this.#answer(query, asWritten);

    // 2–3. Without the words that name no product; then without edition words.
    const cleaned = cleanTokens(key);
    if (cleaned.tokens.length > MAX_NAME_WORDS) return notFound(query, suggest(this.#index.suggest, cleaned.tokens.join(' '), (p) => p.name, 5, new Map(), false));
    const done = consider(this.#readings(cleaned.tokens, cleaned.osBuild, cleaned.changed ? 'EDITION_WORDS_REMOVED' : null));
    if (done) return done;

    // 4. Abbreviations.
    const abbreviated = this.#combine(expansions(cleaned.tokens).map((tokens) => this.#readings(tokens, cleaned.osBuild, 'ABBREVIATION')));
    const viaAbbreviation = consider(abbreviated);
    if (viaAbbreviation) return viaAbbreviation;

    // The searches below are where unknown names cost: the request's work budget may have none left.
    if (!failure && work && !work.trySuggest()) return notFoundUnsuggested(query, work.limit);

    // 5. Misspelt words (budgeted: this is where unknown names cost). Not when a product was found
    // and only its level was not: the name is spelt right.
    const words = cleaned.tokens;
    let near: NearWords | undefined;
    if (!failure && words.length <= MAX_TYPO_WORDS && this.#unknownWords(words) <= MAX_UNKNOWN_WORDS) {
      if (this.#budget.take()) {
        const { variants, corrections } = this.#typoVariants(words);
        near = corrections;
        const corrected = this.#combine(variants.map((tokens) => {
          const direct = this.#readings(tokens, cleaned.osBuild, 'TYPO');
          if (decisive(direct)) return direct;
          const viaAbbr = this.#combine(expansions(tokens).map((t) => this.#readings(t, cleaned.osBuild, 'TYPO')));
          return decisive(viaAbbr) ? viaAbbr : direct ?? viaAbbr;
        }));
        const viaTypo = consider(corrected);
        if (viaTypo) return viaTypo;
      } else {
        state.degraded = true;
      }
    }
    if (failure) return this.#answer(query, failure);

    // 6. Not found: the closest names (for the product part when a level parses).
    // Without a typo search (budget spent, or not name-like): keys sharing a word, scored by shared words only.
    const cleanKey = words.join(' ');
    const full = near !== undefined;
    const nearWords = near ?? new Map<string, string[]>();
    const split = splitLevelSuffix(cleanKey);
    const byBase = split ? suggest(this.#index.suggest, split.baseKey, (p) => p.name, 5, nearWords, full) : [];
    return notFound(query, byBase.length > 0 ? byBase : suggest(this.#index.suggest, cleanKey, (p) => p.name, 5, nearWords, full));
  }

  /** Step 1: an exact name, alias or slug (with or without "Microsoft"). */
  #exactStep(key: string): Step {
    for (const k of withoutVendor(key)) {
      const { products, byName } = this.#index.exact(k);
      if (products.length === 1) return { kind: 'hit', product: products[0]!, levelCode: null, match: byName ? 'EXACT' : 'ALIAS' };
      if (products.length > 1) return { kind: 'ambiguous', products: [...products] };
    }
    return null;
  }

  /** Steps 2–3 for one token list (and the OS build read from the name, if any). */
  #readings(tokens: readonly string[], osBuild: OsBuildToken | null, match: NameMatch | null): Step {
    const key = tokens.join(' ');
    if (key === '' && !osBuild) return null;
    if (osBuild && isWindowsName(tokens)) return this.#byBuild(tokens, osBuild, match);
    const core = this.#core(key);
    if (decisive(core)) return match ? withMatch(core, match) : core;
    const editionFree = editionVariants(tokens);
    for (const variant of editionFree) {
      // Not as the start of longer names: "O365 ProPlus" without "ProPlus" must not become "O365 (Enterprise, …)".
      const s = this.#core(variant, false);
      if (decisive(s)) return withMatch(s, match ?? 'EDITION_WORDS_REMOVED');
    }
    return core;
  }

  /** Step 2 on one search key (`prefix`: also as the start of longer names). */
  #core(key: string, prefix = true): Step {
    if (key === '') return null;
    const keys = withoutVendor(key);
    const exact = this.#exactStep(key);
    if (exact) return exact;
    // A trailing level on an exact name.
    for (const k of keys) {
      const split = splitLevelSuffix(k);
      if (!split) continue;
      const { products: base, byName } = this.#index.exact(split.baseKey);
      if (base.length > 1) {
        const withLevel = base.filter((p) => this.#index.level(p, split.levelKey));
        if (withLevel.length === 1) return { kind: 'hit', product: withLevel[0]!, levelCode: this.#index.level(withLevel[0]!, split.levelKey)!.code, match: 'ALIAS' };
        return withLevel.length > 1
          ? { kind: 'ambiguous', products: withLevel, names: withLevel.map((p) => canonicalName(p, this.#index.level(p, split.levelKey)!.code)) }
          : { kind: 'ambiguous', products: [...base] };
      }
      if (base.length === 1) {
        const product = base[0]!;
        const match: NameMatch = byName ? 'EXACT' : 'ALIAS';
        const level = this.#index.level(product, split.levelKey);
        if (level) return { kind: 'hit', product, levelCode: level.code, match };
        if (this.#index.startingWith(k).length > 0 || this.#isUnknownRelease(split.baseKey, split.levelKey)) continue;
        const partial = this.#partialLevel(product, split.levelKey, keyTokens(split.baseKey));
        if (partial) return partial.kind === 'hit' ? { ...partial, match } : partial;
        if (/^\d[\d.]*$/.test(split.levelKey) && isEvergreen(product)) return { kind: 'hit', product, levelCode: null, match: 'EDITION_WORDS_REMOVED' };
        return { kind: 'level', product, levelKey: split.levelKey };
      }
      // A version and a service pack of it ("Microsoft .NET Framework 3.5 SP1" → level 3.5 SP1).
      const inner = splitLevelSuffix(split.baseKey);
      const outer = inner ? this.#index.exact(inner.baseKey).products : [];
      if (inner && outer.length === 1) {
        const level = this.#index.level(outer[0]!, `${inner.levelKey} ${split.levelKey}`);
        if (level) return { kind: 'hit', product: outer[0]!, levelCode: level.code, match: 'ALIAS' };
      }
    }
    // The start of longer names.
    for (const k of prefix ? keys : []) {
      const longer = this.#index.startingWith(k);
      if (longer.length === 1) {
        // One longer name: it, when what it adds does not make it another product ("SQL Server 2000" →
        // "SQL Server 2000 SP4"); not "Office Online" → "Office Online Server".
        if (this.#addsOnlyDetail(k, longer[0]!)) return { kind: 'hit', product: longer[0]!, levelCode: null, match: 'ALIAS' };
        continue;
      }
      if (longer.length > 1) return { kind: 'ambiguous', products: longer };
      const split = splitLevelSuffix(k);
      if (!split) continue;
      const withLevel = this.#index.startingWith(split.baseKey).filter((p) => this.#index.level(p, split.levelKey));
      if (withLevel.length === 1) return { kind: 'hit', product: withLevel[0]!, levelCode: this.#index.level(withLevel[0]!, split.levelKey)!.code, match: 'ALIAS' };
      if (withLevel.length > 1) return { kind: 'ambiguous', products: withLevel, names: withLevel.map((p) => canonicalName(p, this.#index.level(p, split.levelKey)!.code)) };
    }
    // The same words in another order; edition words choose; a level anywhere in the name.
    const bag = this.#bagStep(keyTokens(key));
    if (bag) return bag;
    return this.#majorVersion(keys);
  }

  /** Does every key of `product` that starts with `key` add only levels, versions, edition or filler words? */
  #addsOnlyDetail(key: string, product: ProductRecord): boolean {
    const keys = this.#index.keysOf(product).filter((k) => k.startsWith(`${key} `));
    return keys.some((k) => keyTokens(k.slice(key.length + 1)).every((t) => DETAIL_WORDS.has(t) || EDITION_WORDS.has(t) || /^\d/.test(t) || /^[a-z]$/.test(t)));
  }

  /** A 4-digit year after a product that has releases named by year is an unknown release, not a level ("Windows Server 2017"). */
  #isUnknownRelease(baseKey: string, levelKeyText: string): boolean {
    return /^(19|20)\d\d$/.test(levelKeyText) && this.#index.hasYearSiblings(baseKey);
  }

  #bagStep(tokens: readonly string[]): Step {
    const whole = bagOf(tokens);
    const pick = this.#index.bag(whole);
    const match: NameMatch = pick.editionsDiffer || whole.editions.size > 0 ? 'EDITION_WORDS_REMOVED' : 'ALIAS';
    if (pick.products.length === 1) return { kind: 'hit', product: pick.products[0]!, levelCode: null, match: pick.editionsDiffer ? 'EDITION_WORDS_REMOVED' : 'ALIAS' };
    if (pick.products.length > 1) return { kind: 'ambiguous', products: pick.products };
    // A level anywhere: try each way of reading a run of words as a level (the last run first).
    let levelFailure: Step = null;
    // A level ends in a number or a level word; a name has at most a few such places.
    for (let end = tokens.length, tries = 0; end >= 2 && tries < 6; end--) {
      if (!/\d|^(rtm|release|esu|updates?)$/.test(tokens[end - 1]!)) continue;
      tries += 1;
      const split = splitLevelSuffix(tokens.slice(0, end).join(' '));
      if (!split) continue;
      const start = keyTokens(split.baseKey).length;
      const rest = [...tokens.slice(0, start), ...tokens.slice(end)];
      const restBag = bagOf(rest);
      const found = this.#index.bag(restBag).products;
      if (found.length === 0) continue;
      const withLevel = found.filter((p) => this.#index.level(p, split.levelKey));
      const levelMatch: NameMatch = restBag.editions.size > 0 ? 'EDITION_WORDS_REMOVED' : match;
      if (withLevel.length === 1) return { kind: 'hit', product: withLevel[0]!, levelCode: this.#index.level(withLevel[0]!, split.levelKey)!.code, match: levelMatch };
      if (withLevel.length > 1) return { kind: 'ambiguous', products: withLevel, names: withLevel.map((p) => canonicalName(p, this.#index.level(p, split.levelKey)!.code)) };
      if (found.length === 1 && !levelFailure && !/^(19|20)\d\d$/.test(split.levelKey)) levelFailure = { kind: 'level', product: found[0]!, levelKey: split.levelKey };
    }
    return levelFailure;
  }

  /**
   * Levels a version names only in part: "7" of 7.0/7.1/7.2, "8.5" of "IIS 8.5 on Windows Server 2012
   * R2" and "IIS 8.5 on Windows 8.1". One → it; several → ambiguous, listing them; none → null.
   */
  #partialLevel(product: ProductRecord, versionKey: string, baseTokens: readonly string[]): Step {
    if (!/^\d+(?:\.\d+)*$/.test(versionKey)) return null;
    const found = product.levels.filter((l) => {
      const key = levelKey(l.code);
      if (key.startsWith(`${versionKey}.`) || key.startsWith(`${versionKey} `)) return true;
      // The level names the product again ("IIS 8.5 on …"): the version after the product's own words.
      const tokens = keyTokens(key);
      const at = tokens.indexOf(versionKey);
      return at > 0 && tokens.slice(0, at).every((t) => baseTokens.includes(t));
    });
    if (found.length === 1) return { kind: 'hit', product, levelCode: found[0]!.code, match: 'ALIAS' };
    if (found.length > 1) return { kind: 'ambiguous', products: [product], names: found.map((l) => canonicalName(product, l.code)) };
    return null;
  }

  /**
   * A major version with several minor releases, as levels ("PowerShell 7": 7.0, 7.1, 7.2) or as
   * products ("PowerShell 7.3" …): ambiguous, listing them; exactly one → it (".NET 6" → level 6.0).
   */
  #majorVersion(keys: readonly string[]): Step {
    for (const k of keys) {
      const m = /^(.+) (\d{1,3}(?:\.\d+)?)$/.exec(k);
      if (!m) continue;
      const [, baseKey, major] = m as unknown as [string, string, string];
      const names: { product: ProductRecord; levelCode: string | null }[] = [];
      for (const p of this.#index.exact(baseKey).products) {
        const partial = this.#partialLevel(p, major, keyTokens(baseKey));
        if (partial?.kind === 'hit') names.push({ product: p, levelCode: partial.levelCode });
        else if (partial?.kind === 'ambiguous') for (const l of p.levels.filter((x) => partial.names!.includes(canonicalName(p, x.code)))) names.push({ product: p, levelCode: l.code });
      }
      for (const p of this.#index.keysStartingWith(`${baseKey} ${major}.`)) names.push({ product: p, levelCode: null });
      const base = this.#index.exact(baseKey).products;
      if (names.length === 0 && base.length === 1 && isEvergreen(base[0]!)) return { kind: 'hit', product: base[0]!, levelCode: null, match: 'EDITION_WORDS_REMOVED' };
      if (names.length === 1) return { kind: 'hit', product: names[0]!.product, levelCode: names[0]!.levelCode, match: 'ALIAS' };
      if (names.length > 1) return { kind: 'ambiguous', products: [...new Set(names.map((n) => n.product))], names: names.map((n) => canonicalName(n.product, n.levelCode)) };
    }
    return null;
  }

  /** An OS build beside Windows words: the release it is, with the edition words beside it (osBuilds.ts). */
  #byBuild(tokens: readonly string[], osBuild: OsBuildToken, match: NameMatch | null): Step {
    const releases = releasesOf(osBuild);
    const text = tokens.join(' ');
    if (!releases) {
      // An unknown build of a product the words name: the level (build) is not known.
      const named = text ? this.#readings(tokens, null, match) : null;
      if (named?.kind === 'hit') return { kind: 'level', product: named.product, levelKey: osBuild.version, build: osBuild.version };
      return named?.kind === 'ambiguous' ? named : null;
    }
    const { fits, conflicts } = fitBuild(releases, tokens);
    const resolveKey = (k: string): Step => this.#readings(keyTokens(k), null, null);
    if (fits.length > 0) {
      const combined = this.#combine(fits.map((f) => resolveKey(f.key)));
      return withMatch(combined, weaker(match ?? 'BUILD_NUMBER', 'BUILD_NUMBER'));
    }
    if (conflicts.length > 0) {
      const named = text ? this.#readings(tokens, null, null) : null;
      const steps = [named, ...conflicts.map((c) => resolveKey(c.key))];
      const names = steps.flatMap((s) => (s?.kind === 'hit' ? [canonicalName(s.product, s.levelCode)] : s?.kind === 'ambiguous' ? (s.names ?? s.products.map((p) => p.name)) : []));
      const products = steps.flatMap((s) => (s?.kind === 'hit' ? [s.product] : s?.kind === 'ambiguous' ? s.products : []));
      return { kind: 'ambiguous', products: [...new Set(products)], names: [...new Set(names)] };
    }
    // No release of this kind in the table (Windows Storage Server 2016 is build 14393 too): the words alone.
    return text ? this.#readings(tokens, null, match) : null;
  }

  /** Several readings of one name: one product (and level) → it; readings that disagree → ambiguous with all of them. */
  #combine(steps: readonly Step[]): Step {
    const hits = new Map<string, Extract<Step, { kind: 'hit' }>>();
    const names: string[] = [];
    const products: ProductRecord[] = [];
    let level: Step = null;
    let anyAmbiguous = false;
    for (const s of steps) {
      if (s?.kind === 'hit') {
        const id = `${s.product.slug}\u0000${s.levelCode ?? ''}`;
        const prior = hits.get(id);
        if (!prior || RANK[s.match] < RANK[prior.match]) hits.set(id, s);
      } else if (s?.kind === 'ambiguous') {
        anyAmbiguous = true;
        products.push(...s.products);
        names.push(...(s.names ?? byNameLength(s.products).map((p) => p.name)));
      } else if (s?.kind === 'level' && !level) level = s;
    }
    if (hits.size === 1 && !anyAmbiguous) return [...hits.values()][0]!;
    if (hits.size > 1 || anyAmbiguous) {
      const hitNames = [...hits.values()].map((h) => canonicalName(h.product, h.levelCode));
      return { kind: 'ambiguous', products: [...new Set([...[...hits.values()].map((h) => h.product), ...products])], names: [...new Set([...hitNames, ...names])] };
    }
    return level;
  }

  /** Words of 3+ letters that are no word of any name, alias or abbreviation (numbers never count). */
  #unknownWords(tokens: readonly string[]): number {
    const typos = this.#index.typos;
    return tokens.filter((t) => t.length >= 3 && /^[a-z]+$/.test(t) && !typos.has(t)).length;
  }

  /** Token lists with misspelt words corrected and run-together words split (at most 6), and the near words found. */
  #typoVariants(tokens: readonly string[]): { variants: string[][]; corrections: Map<string, string[]> } {
    const typos = this.#index.typos;
    const corrections = new Map<string, string[]>();
    let variants: string[][] = [[]];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const next = tokens[i + 1];
      // "Share Point" → "sharepoint"
      if (next && /^[a-z]+$/.test(t) && /^[a-z]+$/.test(next) && !typos.has(t) && typos.has(t + next)) {
        variants = variants.map((v) => [...v, t + next]);
        i += 1;
        continue;
      }
      const fixes = typos.corrections(t);
      const splits = typos.splits(t);
      if (fixes.length === 0 && splits.length === 0) {
        for (const v of variants) v.push(t);
        continue;
      }
      if (fixes.length > 0) corrections.set(t, fixes);
      const options: string[][] = [...fixes.map((f) => [f]), ...splits.map(([a, b]) => [a, b])];
      variants = variants.flatMap((v) => options.map((o) => [...v, ...o])).slice(0, MAX_TYPO_VARIANTS);
    }
    const changed = variants.filter((v) => v.join(' ') !== tokens.join(' '));
    return { variants: changed, corrections };
  }

  #answer(query: string, s: Step): Resolution {
    if (s === null) return notFound(query, []);
    if (s.kind === 'hit') return { ok: true, product: s.product, levelCode: s.levelCode, match: s.match };
    if (s.kind === 'level') return s.build ? buildNotKnown(s.product, s.build) : levelNotFound(s.product, s.levelKey, levelDistance);
    if (s.names && s.names.length > 0) return ambiguousNames(query, s.names);
    return ambiguous(query, rankByExtraWords(query, s.products));
  }

  /** Products matching every given filter, sorted by name then slug. */
  search(filter: CatalogueFilter): ProductRecord[] {
    const text = filter.search ? searchKey(filter.search) : '';
    const family = filter.family?.trim().toLowerCase() || null;
    const from = filter.endingFrom ?? null;
    const to = filter.endingTo ?? null;
    return this.#index.products
      .filter((p, i) => (text === '' || this.#index.keysAt(i).some((k) => k.includes(text)))
        && (!family || p.family === family)
        && (!filter.policy || p.policy === filter.policy)
        && (!(from || to) || [p.mainstreamEnd, p.extendedEnd, p.retirement].some((d) => d !== null && (!from || d >= from) && (!to || d <= to))))
      .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  }

  /** The distinct families, sorted. */
  families(): string[] {
    return [...new Set(this.#index.products.map((p) => p.family))].sort();
  }
}

const levelDistance = (a: string, b: string): number => boundedEditDistance(a, b, 8);

const byNameLength = (products: readonly ProductRecord[]): ProductRecord[] =>
  [...products].sort((a, b) => a.name.length - b.name.length || a.name.localeCompare(b.name, 'en') || a.slug.localeCompare(b.slug));

/**
 * A Modern or Online product without versioned levels: a version number after its name is its build
 * ("Microsoft Edge 120", "Microsoft Teams 1.6"), not a release with a lifecycle of its own.
 */
function isEvergreen(product: ProductRecord): boolean {
  return (product.policy === 'MODERN' || product.policy === 'ONLINE') && product.levels.every((l) => l.kind === 'RTM');
}

function withoutVendor(key: string): string[] {
  return key.startsWith('microsoft ') ? [key, key.slice('microsoft '.length)] : [key];
}

/** "professional" as Microsoft's "pro", then every edition word removed (never the first word). Only variants that differ. */
function editionVariants(tokens: readonly string[]): string[] {
  const key = tokens.join(' ');
  const variants = [tokens.map((t) => EDITION_SYNONYMS[t] ?? t).join(' '), withoutEditionWords(tokens).join(' ')];
  return [...new Set(variants)].filter((v) => v !== key && v !== '');
}

/**
 * Ambiguous products, closest first: those whose names add only edition words to what was typed
 * ("Windows 10" → Windows 10 Home and Pro, Windows 10 Enterprise and Education), then the shortest.
 */
function rankByExtraWords(query: string, products: readonly ProductRecord[]): ProductRecord[] {
  const typed = new Set(keyTokens(searchKey(query)));
  const extra = (p: ProductRecord): number => keyTokens(searchKey(p.name)).filter((t) => !typed.has(t) && !EDITION_WORDS.has(t) && t !== 'and' && t !== 'microsoft').length;
  return [...products].sort((a, b) => extra(a) - extra(b) || a.name.length - b.name.length || a.name.localeCompare(b.name, 'en') || a.slug.localeCompare(b.slug));
}
