import { isoToSerial, parseIsoDate, serialToDateTime, serialToIso } from './excelDates.js';
import { InputError } from './failures.js';

/**
 * Turns what Excel passes to a custom function into clean values. Excel passes a number for a number or a
 * date cell, text for text, a boolean for TRUE/FALSE, and null (older hosts: undefined) for an omitted
 * optional argument; an empty cell arrives as null, 0 or "" depending on the host, so "" counts as omitted.
 */
export type CellInput = string | number | boolean | null | undefined;

function isOmitted(value: CellInput): value is null | undefined | '' {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Required text (a number is accepted and turned into text: subscription ids, versions). */
export function textArg(value: CellInput, name: string): string {
  const text = optionalTextArg(value, name);
  if (text === null) throw new InputError(`${name} is required`);
  return text;
}

export function optionalTextArg(value: CellInput, name: string): string | null {
  if (isOmitted(value)) return null;
  if (typeof value === 'boolean') throw new InputError(`${name} must be text, not ${value ? 'TRUE' : 'FALSE'}`);
  if (typeof value === 'number') return String(value);
  return value.trim();
}

/**
 * A date: an Excel serial (a date cell) or ISO text "2026-01-01". Anything else is #VALUE!, including
 * "31/12/2026" (day/month order depends on the user's locale, so it is refused rather than guessed).
 */
export function dateArg(value: CellInput, name: string): string {
  const date = optionalDateArg(value, name);
  if (date === null) throw new InputError(`${name} is required`);
  return date;
}

export function optionalDateArg(value: CellInput, name: string): string | null {
  if (isOmitted(value)) return null;
  if (typeof value === 'number') return withName(name, () => serialToIso(value));
  if (typeof value === 'boolean') throw new InputError(`${name} must be a date, not ${value ? 'TRUE' : 'FALSE'}`);
  const text = value.trim();
  if (parseIsoDate(text)) return withName(name, () => (isoToSerial(text), text));
  throw new InputError(`${name}: '${text}' is not a date; use a date cell or ISO text such as 2026-12-31`);
}

/** A wall-clock date-time (no zone): a serial with a time fraction, or "2026-01-01T09:30[:00]" / "2026-01-01 09:30". */
export function optionalDateTimeArg(value: CellInput, name: string): { date: string; seconds: number } | null {
  if (isOmitted(value)) return null;
  if (typeof value === 'number') return withName(name, () => serialToDateTime(value));
  if (typeof value === 'boolean') throw new InputError(`${name} must be a date-time, not ${value ? 'TRUE' : 'FALSE'}`);
  const text = value.trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (m && parseIsoDate(m[1]!)) {
    const [h, min, s] = [Number(m[2] ?? 0), Number(m[3] ?? 0), Number(m[4] ?? 0)];
    if (h < 24 && min < 60 && s < 60) return withName(name, () => (isoToSerial(m[1]!), { date: m[1]!, seconds: h * 3600 + min * 60 + s }));
  }
  throw new InputError(`${name}: '${text}' is not a date-time; use a date-time cell or text such as 2026-11-23 09:30`);
}

/**
 * One value of a fixed list, typed the way people write it: "security updates", "Security-Updates" and
 * SECURITY_UPDATES are the same. Unknown names are #VALUE! listing the valid ones.
 */
export function enumArg<T extends string>(value: CellInput, name: string, allowed: readonly T[], aliases: Record<string, T> = {}): T {
  const key = normaliseEnumName(textArg(value, name));
  const found = (allowed as readonly string[]).includes(key) ? (key as T) : aliases[key];
  if (found) return found;
  throw new InputError(`${name}: '${String(value).trim()}' is not one of ${allowed.join(', ')}`);
}

/** "end of service" → END_OF_SERVICE. */
export function normaliseEnumName(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function withName<T>(name: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof InputError) throw new InputError(`${name}: ${e.message}`);
    throw e;
  }
}
