import { InputError } from './failures.js';

/**
 * Excel's 1900 date system. Serial 1 is 1900-01-01. Excel (copying Lotus 1-2-3) believes 1900 was a leap
 * year, so serial 60 is the non-existent 1900-02-29 and every serial from 61 on is one day "late": for them
 * serial = days since 1899-12-30, for serials 1–59 serial = days since 1899-12-31.
 * Examples: 59 = 1900-02-28, 61 = 1900-03-01, 25569 = 1970-01-01, 46023 = 2026-01-01.
 */
const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
/** 9999-12-31, the last date Excel can show. */
export const MAX_SERIAL = 2_958_465;
const FAKE_LEAP_DAY = 60;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict "YYYY-MM-DD" calendar date; null when the text is not one (2026-02-30 is not). */
export function parseIsoDate(text: string): { y: number; m: number; d: number } | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const t = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear keeps them literal.
  t.setUTCFullYear(y);
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return { y, m, d };
}

/** The calendar date of a serial (its time-of-day fraction is ignored). Throws InputError for non-dates. */
export function serialToIso(serial: number): string {
  if (!Number.isFinite(serial)) throw new InputError(`${serial} is not an Excel date`);
  const day = Math.floor(serial);
  if (day < 1) throw new InputError(`${serial} is not an Excel date: dates start at 1 (1900-01-01)`);
  if (day === FAKE_LEAP_DAY) throw new InputError('1900-02-29 does not exist (Excel serial 60 is a leftover from Lotus 1-2-3)');
  if (day > MAX_SERIAL) throw new InputError(`${serial} is after 9999-12-31, the last Excel date`);
  const daysSinceEpoch = day < FAKE_LEAP_DAY ? day + 1 : day;
  return isoOfDay(daysSinceEpoch - DAYS_1899_12_30_TO_1970);
}

const DAYS_1899_12_30_TO_1970 = 25_569;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The ISO date `days` after 1970-01-01, by integer arithmetic (H. Hinnant's civil_from_days): a
 * recalculation converts every cell's date, and a Date object plus toISOString per cell cost several times more.
 */
export function isoOfDay(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  // Excel's dates are 1900–9999: always four digits.
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** The serial of an ISO calendar date. Throws InputError for text that is not one or dates before 1900. */
export function isoToSerial(iso: string): number {
  const p = parseIsoDate(iso);
  if (!p) throw new InputError(`'${iso}' is not a date in the form YYYY-MM-DD`);
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d));
  t.setUTCFullYear(p.y);
  const days = Math.round((t.getTime() - EPOCH) / MS_PER_DAY);
  if (days >= FAKE_LEAP_DAY + 1) return days; // 1900-03-01 and later
  if (days >= 2) return days - 1; // 1900-01-01 … 1900-02-28
  throw new InputError(`${iso} is before 1900-01-01 and cannot be shown as an Excel date`);
}

/** Splits a date-time serial into its calendar date and whole seconds since midnight. */
export function serialToDateTime(serial: number): { date: string; seconds: number } {
  if (!Number.isFinite(serial)) throw new InputError(`${serial} is not an Excel date-time`);
  let day = Math.floor(serial);
  let seconds = Math.round((serial - day) * 86_400);
  // 23:59:59.6 rounds to the next midnight.
  if (seconds === 86_400) {
    day += 1;
    seconds = 0;
  }
  return { date: serialToIso(day), seconds };
}

/** The serial of a calendar date and a time of day (seconds since midnight). */
export function dateTimeToSerial(date: string, seconds: number): number {
  return isoToSerial(date) + seconds / 86_400;
}
