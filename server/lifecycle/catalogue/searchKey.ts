/**
 * The one normalisation every lookup uses: names, aliases, slugs and what users type all go through
 * `searchKey`, so "SQL  Server 2016", "sql-server 2016" and "SQL\u00a0Server\u00a02016" meet, and so do
 * "Win7" and "Win 7" or "SQL2016" and "SQL 2016".
 *
 * Rules (applied in order):
 * - Unicode NFKD, diacritics dropped, lower case ("für" → "fur", so the German alias still matches);
 * - "+" is spelled "plus" (Visual C++, Surface Pro 7+ must not collide with Surface Pro 7);
 * - a dot between two digits is kept ("8.1" ≠ "81"), every other non-alphanumeric run is a space;
 * - letters and digits are split apart ("win7" → "win 7", "21h2" → "21 h 2", "sp1" → "sp 1");
 * - spaces collapsed and trimmed.
 * The result is a space-separated token string; an empty string means "nothing searchable".
 */
export function searchKey(text: string): string {
  return isPlainAscii(text) ? asciiSearchKey(text) : foldedSearchKey(text);
}

/** Printable ASCII only: NFKD and diacritics change nothing, and one pass does the rest. */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

// Character kinds of asciiSearchKey (plain numbers: no enum object to look up per character).
const NONE = 0;
const LETTER = 1;
const DIGIT = 2;

const kindOf = (c: number): number => (c >= 97 && c <= 122 ? LETTER : c >= 48 && c <= 57 ? DIGIT : NONE);

/**
 * The rules above in one pass over printable ASCII (a large catalogue keys hundreds of thousands of
 * names at start-up; the regular expressions were most of it). Same result as foldedSearchKey, which
 * searchKey.test.ts checks on random text.
 */
function asciiSearchKey(text: string): string {
  let out = '';
  let last = NONE; // of the last character written (a kept dot or a space: None)
  let space = false; // a separator is pending
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    const kind = kindOf(c);
    if (kind !== NONE) {
      if (out !== '' && (space || (last !== NONE && last !== kind))) out += ' ';
      out += String.fromCharCode(c);
      last = kind;
      space = false;
    } else if (c === 43) {
      // "+" is the word "plus".
      if (out !== '') out += ' ';
      out += 'plus';
      last = LETTER;
      space = true;
    } else if (c === 46 && last === DIGIT && !space && kindOf(text.charCodeAt(i + 1)) === DIGIT) {
      out += '.';
      last = NONE;
    } else {
      space = true;
    }
  }
  return out;
}

/** The rules as written, for any text (also what asciiSearchKey must equal). */
export function foldedSearchKey(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/(\d)\.(?=\d)/g, '$1\u0001');
  return folded
    .replace(/[^a-z0-9\u0001]+/g, ' ')
    .replace(/([a-z])(?=\d)/g, '$1 ')
    .replace(/(\d)(?=[a-z])/g, '$1 ')
    .replace(/\u0001/g, '.')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Tokens of a search key ("windows 7 sp 1" → ["windows", "7", "sp", "1"]). */
export function keyTokens(key: string): string[] {
  return key === '' ? [] : key.split(' ');
}

/**
 * True when `prefix` covers whole leading tokens of `key` ("windows 10" is a prefix of
 * "windows 10 home and pro" but not of "windows 100").
 */
export function isTokenPrefix(prefix: string, key: string): boolean {
  return key.length > prefix.length && key.startsWith(prefix) && key.charCodeAt(prefix.length) === 32;
}
