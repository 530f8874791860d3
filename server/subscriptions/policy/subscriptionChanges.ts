/**
 * When price and terms changes take effect (T-§3, T-§12).
 */
import type { Citation } from '../../kernel/citations.js';
import { addDays, addMonths, isIsoDate, maxDate, type IsoDate } from '../../kernel/dates.js';
import { describePeriod, firstPeriodStartingOnOrAfter, subscriptionPeriodStart } from './subscriptionPeriods.js';
import { assertSubscriptionTerms, type SubscriptionTerms } from './subscriptionTerms.js';
import { cite } from '../../kernel/termsRecord.js';
import { SUBSCRIPTION_RULES } from './subscriptionRules.js';

const R = SUBSCRIPTION_RULES;
/** T-§12: 30 days' notice; day 0 is the notice day. */
const NOTICE_DAYS = R.termsChangeNoticeDays.value;

/** T-§3: CSP Office 365 prices are fixed for 12 months from the order date: the lock's last day. */
export function priceLockedUntil(orderDate: IsoDate): IsoDate {
  return addDays(addMonths(orderDate, R.priceLockMonths.value), -1);
}

/**
 * Start of subscription period `n` (n = 0 is the start), the periods a fee change may take effect at:
 * the same periods subscriptionDeadlines and cancellationEffect use (subscriptionPeriods.ts). A committed
 * term of any length is ONE period (a 36-month term has no fee change at its anniversaries); after it
 * the 12-month renewals follow, anchored on the term start. Pay-as-you-go: 12-month periods counted from
 * the subscription start (docs/domain.md §2, Interpretation: fee changes).
 */
export function feePeriodStart(terms: SubscriptionTerms, n: number): IsoDate {
  return subscriptionPeriodStart(terms, n);
}

export interface PriceChangeEffect {
  effectiveOn: IsoDate;
  /** The subscription period the changed fee first applies to (it starts on effectiveOn). */
  periodStart: IsoDate;
  periodEnd: IsoDate;
  explanation: string;
  citations: Citation[];
}

/**
 * T-§12: fee changes apply "from the start of the following 12-month subscription period", never within
 * one, and changes to the terms need 30 days' written notice; T-§3: never within the 12-month price lock.
 * The answer is the first period start that is
 *   - at least 30 days after the notice: ≥ noticedOn + 30 days, the notice day being day 0 (the same
 *     arithmetic as termsChangeEffectiveOn and the cancellation deadline), and
 *   - after the price lock: > priceLockedUntil(orderDate).
 * A period that starts on noticedOn + 30 days qualifies; one that starts a day earlier does not.
 */
export function priceChangeEffectiveOn(terms: SubscriptionTerms, noticedOn: IsoDate): PriceChangeEffect {
  assertSubscriptionTerms(terms, { noticedOn });
  const lockEnds = priceLockedUntil(terms.orderDate);
  const afterLock = addDays(lockEnds, 1);
  const afterNotice = addDays(noticedOn, NOTICE_DAYS);
  const earliest = maxDate(afterLock, afterNotice);
  const period = firstPeriodStartingOnOrAfter(terms, earliest);
  const explanation =
    `A fee change noticed on ${noticedOn} takes effect on ${period.start}, the start of ${describePeriod(terms, period)}: ` +
    `fee changes apply only from the start of a subscription period, never within one, and need 30 days' written notice, ` +
    `so the period must start on or after ${afterNotice} (the notice day + 30 days) and after the price lock, ` +
    `which fixes prices until ${lockEnds} (12 months from the order date ${terms.orderDate}).`;
  return {
    effectiveOn: period.start,
    periodStart: period.start,
    periodEnd: period.end,
    explanation,
    citations: [
      cite(R.feeChangePeriodMonths, 'Fee changes apply from the start of the following subscription period, never within one.'),
      cite(R.termsChangeNoticeDays, 'Changes to the terms, fee changes included, need 30 days’ written notice.'),
      cite(R.priceLockMonths, 'Office 365 prices are fixed for 12 months from the order date.'),
    ],
  };
}

/**
 * T-§12: the terms may change "with 30 days' notice" in writing to the person who ordered. **Interpretation:**
 * "at least 30 days after" the notice: the notice day is day 0 and the change applies from day 30
 * (noticedOn + 30 days), the same arithmetic as the cancellation deadline (periodEnd − 30 days) and as
 * the notice a fee change needs (priceChangeEffectiveOn).
 */
export function termsChangeEffectiveOn(noticedOn: IsoDate): { effectiveOn: IsoDate; explanation: string; citations: Citation[] } {
  if (!isIsoDate(noticedOn)) throw new RangeError(`noticedOn must be a calendar date YYYY-MM-DD, not ${JSON.stringify(noticedOn)}`);
  const effectiveOn = addDays(noticedOn, NOTICE_DAYS);
  return {
    effectiveOn,
    explanation: `Changed terms apply from ${effectiveOn}, ${NOTICE_DAYS} days after the written notice.`,
    citations: [cite(R.termsChangeNoticeDays, 'The terms may be changed with 30 days’ written notice to the person who ordered the subscription.')],
  };
}
