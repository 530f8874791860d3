/**
 * Public holidays for the T-§7 desk hours, from date-holidays (docs/domain.md §5: national *public* holidays
 * only, not bank holidays or observances: Swedish midsummer eve and Christmas Eve are "bank" days there
 * and do not close the desk). No I/O: the library carries its data.
 */
import type HolidaysLibrary from 'date-holidays';
import { createRequire } from 'node:module';
import type { Country, HolidayLookup } from '../policy/deskHours.js';
import type { IsoDate } from '../../kernel/dates.js';

type YearTable = Map<IsoDate, { name: string }>;

/**
 * The library, loaded on the first desk question rather than at start-up: it carries every country's
 * holidays (~17 MB of heap and ~0.2 s to import) and only the supportDesk query needs it. Its CommonJS
 * build, so the lookup stays synchronous.
 */
let library: typeof HolidaysLibrary | null = null;
const holidaysLibrary = (): typeof HolidaysLibrary => (library ??= createRequire(import.meta.url)('date-holidays') as typeof HolidaysLibrary);

export function publicHolidayLookup(): HolidayLookup {
  const calendars = new Map<Country, HolidaysLibrary>();
  const years = new Map<string, YearTable>();

  const table = (country: Country, year: number): YearTable => {
    const key = `${country} ${year}`;
    let t = years.get(key);
    if (!t) {
      let cal = calendars.get(country);
      if (!cal) {
        cal = new (holidaysLibrary())(country);
        calendars.set(country, cal);
      }
      t = new Map();
      for (const h of cal.getHolidays(year)) {
        // `date` is the local calendar date ("2027-05-17 00:00:00"); `start` is an instant in the
        // country's zone and would shift a day when read in UTC.
        if (h.type === 'public' && !t.has(h.date.slice(0, 10))) t.set(h.date.slice(0, 10), { name: h.name });
      }
      years.set(key, t);
    }
    return t;
  };

  return (country, localDate) => table(country, Number(localDate.slice(0, 4))).get(localDate) ?? null;
}
