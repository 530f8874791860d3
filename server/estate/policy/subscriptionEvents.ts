/**
 * Dated events of one subscription (docs/domain.md §2), read off subscriptionDeadlines so the calendar and the
 * deadline queries can never disagree:
 * - CANCEL_BY: the last day written notice ends a committed period (T-§11, periodEnd − 30 days);
 * - RENEWAL: the first day of the next 12-month period when no notice was given (T-§11);
 * - PRICE_LOCK_END: the last day of the 12-month price lock from the order date (T-§3);
 * - SUBSCRIPTION_END: the last day of a subscription with a cancellation on file (T-§11).
 * Pay-as-you-go has no term, so no cancel-by or renewal dates (T-§2).
 *
 * Each committed period k is asked about on its own cancel-by day (not before the order date): on that
 * day the notice is still in time (docs/domain.md §2), so the answer's cancelBy and renewsOn are period k's.
 * A period whose deadline fell before the order (a 1-month term) has no CANCEL_BY, only its RENEWAL.
 */
import { termsCitation } from '../../kernel/citations.js';
import { addDays, maxDate, type IsoDate } from '../../kernel/dates.js';
import { subscriptionDeadlines } from '../../subscriptions/policy/subscriptionDeadlines.js';
import { cancelByFor, commitmentPeriod, commitmentPeriodContaining } from '../../subscriptions/policy/subscriptionPeriods.js';
import { committedMonths } from '../../subscriptions/policy/subscriptionTerms.js';
import type { EventDraft, SubscriptionEntry } from './upcomingEvents.js';

const T11_NOTICE = termsCitation('T-§11', 'A committed term must be cancelled in writing by e-mail no later than 30 days before the period ends.');
const T11_RENEWAL = termsCitation('T-§11', 'Without notice in time the subscription renews for 12 months with the same notice period.');
const T12_FEES = termsCitation('T-§12', 'Fee changes apply from the start of the next 12-month subscription period, never within one.');
const T3_LOCK = termsCitation('T-§3', 'Office 365 prices are fixed for 12 months from the order date; then the current price list applies.');

/** Events of `s` that can fall within [from, to] (the caller filters to the window exactly). */
export function subscriptionEvents(s: SubscriptionEntry, from: IsoDate, to: IsoDate): EventDraft[] {
  const { terms } = s;
  const ref = (period: number | null) => ({ id: s.id, product: s.product, period });
  const base = { product: null, count: null, dateSource: 'DERIVED' as const };
  const events: EventDraft[] = [];

  const lock = subscriptionDeadlines(terms, terms.orderDate).priceLockedUntil;
  events.push({
    ...base,
    key: `PRICE_LOCK_END:sub:${s.id}`,
    kind: 'PRICE_LOCK_END',
    date: lock,
    title: `${s.product}: price lock ends`,
    description: `${lock} is the last day of the 12-month price lock from the order date ${terms.orderDate}. From ${addDays(lock, 1)} the current price list applies (changes take effect from the start of a 12-month period).`,
    subscription: ref(null),
    citations: [T3_LOCK, T12_FEES],
  });

  const requested = terms.cancellationRequestedOn ?? null;
  const endsOn = requested === null ? null : subscriptionDeadlines(terms, requested).endsOn;
  if (endsOn !== null) {
    events.push({
      ...base,
      key: `SUBSCRIPTION_END:sub:${s.id}`,
      kind: 'SUBSCRIPTION_END',
      date: endsOn,
      title: `${s.product}: subscription ends`,
      description: `${endsOn} is the last day of ${s.product}: a cancellation was requested on ${requested}.`,
      subscription: ref(null),
      citations: [termsCitation('T-§11', 'A cancellation ends a committed term at the end of the period it reached in time, else after the 12-month renewal; pay-as-you-go ends when processed.')],
    });
  }
  if (terms.billingModel !== 'COMMITMENT') return events;

  const months = committedMonths(terms);
  // Period k's events lie between its cancel-by day and the day after it ends: start one period early.
  let k = Math.max(0, commitmentPeriodContaining(terms.termStart, months, from).index - 1);
  for (;;) {
    const period = commitmentPeriod(terms.termStart, months, k);
    const deadline = cancelByFor(period.end);
    if (deadline > to) break;
    const d = subscriptionDeadlines(terms, maxDate(deadline, terms.orderDate));
    if (d.ended) break;
    const next = commitmentPeriod(terms.termStart, months, k + 1);
    if (d.cancelBy !== null && !d.missed) {
      events.push({
        ...base,
        key: `CANCEL_BY:sub:${s.id}:${k}`,
        kind: 'CANCEL_BY',
        date: d.cancelBy,
        title: `${s.product}: last day to cancel before renewal`,
        description: `Cancel ${s.product} in writing by e-mail no later than ${d.cancelBy} to end it on ${d.periodEnd}. Otherwise it renews on ${next.start} for 12 months, until ${next.end}.`,
        subscription: ref(k),
        citations: [T11_NOTICE, T11_RENEWAL],
      });
    }
    if (d.renewsOn !== null) {
      const notice = d.missed ? 'the notice deadline for this period passed before the order' : `unless cancelled in writing by ${d.cancelBy}`;
      events.push({
        ...base,
        key: `RENEWAL:sub:${s.id}:${k + 1}`,
        kind: 'RENEWAL',
        date: d.renewsOn,
        title: `${s.product}: renews for 12 months`,
        description: `${s.product} renews on ${d.renewsOn} for 12 months, until ${next.end} (${notice}). Price changes apply from the start of a 12-month period.`,
        subscription: ref(k + 1),
        citations: [T11_RENEWAL, T12_FEES],
      });
    }
    if (d.endsOn !== null && d.endsOn <= d.periodEnd) break;
    k += 1;
  }
  return events;
}
