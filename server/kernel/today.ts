import type { IsoDate } from './dates.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of `now` in `timeZone` ("today" is decided here, at the edge, never in policy/). */
export function todayIn(timeZone: string, now: Date): IsoDate {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f.format(now);
}
