/**
 * "Did you mean …?" for names the catalogue does not know: the closest product names and aliases by
 * edit distance and shared words. Bounded work per query (only keys sharing a word or a near-word
 * with the query are scored, edit distance stops early), because a 10,000-row spreadsheet may hold
 * many distinct unknown names.
 */
import { keyTokens } from './searchKey.js';

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

export interface SuggestIndex<T> {
  /** word → keys containing it */
  byToken: Map<string, Set<string>>;
  /** key → items it names */
  byKey: Map<string, readonly T[]>;
}

export function suggestIndex<T>(byKey: Map<string, readonly T[]>): SuggestIndex<T> {
  const byToken = new Map<string, Set<string>>();
  for (const key of byKey.keys()) {
    for (const token of keyTokens(key)) {
      let keys = byToken.get(token);
      if (!keys) byToken.set(token, (keys = new Set()));
      keys.add(key);
    }
  }
  return { byToken, byKey };
}

/**
 * Similarity 0…1 of two search keys: the better of whole-string edit similarity and word overlap
 * (Dice coefficient; a query word also counts when a word of the key is in `near` for it — a misspelling
 * one or two edits away).
 */
export function similarity(query: string, key: string, near?: ReadonlyMap<string, ReadonlySet<string>>): number {
  const longest = Math.max(query.length, key.length);
  const limit = Math.floor(longest * 0.4);
  const d = boundedEditDistance(query, key, limit);
  const bySpelling = d > limit ? 0 : 1 - d / longest;
  const q = keyTokens(query);
  const k = keyTokens(key);
  const shared = q.filter((t) => k.includes(t) || k.some((u) => near?.get(t)?.has(u))).length;
  const byWords = (2 * shared) / (q.length + k.length);
  return Math.max(bySpelling, 0.9 * byWords);
}

/** Query words of 4+ letters → vocabulary words within 2 edits (at most 8 query words are looked at). */
function nearWords(tokens: readonly string[], vocabulary: Iterable<string>): Map<string, Set<string>> {
  const near = new Map<string, Set<string>>();
  const long = tokens.filter((t) => t.length >= 4).slice(0, 8);
  if (long.length === 0) return near;
  for (const word of vocabulary) {
    for (const t of long) {
      if (word !== t && boundedEditDistance(t, word, 2) <= 2) {
        let set = near.get(t);
        if (!set) near.set(t, (set = new Set()));
        set.add(word);
      }
    }
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
  const tokens = keyTokens(query).slice(0, 12);
  const near = nearWords(tokens, index.byToken.keys());
  const hits = new Map<string, number>();
  for (const token of tokens) {
    for (const word of [token, ...(near.get(token) ?? [])]) {
      for (const key of index.byToken.get(word) ?? []) hits.set(key, (hits.get(key) ?? 0) + 1);
    }
  }
  const shortlist = [...hits.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length).slice(0, SCORED_KEYS);
  const best = new Map<T, number>();
  for (const [key] of shortlist) {
    const score = similarity(query, key, near);
    if (score < 0.5) continue;
    for (const item of index.byKey.get(key) ?? []) if (score > (best.get(item) ?? 0)) best.set(item, score);
  }
  return [...best.entries()]
    .sort((a, b) => b[1] - a[1] || label(a[0]).localeCompare(label(b[0])))
    .slice(0, max)
    .map(([item]) => item);
}
