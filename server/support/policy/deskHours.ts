/**
 * Is the support desk open (T-§7)? Weekdays except public holidays, in each country's local time.
 * The instant `at` and the holiday lookup are arguments: nothing here reads the clock or a calendar
 * library (server/support/holidays/publicHolidays.ts adapts date-holidays to HolidayLookup).
 */
import desksJson from '../../../seed/terms/deskHours.json' with { type: 'json' };
import type { Citation } from '../../kernel/citations.js';
import { addDays, dayOfWeek, type IsoDate } from '../../kernel/dates.js';
import { checkTermsRecord, cite, type TermsRecord } from '../../kernel/termsRecord.js';
import { formatWithOffset, instantOf, localDateTime } from '../../kernel/zonedTime.js';

/** The Nordic helpdesk countries (T-§7). */
export const COUNTRIES = ['SE', 'NO', 'DK', 'FI'] as const;
export type Country = (typeof COUNTRIES)[number];

/** The country's public holiday on a local calendar date, or null (docs/domain.md §5: public holidays only). */
export type HolidayLookup = (country: Country, localDate: IsoDate) => { name: string } | null;

export interface DeskStatus {
  country: Country;
  /** The instant asked about, in UTC. */
  at: string;
  localDate: IsoDate;
  /** HH:mm on the desk's wall clock. */
  localTime: string;
  timeZone: string;
  open: boolean;
  /** Today's opening and closing instants with their offset, or null on a weekend or public holiday. */
  todayOpens: string | null;
  todayCloses: string | null;
  /** The next opening strictly after `at` (when open: the next one after today's close). */
  opensAt: string | null;
  /** When open: today's close. */
  closesAt: string | null;
  /** The public holiday that closes the desk on a weekday; null on weekends and ordinary days. */
  holiday: { date: IsoDate; name: string } | null;
  phone: string;
  email: string;
  emailNote: string;
  citations: Citation[];
}

interface Desk extends TermsRecord {
  country: Country;
  timeZone: string;
  opens: string;
  closes: string;
  weekdays: number[];
  phone: string;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const DESKS = new Map<Country, Desk>(
  desksJson.desks.map((d) => {
    if (!COUNTRIES.includes(d.country as Country) || !HHMM.test(d.opens) || !HHMM.test(d.closes) || d.opens >= d.closes) {
      throw new Error(`seed/terms/deskHours.json: bad desk ${d.country}`);
    }
    return [d.country as Country, { ...checkTermsRecord(d.country, d), ...d, country: d.country as Country }];
  }),
);
const EMAIL = { ...checkTermsRecord('faultReportEmail', desksJson.faultReportEmail), ...desksJson.faultReportEmail };

// Enough to cross any run of weekends and holidays (the longest, Easter, closes five days in a row).
const SEARCH_DAYS = 31;

export function deskStatus(country: Country, at: Date, holidays: HolidayLookup): DeskStatus {
  const desk = DESKS.get(country);
  if (!desk) throw new RangeError(`No support desk for country ${String(country)}`);
  const atMs = at.getTime();
  if (Number.isNaN(atMs)) throw new RangeError('at must be a valid instant');
  const local = localDateTime(atMs, desk.timeZone);
  const today = hoursOn(desk, local.date, holidays);
  const open = today.hours !== null && today.hours.opens <= atMs && atMs < today.hours.closes;
  const opensAtMs =
    today.hours !== null && atMs < today.hours.opens ? today.hours.opens : nextOpening(desk, local.date, holidays);
  const iso = (ms: number) => formatWithOffset(ms, desk.timeZone);
  return {
    country,
    at: at.toISOString(),
    localDate: local.date,
    localTime: local.time,
    timeZone: desk.timeZone,
    open,
    todayOpens: today.hours ? iso(today.hours.opens) : null,
    todayCloses: today.hours ? iso(today.hours.closes) : null,
    opensAt: iso(opensAtMs),
    closesAt: open && today.hours ? iso(today.hours.closes) : null,
    holiday: today.holiday,
    phone: desk.phone,
    email: EMAIL.address,
    emailNote: EMAIL.note,
    citations: [
      cite(desk, `The ${country} desk answers on weekdays except public holidays, ${desk.opens}–${desk.closes} local time, on ${desk.phone}.`),
      cite(EMAIL, 'Fault reports may be sent by e-mail at any time, inside and outside opening hours.'),
    ],
  };
}

function hoursOn(desk: Desk, date: IsoDate, holidays: HolidayLookup) {
  if (!desk.weekdays.includes(dayOfWeek(date))) return { hours: null, holiday: null };
  const holiday = holidays(desk.country, date);
  if (holiday) return { hours: null, holiday: { date, name: holiday.name } };
  return { hours: { opens: instantOf(date, desk.opens, desk.timeZone), closes: instantOf(date, desk.closes, desk.timeZone) }, holiday: null };
}

/** The opening instant of the first working day after `date`. */
function nextOpening(desk: Desk, date: IsoDate, holidays: HolidayLookup): number {
  for (let i = 1; i <= SEARCH_DAYS; i += 1) {
    const hours = hoursOn(desk, addDays(date, i), holidays).hours;
    if (hours) return hours.opens;
  }
  throw new Error(`No opening day within ${SEARCH_DAYS} days after ${date} for ${desk.country}: the holiday lookup is wrong`);
}
