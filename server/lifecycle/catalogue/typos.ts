/**
 * Misspelt words ("Windos", "Exchnage", "Servr") and run-together words ("SQLServer", "VisualStudio"):
 * the vocabulary is every word of the catalogue's names and aliases (plus the abbreviation and edition
 * words), indexed once by its deletions (the symmetric-delete method), so finding the words within one
 * or two edits of a typed word is a few map lookups, whatever the catalogue's size. Numbers are never
 * corrected: "Exchange 2106" is not Exchange 2016.
 */

/** Optimal-string-alignment distance (Levenshtein plus adjacent transposition), or limit + 1. */
export function typoDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n]!;
}

/** How far a word may be from the one meant: 1 edit for 4–6 letters, 2 from 7 (shorter words are not corrected). */
export function allowedEdits(word: string): number {
  return word.length < 4 ? 0 : word.length < 7 ? 1 : 2;
}

function deletions(word: string, depth: number, out: Set<string>): void {
  if (depth === 0) return;
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(d)) {
      out.add(d);
      deletions(d, depth - 1, out);
    }
  }
}

const WORD = /^[a-z]+$/;

export class TypoIndex {
  readonly #words: ReadonlySet<string>;
  /** A word with up to two letters deleted → the vocabulary words it comes from. */
  readonly #byDeletion = new Map<string, string[]>();

  constructor(vocabulary: Iterable<string>) {
    const words = new Set<string>();
    for (const w of vocabulary) if (WORD.test(w)) words.add(w);
    this.#words = words;
    for (const w of words) {
      const depth = allowedEdits(w);
      if (depth === 0) continue;
      const variants = new Set<string>([w]);
      deletions(w, depth, variants);
      for (const v of variants) {
        const list = this.#byDeletion.get(v);
        if (list) list.push(w);
        else this.#byDeletion.set(v, [w]);
      }
    }
  }

  has(word: string): boolean {
    return this.#words.has(word);
  }

  /** Vocabulary words within the allowed edits of `word`, closest first (then alphabetical); at most `max`. */
  corrections(word: string, max = 3): string[] {
    const limit = allowedEdits(word);
    if (limit === 0 || !WORD.test(word) || this.#words.has(word)) return [];
    const probes = new Set<string>([word]);
    deletions(word, limit, probes);
    const found = new Map<string, number>();
    for (const p of probes) {
      for (const w of this.#byDeletion.get(p) ?? []) {
        if (found.has(w) || Math.abs(w.length - word.length) > limit) continue;
        const d = typoDistance(word, w, limit);
        if (d <= limit && d <= allowedEdits(w)) found.set(w, d);
      }
    }
    return [...found.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max).map(([w]) => w);
  }

  /** Two vocabulary words (of 2+ letters) that make `word` when run together: "sqlserver" → [["sql", "server"]]. */
  splits(word: string): [string, string][] {
    if (word.length < 5 || !WORD.test(word) || this.#words.has(word)) return [];
    const out: [string, string][] = [];
    for (let i = 2; i <= word.length - 2; i++) {
      const a = word.slice(0, i);
      const b = word.slice(i);
      if (this.#words.has(a) && this.#words.has(b)) out.push([a, b]);
    }
    return out;
  }
}
