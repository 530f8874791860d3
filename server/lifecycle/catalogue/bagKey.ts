/**
 * A name as a bag of words: the words that tell products apart, in any order, without edition and stop
 * words ("System Center Configuration Manager 2012 R2" and "Microsoft System Center 2012 R2
 * Configuration Manager" are one bag; so are "Windows 11 24H2 Enterprise" and "Windows 11 Enterprise
 * and Education 24H2", which differ only in edition words). The edition words are kept beside the bag:
 * they choose among the products that share it (nameIndex.ts).
 */
import { EDITION_SYNONYMS, EDITION_WORDS, STOP_WORDS } from './nameWords.js';

export interface Bag {
  /** Sorted distinct words, space-separated. */
  key: string;
  /** Edition words (synonyms folded); "n"/"kn" count as editions beside another edition word. */
  editions: ReadonlySet<string>;
}

/** Version words as one token: "r 2" → "r2", "21 h 2" → "21h2", "sp 1" → "sp1", "sp 1 a" → "sp1a". */
export function joinedTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1] ?? '';
    if (t === 'r' && /^\d$/.test(next)) {
      out.push(`r${next}`);
      i += 1;
    } else if (/^\d{2}$/.test(t) && next === 'h' && /^\d$/.test(tokens[i + 2] ?? '')) {
      out.push(`${t}h${tokens[i + 2]}`);
      i += 2;
    } else if (t === 'sp' && /^\d+$/.test(next)) {
      const letter = /^[a-z]$/.test(tokens[i + 2] ?? '') ? tokens[i + 2]! : '';
      out.push(`sp${next}${letter}`);
      i += letter ? 2 : 1;
    } else out.push(t);
  }
  return out;
}

export function bagOf(tokens: readonly string[]): Bag {
  const joined = joinedTokens(tokens);
  const hasEdition = joined.some((t) => EDITION_WORDS.has(t));
  const editions = new Set<string>();
  const words = new Set<string>();
  for (const t of joined) {
    if (EDITION_WORDS.has(t)) editions.add(EDITION_SYNONYMS[t] ?? t);
    else if ((t === 'n' || t === 'kn') && hasEdition) editions.add(t);
    else if (!STOP_WORDS.has(t)) words.add(t);
  }
  return { key: [...words].sort().join(' '), editions };
}
