/**
 * Subscription periods (docs/domain.md §2 Interpretation): the one notion of "period" that deadlines,
 * cancellations and fee changes share. A committed term of N months starting on S is ONE period,
 * S … S+N months − 1 day, however long N is; it then renews for 12 months at a time (T-§11). Every
 * boundary is computed from S with the total number of months (S + N, S + N + 12, …), never by chaining
 * period ends, so month-end clamping cannot accumulate (renewals are anchored): a term from Jan 31 keeps
 * renewing on the last day of February. Pay-as-you-go has no term: for billing its period is the calendar
 * month (docs/domain.md §5, T-§2 "monthly in arrears"); for fee changes (T-§12) it has 12-month periods
 * counted from its start, S + 12·k months.
 */
import { addDays, addMonths, daysInMonth, fromParts, parts, type IsoDate } from '../../kernel/dates.js';
import { SUBSCRIPTION_RULES } from './subscriptionRules.js';
import { committedMonths, type SubscriptionTerms } from './subscriptionTerms.js';

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

/** What a subscription period is (for `subscriptionPeriod`): the committed term, a renewal, or a PAYG year. */
export type PeriodKind = 'COMMITTED_TERM' | 'RENEWAL' | 'PAYG_YEAR';

export interface SubscriptionPeriod extends Period {
  kind: PeriodKind;
}

const FEE_PERIOD = SUBSCRIPTION_RULES.feeChangePeriodMonths.value;

/**
 * Start of subscription period `index` as T-§11/§12 count them: COMMITMENT — 0 is the committed term
 * (one period, whatever its length), k ≥ 1 the k-th 12-month renewal; PAY_AS_YOU_GO — the 12-month
 * periods from the subscription start (anchored: S + 12·index months).
 */
export function subscriptionPeriodStart(terms: SubscriptionTerms, index: number): IsoDate {
  if (terms.billingModel === 'PAY_AS_YOU_GO') return addMonths(terms.termStart, FEE_PERIOD * index);
  return commitmentPeriodStart(terms.termStart, committedMonths(terms), index);
}

export function subscriptionPeriod(terms: SubscriptionTerms, index: number): SubscriptionPeriod {
  const start = subscriptionPeriodStart(terms, index);
  const end = addDays(subscriptionPeriodStart(terms, index + 1), -1);
  const kind: PeriodKind = terms.billingModel === 'PAY_AS_YOU_GO' ? 'PAYG_YEAR' : index === 0 ? 'COMMITTED_TERM' : 'RENEWAL';
  return { index, start, end, kind };
}

/** The subscription period containing `date`; before the subscription starts, period 0. */
export function subscriptionPeriodContaining(terms: SubscriptionTerms, date: IsoDate): SubscriptionPeriod {
  if (terms.billingModel === 'COMMITMENT') return subscriptionPeriod(terms, commitmentPeriodContaining(terms.termStart, committedMonths(terms), date).index);
  if (date < terms.termStart) return subscriptionPeriod(terms, 0);
  // Estimate from whole months (each period is exactly 12 calendar months), then step.
  let index = Math.max(0, Math.floor(monthIndexDiff(terms.termStart, date) / FEE_PERIOD));
  while (index > 0 && date < subscriptionPeriodStart(terms, index)) index -= 1;
  while (date >= subscriptionPeriodStart(terms, index + 1)) index += 1;
  return subscriptionPeriod(terms, index);
}

/**
 * The first subscription period that starts on or after `earliest` (period 0 when the subscription has
 * not started by then). Used by fee changes: they take effect at a period start, never inside a period.
 */
export function firstPeriodStartingOnOrAfter(terms: SubscriptionTerms, earliest: IsoDate): SubscriptionPeriod {
  const containing = subscriptionPeriodContaining(terms, earliest);
  return containing.start >= earliest ? containing : subscriptionPeriod(terms, containing.index + 1);
}

/** How a period is named in an explanation: "the committed 36-month term 2024-03-01 … 2027-02-28". */
export function describePeriod(terms: SubscriptionTerms, p: SubscriptionPeriod): string {
  const span = `${p.start} … ${p.end}`;
  if (p.kind === 'COMMITTED_TERM') return `the committed ${committedMonths(terms)}-month term ${span}`;
  if (p.kind === 'RENEWAL') return `12-month renewal ${p.index} (${span})`;
  return `12-month period ${p.index + 1} from the start (${span})`;
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
