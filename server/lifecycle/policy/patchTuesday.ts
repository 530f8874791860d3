/**
 * Patch Tuesday: Microsoft ships updates on the second Tuesday of the month, and its published
 * service-pack end dates fall on the Patch Tuesday of a quarter month (L-SP-TABLE; see
 * docs/domain.md §1, Interpretation (rounding): Windows 7 SP1 shipped 2011-02-22, + 24 months = 2013-02-22, rounded up to
 * 2013-04-09, the published RTM end).
 */
import { dayOfWeek, fromParts, parts, type IsoDate } from '../../kernel/dates.js';
import { LIFECYCLE_RULES } from './lifecycleRules.js';

const TUESDAY = 2;

/** The second Tuesday of `month` (1–12) of `year`. */
export function patchTuesday(year: number, month: number): IsoDate {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month must be 1–12, got ${month}`);
  const first = fromParts(year, month, 1);
  // Days from the 1st to the first Tuesday (0–6), then one more week for the second.
  const toFirstTuesday = (TUESDAY - dayOfWeek(first) + 7) % 7;
  return fromParts(year, month, 1 + toFirstTuesday + 7);
}

/**
 * The first quarterly Patch Tuesday (January, April, July or October) on or after `d`. A date that is
 * itself a quarterly Patch Tuesday is returned unchanged; the day after moves to the next quarter, and
 * anything after the October one rolls over to January of the following year.
 */
export function nextQuarterlyPatchTuesday(d: IsoDate): IsoDate {
  const quarterMonths = LIFECYCLE_RULES.servicePackRounding.quarterMonths;
  const { year } = parts(d);
  // Candidates in this year and the next, in order; the first one not before d wins.
  for (const y of [year, year + 1]) {
    for (const m of quarterMonths) {
      const candidate = patchTuesday(y, m);
      if (candidate >= d) return candidate;
    }
  }
  throw new Error(`no quarterly Patch Tuesday found after ${d}`); // unreachable with a non-empty rule table
}
