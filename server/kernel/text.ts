/**
 * Text as the gateway accepts it (issue 15, findings 5, 6 and 11): one validator for every text input, one
 * normalisation for every name that is resolved, one way of counting characters.
 *
 * - Refused (BAD_USER_INPUT), never changed: control characters — C0 (U+0000–U+001F) except TAB, LF and
 *   CR, DEL (U+007F) and C1 (U+0080–U+009F) — and lone UTF-16 surrogates, which are not text at all
 *   (stored, they would silently become U+FFFD while the answer showed what was sent).
 * - Names are compared after NFKC and with invisible characters removed (zero-width space, non-joiner and
 *   joiner, word joiner, BOM, soft hyphen, Mongolian vowel separator): "Windows 7 S\u00adP1" is the name
 *   people see.
 * - Lengths count Unicode code points, as people count characters and as PostgreSQL's varchar does
 *   (an emoji is one character, not the two UTF-16 units String.length counts).
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with a text input, as a sentence naming the field; null when it is acceptable. */
export function textProblem(value: string, field: string): string | null {
  if (LONE_SURROGATE.test(value)) return `${field} is not valid Unicode text (it contains a lone surrogate)`;
  const m = CONTROL.exec(value);
  if (m) return `${field} contains the control character ${codePoint(m[0])}: text may hold tabs and line breaks, but no other control characters`;
  return null;
}

/** Characters as people count them: Unicode code points. */
export function textLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

/** A name as it is resolved: NFKC, invisible characters removed. */
export function normaliseName(value: string): string {
  return value.normalize('NFKC').replace(INVISIBLE, '');
}

/** What a calendar (RFC 5545 TEXT) may carry: every control character except TAB is dropped. */
export function withoutControls(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g, (c) => (c === '\n' || c === '\r' ? c : ''));
}
