/**
 * Subscription deadlines on a given day (T-§2, T-§3, T-§11, T-§12; docs/domain.md §2). `asOf` is an argument:
 * nothing here reads the clock.
 */
import type { Citation } from '../../kernel/citations.js';
import { addDays, type IsoDate } from '../../kernel/dates.js';
import { cancellationEffect } from './cancellationEffect.js';
import { priceLockedUntil } from './subscriptionChanges.js';
import { calendarMonthContaining, cancelByFor, subscriptionPeriod, subscriptionPeriodContaining, type Period } from './subscriptionPeriods.js';
import { assertSubscriptionTerms, type BillingModel, type SubscriptionTerms } from './subscriptionTerms.js';
import { cite } from '../../kernel/termsRecord.js';
import { SUBSCRIPTION_RULES } from './subscriptionRules.js';

export type { BillingModel, CancellationChannel, SubscriptionTerms } from './subscriptionTerms.js';
export { subscriptionTermsProblems } from './subscriptionTerms.js';
export { cancellationEffect, type CancellationEffect } from './cancellationEffect.js';
export { feePeriodStart, priceChangeEffectiveOn, priceLockedUntil, termsChangeEffectiveOn, type PriceChangeEffect } from './subscriptionChanges.js';

export interface DeadlinesAnswer {
  asOf: IsoDate;
  billingModel: BillingModel;
  /** COMMITMENT: the committed term or the 12-month renewal containing asOf; PAYG: the calendar month. Once ended: the last period. */
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** COMMITMENT: the day the next period starts, if the subscription continues; PAYG: null. */
  renewsOn: IsoDate | null;
  /** Last day for notice (periodEnd − 30 days, that day included); when missed, the NEXT period's; null for PAYG or once cancelled. */
  cancelBy: IsoDate | null;
  missed: boolean;
  /** When missed: the end of the current period, after which it renews for 12 months. */
  currentPeriodEndsIfMissed: IsoDate | null;
  /** T-§3: the last day of the 12-month price lock from the order date. */
  priceLockedUntil: IsoDate;
  /** A cancellation on file (requested on or before asOf): true once its last day has passed. */
  ended: boolean;
  /** A cancellation on file: the subscription's last day. */
  endsOn: IsoDate | null;
  citations: Citation[];
  notes: string[];
}

const R = SUBSCRIPTION_RULES;

export function subscriptionDeadlines(terms: SubscriptionTerms, asOf: IsoDate): DeadlinesAnswer {
  assertSubscriptionTerms(terms, { asOf });
  const notes: string[] = [];
  const lock = priceLockedUntil(terms.orderDate);
  const citations: Citation[] = [
    cite(R.billing, 'The subscription runs until cancelled and is billed monthly in arrears.'),
    cite(R.priceLockMonths, 'Office 365 prices are fixed for 12 months from the order date; then the current price list applies.'),
  ];
  notes.push(asOf <= lock ? `Prices are fixed until ${lock}.` : `The price lock ended on ${lock}; the current price list applies.`);

  // A cancellation dated after asOf had not happened on asOf: it does not change that day's answer.
  let requested = terms.cancellationRequestedOn ?? null;
  if (requested !== null && requested > asOf) {
    notes.push(`The cancellation requested on ${requested} is after ${asOf} and is not taken into account.`);
    requested = null;
  }
  const effect = requested === null ? null : cancellationEffect(terms, requested, terms.cancellationChannel ?? 'ASSISTED_EMAIL');
  const endsOn = effect?.effectiveOn ?? null;
  const ended = endsOn !== null && asOf > endsOn;
  if (effect) {
    notes.push(effect.explanation);
    citations.push(...effect.citations);
  }
  const day = ended ? (endsOn as IsoDate) : asOf; // once ended, describe the last period

  type PeriodFields = Pick<DeadlinesAnswer, 'periodStart' | 'periodEnd' | 'renewsOn' | 'cancelBy' | 'missed' | 'currentPeriodEndsIfMissed'>;
  const answer = (fields: PeriodFields): DeadlinesAnswer => ({
    asOf, billingModel: terms.billingModel, ...fields, priceLockedUntil: lock, ended, endsOn, citations: distinct(citations), notes,
  });
  if (terms.billingModel === 'PAY_AS_YOU_GO') {
    const month = calendarMonthContaining(day);
    citations.push(cite(R.cancellationNoticeDays, 'Pay-as-you-go has no committed term and can be cancelled at any time.'));
    notes.push('Pay-as-you-go has no committed term and no cancellation deadline; the period is the calendar month, invoiced after it ends.');
    return answer({ periodStart: month.start, periodEnd: month.end, renewsOn: null, cancelBy: null, missed: false, currentPeriodEndsIfMissed: null });
  }

  // The committed term is one period, whatever its length; then 12-month renewals (subscriptionPeriods.ts,
  // shared with cancellationEffect and priceChangeEffectiveOn).
  const period = subscriptionPeriodContaining(terms, day);
  if (day < terms.termStart) notes.push(`The committed term has not started yet: it starts on ${terms.termStart}.`);
  citations.push(cite(R.cancellationNoticeDays, 'A committed term must be cancelled in writing by e-mail no later than 30 days before the period ends.'));
  citations.push(cite(R.renewalMonths, 'Without notice in time the subscription renews for 12 months with the same notice period.'));
  const periodFields = { periodStart: period.start, periodEnd: period.end };
  const nextStart = addDays(period.end, 1);

  if (endsOn !== null) {
    // Cancelled: no deadline is left to meet. It still renews once if the notice was late.
    const continues = endsOn > period.end;
    return answer({ ...periodFields, renewsOn: continues ? nextStart : null, cancelBy: null, missed: false, currentPeriodEndsIfMissed: null });
  }
  const cancelBy = cancelByFor(period.end);
  if (asOf <= cancelBy) {
    notes.push(`Cancel in writing by e-mail no later than ${cancelBy} to end the subscription on ${period.end}.`);
    return answer({ ...periodFields, renewsOn: nextStart, cancelBy, missed: false, currentPeriodEndsIfMissed: null });
  }
  const next: Period = subscriptionPeriod(terms, period.index + 1);
  const nextCancelBy = cancelByFor(next.end);
  notes.push(
    `The deadline ${cancelBy} for this period has passed: the subscription renews on ${next.start} until ${next.end}; ` +
      `the next deadline is ${nextCancelBy}.`,
  );
  return answer({ ...periodFields, renewsOn: nextStart, cancelBy: nextCancelBy, missed: true, currentPeriodEndsIfMissed: period.end });
}

/** The same clause with the same sentence once (the cancellation effect repeats some). */
function distinct(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.clause}\u0000${c.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
