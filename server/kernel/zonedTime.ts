/**
 * Wall-clock time in an IANA time zone, through Intl.DateTimeFormat (the runtime's tz database), so
 * daylight-saving changes come from the data, not from rules written here. Instants are epoch
 * milliseconds passed in; nothing here reads the clock.
 */
import { fromParts, parts, type IsoDate } from './dates.js';

export interface LocalDateTime {
  date: IsoDate;
  /** HH:mm, 24-hour. */
  time: string;
  /** Minutes east of UTC at that instant (+60 for CET, +120 for CEST), rounded to whole minutes. */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(epochMs: number, timeZone: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const p: Record<string, number> = {};
  for (const { type, value } of formatter(timeZone).formatToParts(epochMs)) if (type !== 'literal') p[type] = Number(value);
  return { y: p.year!, mo: p.month!, d: p.day!, h: p.hour!, mi: p.minute!, s: p.second! };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Seconds east of UTC at an instant, exactly: a whole number of minutes for every standard zone, but not
 * for local mean time before a zone adopted one (Europe/Helsinki until 1921: +01:39:49).
 */
function offsetSecondsAt(epochMs: number, w: ReturnType<typeof wallClock>): number {
  const wholeSeconds = epochMs - (((epochMs % 1000) + 1000) % 1000);
  return Math.round((Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - wholeSeconds) / 1000);
}

export function localDateTime(epochMs: number, timeZone: string): LocalDateTime {
  const w = wallClock(epochMs, timeZone);
  return { date: fromParts(w.y, w.mo, w.d), time: `${pad(w.h)}:${pad(w.mi)}`, offsetMinutes: Math.round(offsetSecondsAt(epochMs, w) / 60) };
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` `time` (HH:mm). Two passes settle the
 * offset across a DST change. A wall time that does not exist (inside the spring-forward gap) maps to
 * the instant one hour later in wall-clock terms; the desks open at 08:00, far from the 02:00–03:00 change.
 */
export function instantOf(date: IsoDate, time: string, timeZone: string): number {
  const { year, month, day } = parts(date);
  const asUtc = Date.UTC(year, month - 1, day, Number(time.slice(0, 2)), Number(time.slice(3, 5)));
  const first = asUtc - offsetSecondsAt(asUtc, wallClock(asUtc, timeZone)) * 1000;
  return asUtc - offsetSecondsAt(first, wallClock(first, timeZone)) * 1000;
}

/**
 * ISO 8601 with the zone's offset at that instant: 2026-11-23T08:00:00+01:00. An offset that is not a
 * whole number of minutes (local mean time) cannot be written in RFC 3339, so that instant is given in UTC.
 */
export function formatWithOffset(epochMs: number, timeZone: string): string {
  const w = wallClock(epochMs, timeZone);
  const offsetSeconds = offsetSecondsAt(epochMs, w);
  if (offsetSeconds % 60 !== 0) return new Date(epochMs - (((epochMs % 1000) + 1000) % 1000)).toISOString().replace(/\.000Z$/, 'Z');
  const off = offsetSeconds / 60;
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${fromParts(w.y, w.mo, w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
