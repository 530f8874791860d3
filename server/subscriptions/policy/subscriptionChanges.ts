/**
 * When price and terms changes take effect (T-§3, T-§12).
 */
import type { Citation } from '../../kernel/citations.js';
import { addDays, addMonths, isIsoDate, maxDate, parts, type IsoDate } from '../../kernel/dates.js';
import { assertSubscriptionTerms, committedMonths, type SubscriptionTerms } from './subscriptionTerms.js';
import { cite } from '../../kernel/termsRecord.js';
import { SUBSCRIPTION_RULES } from './subscriptionRules.js';

const R = SUBSCRIPTION_RULES;
const FEE_PERIOD = R.feeChangePeriodMonths.value;

/** T-§3: CSP Office 365 prices are fixed for 12 months from the order date: the lock's last day. */
export function priceLockedUntil(orderDate: IsoDate): IsoDate {
  return addDays(addMonths(orderDate, R.priceLockMonths.value), -1);
}

/**
 * Start of 12-month subscription period `n` (n = 0 is the start). **Interpretation:** T-§12 speaks of
 * "12-month subscription periods", so they are counted from the term start: a committed term longer than
 * 12 months is split at its anniversaries, and after the term the 12-month renewals (T-§11) follow, so a
 * term whose length is not a multiple of 12 ends with one shorter period. Pay-as-you-go: anniversaries of
 * the subscription start.
 */
export function feePeriodStart(terms: SubscriptionTerms, n: number): IsoDate {
  if (terms.billingModel === 'PAY_AS_YOU_GO') return addMonths(terms.termStart, FEE_PERIOD * n);
  const months = committedMonths(terms);
  const withinTerm = Math.ceil(months / FEE_PERIOD);
  return n < withinTerm
    ? addMonths(terms.termStart, FEE_PERIOD * n)
    : addMonths(terms.termStart, months + FEE_PERIOD * (n - withinTerm));
}

/**
 * T-§12: fee changes apply "from the start of the following 12-month subscription period", never within
 * one; T-§3: and never within the 12-month price lock. **Interpretation:** "following" means a period
 * that starts strictly after the notice day (a period that starts on the notice day is already running).
 */
export function priceChangeEffectiveOn(
  terms: SubscriptionTerms,
  noticedOn: IsoDate,
): { effectiveOn: IsoDate; citations: Citation[]; explanation: string } {
  assertSubscriptionTerms(terms, { noticedOn });
  const lockEnds = priceLockedUntil(terms.orderDate);
  const afterLock = addDays(lockEnds, 1);
  const afterNotice = addDays(noticedOn, 1);
  const earliest = maxDate(afterLock, afterNotice);
  // Every period is at most 12 months long, so starting two periods below the month estimate is safe.
  const start = parts(terms.termStart);
  const target = parts(earliest);
  let n = Math.max(1, Math.floor(((target.year - start.year) * 12 + target.month - start.month) / FEE_PERIOD) - 2);
  while (feePeriodStart(terms, n) < earliest) n += 1;
  const effectiveOn = feePeriodStart(terms, n);
  const lockDecides = afterLock > afterNotice;
  return {
    effectiveOn,
    explanation:
      `A fee change noticed on ${noticedOn} applies from the start of the next 12-month subscription period, ` +
      `${effectiveOn}` +
      (lockDecides ? `, and not before the price lock ends: prices are fixed until ${lockEnds} (12 months from the order date ${terms.orderDate}).` : '.'),
    citations: [
      cite(R.feeChangePeriodMonths, 'Fee changes apply from the start of the following 12-month subscription period, never within one.'),
      cite(R.priceLockMonths, 'Office 365 prices are fixed for 12 months from the order date.'),
    ],
  };
}

/**
 * T-§12: the terms may change "with 30 days' notice" in writing to the person who ordered. **Interpretation:**
 * the notice day is day 0 and the change applies from day 30 (noticedOn + 30 days): the same arithmetic
 * as the cancellation deadline (periodEnd − 30 days).
 */
export function termsChangeEffectiveOn(noticedOn: IsoDate): { effectiveOn: IsoDate; explanation: string; citations: Citation[] } {
  if (!isIsoDate(noticedOn)) throw new RangeError(`noticedOn must be a calendar date YYYY-MM-DD, not ${JSON.stringify(noticedOn)}`);
  const effectiveOn = addDays(noticedOn, R.termsChangeNoticeDays.value);
  return {
    effectiveOn,
    explanation: `Changed terms apply from ${effectiveOn}, ${R.termsChangeNoticeDays.value} days after the written notice.`,
    citations: [cite(R.termsChangeNoticeDays, 'The terms may be changed with 30 days’ written notice to the person who ordered the subscription.')],
  };
}
