/**
 * "Did you mean …?" for names the catalogue does not know: the closest product names and aliases, those
 * with every version number of the query first ("Exchnage 2016" → Exchange Server 2016 before Exchange
 * Server 2000), then by edit distance and shared words. Bounded work per query: only keys sharing a word
 * (or a near word, given by the typo index) with the query are looked at, at most 60 of them are scored,
 * and edit distance stops early — a 10,000-row spreadsheet may hold many distinct unknown names.
 */
import { keyTokens } from './searchKey.js';

// Two rows reused by every call (no allocation per row: unknown names are many, and GC is their cost).
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  if (rowA.length <= n) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n]!;
}

export interface SuggestIndex<T> {
  /** word → keys containing it */
  byToken: Map<string, Set<string>>;
  /** key → items it names */
  byKey: Map<string, readonly T[]>;
  /** key → its words (split once) */
  tokensOf: Map<string, readonly string[]>;
}

export function suggestIndex<T>(byKey: Map<string, readonly T[]>): SuggestIndex<T> {
  const byToken = new Map<string, Set<string>>();
  const tokensOf = new Map<string, readonly string[]>();
  for (const key of byKey.keys()) {
    const tokens = keyTokens(key);
    tokensOf.set(key, tokens);
    for (const token of tokens) {
      let keys = byToken.get(token);
      if (!keys) byToken.set(token, (keys = new Set()));
      keys.add(key);
    }
  }
  return { byToken, byKey, tokensOf };
}

/** Near words of a query word (misspellings one or two edits away), e.g. from TypoIndex.corrections. */
export type NearWords = ReadonlyMap<string, readonly string[]>;

/**
 * Similarity 0…1 of two search keys: the better of whole-string edit similarity and word overlap
 * (Dice coefficient; a query word also counts when a word of the key is near it).
 */
export function similarity(query: string, key: string, near?: NearWords, queryTokens?: readonly string[], keyTokensOf?: readonly string[], spelling = true): number {
  const longest = Math.max(query.length, key.length);
  const limit = Math.floor(longest * 0.4);
  const d = spelling ? boundedEditDistance(query, key, limit) : limit + 1;
  const bySpelling = d > limit ? 0 : 1 - d / longest;
  const q = queryTokens ?? keyTokens(query);
  const k = keyTokensOf ?? keyTokens(key);
  const shared = q.filter((t) => k.includes(t) || k.some((u) => near?.get(t)?.includes(u))).length;
  const byWords = (2 * shared) / (q.length + k.length);
  return Math.max(bySpelling, 0.9 * byWords);
}

/** Query words of 4+ letters → vocabulary words within 2 edits, by scanning (small indexes and tests only). */
export function nearWordsByScan(tokens: readonly string[], vocabulary: Iterable<string>): Map<string, string[]> {
  const near = new Map<string, string[]>();
  const long = tokens.filter((t) => t.length >= 4).slice(0, 8);
  if (long.length === 0) return near;
  for (const word of vocabulary) {
    for (const t of long) {
      if (word !== t && boundedEditDistance(t, word, 2) <= 2) near.set(t, [...(near.get(t) ?? []), word]);
    }
  }
  return near;
}

/** How many keys are scored in full, after a cheap count of shared words picks them. */
const SCORED_KEYS = 20;
/** Words of the query looked at (a name is rarely longer; longer input is not a product name). */
const QUERY_WORDS = 12;
/** A word in more keys than this ("microsoft", "server") only counts for keys a rarer word found. */
const RARE = 150;

const isNumber = (t: string): boolean => /\d/.test(t);

/**
 * Up to `max` items whose keys are most similar to `query` (similarity ≥ 0.5), best first, each item once
 * (scored by its best key): items whose keys hold every number of the query first, then by similarity,
 * ties by `label`. `near` gives the near words of misspelt query words; without it the vocabulary is
 * scanned (fine for small indexes). `spelling: false` scores by shared words only (no edit distance: the
 * cheap answer once a request's budget is spent). Work is bounded: words are taken rarest first, a common word only
 * adds to keys a rarer one found (or, when there is none, the rarest common word finds them), and only
 * the 20 keys sharing the most words are scored by edit distance.
 */
export function suggest<T>(index: SuggestIndex<T>, query: string, label: (item: T) => string, max = 5, near?: NearWords, spelling = true): T[] {
  const tokens = keyTokens(query).slice(0, QUERY_WORDS);
  const nearWords = near ?? nearWordsByScan(tokens, index.byToken.keys());
  const postings: Set<string>[] = [];
  for (const token of tokens) {
    for (const word of [token, ...(nearWords.get(token) ?? [])]) {
      const keys = index.byToken.get(word);
      if (keys) postings.push(keys);
    }
  }
  postings.sort((a, b) => a.size - b.size);
  const hits = new Map<string, number>();
  for (const keys of postings) {
    if (keys.size <= RARE || hits.size === 0) for (const key of keys) hits.set(key, (hits.get(key) ?? 0) + 1);
    else for (const key of hits.keys()) if (keys.has(key)) hits.set(key, hits.get(key)! + 1);
  }
  const numbers = tokens.filter(isNumber);
  const versionMatch = (key: string): boolean => {
    if (numbers.length === 0) return false;
    const k = index.tokensOf.get(key) ?? keyTokens(key);
    return numbers.every((n) => k.includes(n));
  };
  const ranked: { key: string; n: number; v: boolean }[] = [];
  for (const [key, n] of hits) ranked.push({ key, n, v: versionMatch(key) });
  const shortlist = ranked
    .sort((a, b) => Number(b.v) - Number(a.v) || b.n - a.n || a.key.length - b.key.length || (a.key < b.key ? -1 : 1))
    .slice(0, SCORED_KEYS);
  const best = new Map<T, { score: number; v: boolean }>();
  for (const { key, v } of shortlist) {
    const score = similarity(query, key, nearWords, tokens, index.tokensOf.get(key), spelling);
    if (score < 0.5) continue;
    for (const item of index.byKey.get(key) ?? []) {
      const prior = best.get(item);
      if (!prior || Number(v) > Number(prior.v) || (v === prior.v && score > prior.score)) best.set(item, { score, v });
    }
  }
  return [...best.entries()]
    .sort((a, b) => Number(b[1].v) - Number(a[1].v) || b[1].score - a[1].score || label(a[0]).localeCompare(label(b[0])))
    .slice(0, max)
    .map(([item]) => item);
}
