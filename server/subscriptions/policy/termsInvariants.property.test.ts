/**
 * Property-based checks (fast-check) of the T-§3/§11/§12 rules over random subscriptions and dates: the
 * invariants docs/domain.md §2 states, whatever the term length, start day (month ends, Feb 29) or date.
 * Bounded: a fixed seed and a few thousand runs, about a second.
 */
import fc from 'fast-check';
import { addDays, fromDayNumber, toDayNumber, type IsoDate } from '../../kernel/dates.js';
import { cancellationEffect } from './cancellationEffect.js';
import { priceChangeEffectiveOn, priceLockedUntil } from './subscriptionChanges.js';
import { subscriptionDeadlines } from './subscriptionDeadlines.js';
import { subscriptionPeriod, subscriptionPeriodContaining } from './subscriptionPeriods.js';
import type { SubscriptionTerms } from './subscriptionTerms.js';

const FROM = toDayNumber('2000-01-01');
const TO = toDayNumber('2060-12-31');
const day = (lo = FROM, hi = TO) => fc.integer({ min: lo, max: hi }).map(fromDayNumber);
// Month ends and February 29 are where clamping bites: draw them often.
const startDay = fc.oneof(
  day(),
  fc.integer({ min: 2000, max: 2059 }).chain((y) => fc.constantFrom(`${y}-01-31`, `${y}-03-31`, `${y}-08-31`, `${y}-12-31`, `${y}-02-28`)),
  fc.integer({ min: 500, max: 514 }).map((q) => `${q * 4}-02-29`),
);

const subscription: fc.Arbitrary<SubscriptionTerms> = fc
  .record({
    commitment: fc.boolean(),
    termMonths: fc.oneof(fc.constantFrom(1, 12, 13, 24, 36), fc.integer({ min: 1, max: 120 })),
    termStart: startDay,
    // Ordered up to a year before the term starts, or (co-termed, T-§12) up to a year after.
    orderOffset: fc.integer({ min: -365, max: 365 }),
  })
  .map(({ commitment, termMonths, termStart, orderOffset }) => ({
    billingModel: commitment ? 'COMMITMENT' : 'PAY_AS_YOU_GO',
    termStart,
    orderDate: addDays(termStart, orderOffset),
    termMonths: commitment ? termMonths : null,
  }));

const RUNS = { numRuns: 3000, seed: 15 };

describe('fee changes (T-§3, T-§12) over random subscriptions', () => {
  it('never take effect inside the period containing notice + 30 days, nor before the lock ends; always at a period start, the first that qualifies', () => {
    fc.assert(
      fc.property(subscription, day(), (terms, noticedOn) => {
        const a = priceChangeEffectiveOn(terms, noticedOn);
        const earliest = addDays(noticedOn, 30);
        const containing = subscriptionPeriodContaining(terms, earliest);
        // Not inside: either the start of that period (notice + 30 days is exactly a period start) or after it.
        expect(a.effectiveOn === containing.start || a.effectiveOn > containing.end).toBe(true);
        expect(a.effectiveOn >= earliest).toBe(true);
        expect(a.effectiveOn > priceLockedUntil(terms.orderDate)).toBe(true);
        const period = subscriptionPeriodContaining(terms, a.effectiveOn);
        expect(period.start).toBe(a.effectiveOn);
        expect([a.periodStart, a.periodEnd]).toEqual([period.start, period.end]);
        // The first such start: the period before it starts too early or inside the lock.
        if (period.index > 0) {
          const before = subscriptionPeriod(terms, period.index - 1);
          expect(before.start < earliest || before.start <= priceLockedUntil(terms.orderDate)).toBe(true);
        }
        expect(a.explanation).toContain(`${a.periodStart} … ${a.periodEnd}`);
        expect(a.explanation).toContain('30 days');
      }),
      RUNS,
    );
  });

  it('agree with subscriptionDeadlines on what the period is (a committed term of any length is one period)', () => {
    fc.assert(
      fc.property(subscription.filter((t) => t.billingModel === 'COMMITMENT'), day(), (terms, noticedOn) => {
        const a = priceChangeEffectiveOn(terms, noticedOn);
        if (a.effectiveOn < terms.termStart) return;
        const d = subscriptionDeadlines(terms, a.effectiveOn);
        expect([d.periodStart, d.periodEnd]).toEqual([a.periodStart, a.periodEnd]);
      }),
      RUNS,
    );
  });
});

describe('cancellation deadlines (T-§11) over random subscriptions', () => {
  it('cancelBy is always 30 days before the end of a period that subscriptionDeadlines reports, and notice that day is in time', () => {
    fc.assert(
      fc.property(subscription.filter((t) => t.billingModel === 'COMMITMENT'), day(FROM, TO - 400), (terms, asOf) => {
        const d = subscriptionDeadlines(terms, asOf);
        expect(d.cancelBy).not.toBeNull();
        // The period whose deadline it is: this one, or (missed) the next one, as subscriptionDeadlines reports it.
        const periodEnd = d.missed ? subscriptionDeadlines(terms, d.renewsOn as IsoDate).periodEnd : d.periodEnd;
        expect(d.cancelBy).toBe(addDays(periodEnd, -30));
        expect(d.missed ? asOf > addDays(d.periodEnd, -30) : asOf <= (d.cancelBy as IsoDate)).toBe(true);
        // Notice on cancelBy ends the subscription with that period; a day later it renews once more.
        if ((d.cancelBy as IsoDate) >= terms.termStart) {
          expect(cancellationEffect(terms, d.cancelBy as IsoDate, 'ASSISTED_EMAIL')).toMatchObject({ inTime: true, effectiveOn: periodEnd });
          expect(cancellationEffect(terms, addDays(d.cancelBy as IsoDate, 1), 'ASSISTED_EMAIL').inTime).toBe(false);
        }
      }),
      RUNS,
    );
  });
});
