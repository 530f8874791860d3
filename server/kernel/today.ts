import type { IsoDate } from './dates.js';

const formatters = new Map<string, Intl.DateTimeFormat>();
/** The last answer per time zone and the minute it is for: every request asks, and formatting costs. */
const lastAnswer = new Map<string, { minute: number; date: IsoDate }>();
const MS_PER_MINUTE = 60_000;

/**
 * The calendar date of `now` in `timeZone` ("today" is decided here, at the edge, never in policy/).
 * Remembered per minute: every time zone's offset is a whole number of minutes, so a date line is always
 * crossed on a minute boundary and one minute never spans two dates.
 */
export function todayIn(timeZone: string, now: Date): IsoDate {
  const minute = Math.floor(now.getTime() / MS_PER_MINUTE);
  const last = lastAnswer.get(timeZone);
  if (last && last.minute === minute) return last.date;
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  const date = f.format(now);
  lastAnswer.set(timeZone, { minute, date });
  return date;
}
