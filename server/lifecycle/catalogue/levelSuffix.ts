/**
 * A level written after the product name ("Windows 7 SP1", "SQL Server 2016 Service Pack 2",
 * "Windows 7 ESU Year 2", "Windows 10 Enterprise 21H2", "Visual Studio 2019 16.11"). Works on search
 * keys (searchKey.ts), so "SP1", "sp 1" and "Service Pack 1" all become the level key "sp 1" — the
 * search key of the level code `SP1`.
 */
import { searchKey } from './searchKey.js';

export interface LevelSuffix {
  /** Search key of the product part ("windows 7"). */
  baseKey: string;
  /** Search key of the level, comparable with `levelKey(code)` ("sp 1", "esu 2", "21 h 2", "rtm"). */
  levelKey: string;
}

/** Search key of a level code: `SP1` → "sp 1", `21H2` → "21 h 2", `UPDATE5` → "update 5". */
export function levelKey(code: string): string {
  return searchKey(code);
}

// Each pattern matches the end of a search key; group 1 is the product part. Longest forms first.
const SUFFIXES: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [/^(.+) service pack (\d+)(?: ([a-z]))?$/, (m) => `sp ${m[2]}${m[3] ? ` ${m[3]}` : ''}`],
  [/^(.+) sp (\d+)(?: ([a-z]))?$/, (m) => `sp ${m[2]}${m[3] ? ` ${m[3]}` : ''}`],
  [/^(.+) (?:rtm|original release)$/, () => 'rtm'],
  [/^(.+) (?:extended security updates? |esu )year (\d+)$/, (m) => `esu ${m[2]}`],
  [/^(.+) esu (\d+)$/, (m) => `esu ${m[2]}`],
  [/^(.+) (?:extended security updates?|esu)$/, () => 'esu'],
  [/^(.+) update (\d+(?:\.\d+)*)$/, (m) => `update ${m[2]}`],
  [/^(.+?)(?: version| v)? (\d{2} h \d)$/, (m) => m[2]!],
  [/^(.+?)(?: version| v)? (\d{4})$/, (m) => m[2]!],
  [/^(.+?)(?: version| v)? (\d+(?:\.\d+)+)$/, (m) => m[2]!],
  [/^(.+) version (\d+(?: x)?)$/, (m) => m[2]!],
];

/**
 * Splits a trailing level off a search key; null when the key does not end in one. The product part
 * must keep at least one word, so "2016" alone is not read as a version.
 */
export function splitLevelSuffix(key: string): LevelSuffix | null {
  if (key.length > 200) return null;
  for (const [pattern, level] of SUFFIXES) {
    const m = pattern.exec(key);
    if (m && m[1]!.trim() !== '') return { baseKey: m[1]!, levelKey: level(m) };
  }
  return null;
}
