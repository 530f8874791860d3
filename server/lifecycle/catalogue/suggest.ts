/**
 * "Did you mean …?" for names the catalogue does not know: the closest product names and aliases by
 * edit distance and shared words. Bounded work per query (only keys sharing a word or a near-word
 * with the query are scored, edit distance stops early), because a 10,000-row spreadsheet may hold
 * many distinct unknown names.
 */
import { keyTokens } from './searchKey.js';

// Two reusable rows (the distance runs synchronously, so one pair serves every call without allocating).
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
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
  return prev[b.length]!;
}

export interface SuggestIndex<T> {
  /** word → keys containing it */
  byToken: Map<string, Set<string>>;
  /** key → items it names */
  byKey: Map<string, readonly T[]>;
  /** Vocabulary words by length: a word within 2 edits of a token is at most 2 characters longer or shorter. */
  byLength: Map<number, string[]>;
  /** token → its near words, computed once per catalogue (bounded: cleared when full). */
  nearMemo: Map<string, readonly string[]>;
  /** key → its tokens. */
  tokensOf: Map<string, readonly string[]>;
}

const NEAR_MEMO_LIMIT = 20_000;

export function suggestIndex<T>(byKey: Map<string, readonly T[]>): SuggestIndex<T> {
  const byToken = new Map<string, Set<string>>();
  const tokensOf = new Map<string, readonly string[]>();
  for (const key of byKey.keys()) {
    tokensOf.set(key, keyTokens(key));
    for (const token of keyTokens(key)) {
      let keys = byToken.get(token);
      if (!keys) byToken.set(token, (keys = new Set()));
      keys.add(key);
    }
  }
  const byLength = new Map<number, string[]>();
  for (const word of byToken.keys()) {
    let list = byLength.get(word.length);
    if (!list) byLength.set(word.length, (list = []));
    list.push(word);
  }
  return { byToken, byKey, byLength, nearMemo: new Map(), tokensOf };
}

/**
 * Similarity 0…1 of two search keys: the better of whole-string edit similarity and word overlap
 * (Dice coefficient; a query word also counts when a word of the key is in `near` for it — a misspelling
 * one or two edits away).
 */
export function similarity(query: string, key: string, near?: ReadonlyMap<string, ReadonlySet<string>>): number {
  return similarityOf(query, keyTokens(query), key, keyTokens(key), near);
}

/** similarity() with both keys' tokens already split (the index keeps each key's tokens). */
function similarityOf(query: string, q: readonly string[], key: string, k: readonly string[], near?: ReadonlyMap<string, ReadonlySet<string>>): number {
  const longest = Math.max(query.length, key.length);
  const limit = Math.floor(longest * 0.4);
  const d = boundedEditDistance(query, key, limit);
  const bySpelling = d > limit ? 0 : 1 - d / longest;
  const shared = q.filter((t) => k.includes(t) || k.some((u) => near?.get(t)?.has(u))).length;
  const byWords = (2 * shared) / (q.length + k.length);
  return Math.max(bySpelling, 0.9 * byWords);
}

/** Vocabulary words within 2 edits of `token` (not itself): only words of a length that can be, memoised per catalogue. */
function nearWordsOf<T>(index: SuggestIndex<T>, token: string): readonly string[] {
  let near = index.nearMemo.get(token);
  if (near) return near;
  const found: string[] = [];
  for (let len = token.length - 2; len <= token.length + 2; len++) {
    for (const word of index.byLength.get(len) ?? []) if (word !== token && boundedEditDistance(token, word, 2) <= 2) found.push(word);
  }
  near = found;
  if (index.nearMemo.size >= NEAR_MEMO_LIMIT) index.nearMemo.clear();
  index.nearMemo.set(token, near);
  return near;
}

/** Query words of 4+ letters → vocabulary words within 2 edits (at most 8 query words are looked at). */
function nearWords<T>(tokens: readonly string[], index: SuggestIndex<T>): Map<string, Set<string>> {
  const near = new Map<string, Set<string>>();
  for (const t of tokens.filter((x) => x.length >= 4).slice(0, 8)) {
    const words = nearWordsOf(index, t);
    if (words.length) near.set(t, new Set(words));
  }
  return near;
}

/** How many keys are scored in full, after a cheap count of shared words picks them. */
const SCORED_KEYS = 150;

/**
 * Up to `max` items whose keys are most similar to `query` (similarity ≥ 0.5), best first, each item
 * once (scored by its best key); ties broken by `label`.
 */
export function suggest<T>(index: SuggestIndex<T>, query: string, label: (item: T) => string, max = 5): T[] {
  const queryTokens = keyTokens(query);
  const tokens = queryTokens.slice(0, 12);
  const near = nearWords(tokens, index);
  const hits = new Map<string, number>();
  for (const token of tokens) {
    for (const word of [token, ...(near.get(token) ?? [])]) {
      for (const key of index.byToken.get(word) ?? []) hits.set(key, (hits.get(key) ?? 0) + 1);
    }
  }
  const shortlist = [...hits.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length).slice(0, SCORED_KEYS);
  const best = new Map<T, number>();
  for (const [key] of shortlist) {
    const score = similarityOf(query, queryTokens, key, index.tokensOf.get(key) ?? keyTokens(key), near);
    if (score < 0.5) continue;
    for (const item of index.byKey.get(key) ?? []) if (score > (best.get(item) ?? 0)) best.set(item, score);
  }
  return [...best.entries()]
    .sort((a, b) => b[1] - a[1] || label(a[0]).localeCompare(label(b[0])))
    .slice(0, max)
    .map(([item]) => item);
}
