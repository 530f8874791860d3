/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`): no time, no zone. Microsoft's lifecycle dates and the
 * contract's deadlines are calendar days, so every computation here works on whole days (a day number
 * since 1970-01-01) and never on instants. Lexical order of valid ISO dates is chronological order.
 */
import { LIMITS } from './limits.js';

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `s` is a real calendar date in `YYYY-MM-DD` form, years 1000–9999 (rejects 2023-02-29). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  // Every date a bulk answer serialises is checked (the Date scalar): the few thousand distinct ones are remembered.
  if (VALID_DATES.has(s)) return true;
  const m = ISO.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return false;
  if (VALID_DATES.size >= 50_000) VALID_DATES.clear();
  VALID_DATES.add(s);
  return true;
}
const VALID_DATES = new Set<string>();

/** Whether a valid ISO date lies in the range clients may send, LIMITS.minDate … LIMITS.maxDate. */
export function isDateInRange(d: IsoDate): boolean {
  return d >= LIMITS.minDate && d <= LIMITS.maxDate;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in month `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

export function parts(d: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

export function fromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole days since 1970-01-01 (negative before). */
export function toDayNumber(d: IsoDate): number {
  const { year, month, day } = parts(d);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): IsoDate {
  const t = new Date(n * MS_PER_DAY);
  return fromParts(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function addDays(d: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + days);
}

/** `to − from` in whole days (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Adds calendar months, clamping to the month's last day (docs/domain.md, Dates: Jan 31 + 1 month =
 * Feb 28, or Feb 29 in a leap year). Negative `months` subtract.
 */
export function addMonths(d: IsoDate, months: number): IsoDate {
  const { year, month, day } = parts(d);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return fromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

export function addYears(d: IsoDate, years: number): IsoDate {
  return addMonths(d, years * 12);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** Day of week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(d: IsoDate): number {
  return (((toDayNumber(d) + 4) % 7) + 7) % 7;
}
