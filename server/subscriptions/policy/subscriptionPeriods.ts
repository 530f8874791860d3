/**
 * Subscription periods (docs/domain.md §2 Interpretation). A committed term of N months starting on S covers
 * S … S+N months − 1 day; it then renews for 12 months at a time (T-§11). Every boundary is computed
 * from S with the total number of months (S + N, S + N + 12, …), never by chaining period ends, so month-
 * end clamping cannot accumulate: a term from Jan 31 keeps renewing on the last day of February.
 * Pay-as-you-go has no term; its billing period is the calendar month (docs/domain.md §5, T-§2 "monthly in arrears").
 */
import { addDays, addMonths, daysInMonth, fromParts, parts, type IsoDate } from '../../kernel/dates.js';
import { SUBSCRIPTION_RULES } from './subscriptionRules.js';

export interface Period {
  /** 0 = the committed term, 1 = its first renewal, … (calendar months: always 0). */
  index: number;
  start: IsoDate;
  /** Last day of the period (inclusive). */
  end: IsoDate;
}

const RENEWAL = SUBSCRIPTION_RULES.renewalMonths.value;
const NOTICE_DAYS = SUBSCRIPTION_RULES.cancellationNoticeDays.value;

/** Months from `from`'s month to `to`'s month, ignoring days. */
function monthIndexDiff(from: IsoDate, to: IsoDate): number {
  const a = parts(from);
  const b = parts(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** Start of committed period `index` (0 = the term itself, k = the k-th 12-month renewal). */
export function commitmentPeriodStart(termStart: IsoDate, termMonths: number, index: number): IsoDate {
  return index === 0 ? termStart : addMonths(termStart, termMonths + RENEWAL * (index - 1));
}

export function commitmentPeriod(termStart: IsoDate, termMonths: number, index: number): Period {
  const start = commitmentPeriodStart(termStart, termMonths, index);
  const end = addDays(commitmentPeriodStart(termStart, termMonths, index + 1), -1);
  return { index, start, end };
}

/** The committed period that contains `date`; before the term starts, the term itself. */
export function commitmentPeriodContaining(termStart: IsoDate, termMonths: number, date: IsoDate): Period {
  if (date < addMonths(termStart, termMonths)) return commitmentPeriod(termStart, termMonths, 0);
  // Estimate from whole months, then step: the estimate is off by at most one period either way.
  let index = Math.max(1, Math.floor((monthIndexDiff(termStart, date) - termMonths) / RENEWAL) + 1);
  while (index > 1 && date < commitmentPeriodStart(termStart, termMonths, index)) index -= 1;
  while (date >= commitmentPeriodStart(termStart, termMonths, index + 1)) index += 1;
  return commitmentPeriod(termStart, termMonths, index);
}

/** The calendar month containing `date`: pay-as-you-go's billing period (docs/domain.md §5). */
export function calendarMonthContaining(date: IsoDate): Period {
  const { year, month } = parts(date);
  return { index: 0, start: fromParts(year, month, 1), end: fromParts(year, month, daysInMonth(year, month)) };
}

/**
 * T-§11: notice "no later than 30 days before the end of the subscription period". The answer is the
 * last day on which notice is in time: periodEnd − 30 days, that day included (docs/domain.md §2).
 */
export function cancelByFor(periodEnd: IsoDate): IsoDate {
  return addDays(periodEnd, -NOTICE_DAYS);
}
