import { feePeriodStart, priceChangeEffectiveOn, priceLockedUntil, termsChangeEffectiveOn } from './subscriptionChanges.js';
import { subscriptionDeadlines } from './subscriptionDeadlines.js';
import type { SubscriptionTerms } from './subscriptionTerms.js';

const payg: SubscriptionTerms = { billingModel: 'PAY_AS_YOU_GO', orderDate: '2025-03-01', termStart: '2025-03-01', termMonths: null };
const commitment = (termMonths: number, termStart = '2024-01-15', orderDate = termStart): SubscriptionTerms => ({
  billingModel: 'COMMITMENT', orderDate, termStart, termMonths,
});
const effective = (t: SubscriptionTerms, noticedOn: string) => priceChangeEffectiveOn(t, noticedOn).effectiveOn;

describe('when price and terms changes take effect (T-§3, T-§12)', () => {
  it('locks prices until the day before the order date’s anniversary, clamping leap days', () => {
    expect(priceLockedUntil('2025-03-01')).toBe('2026-02-28');
    expect(priceLockedUntil('2024-02-29')).toBe('2025-02-27');
    expect(priceLockedUntil('2024-01-31')).toBe('2025-01-30');
  });

  it('a fee change needs 30 days’ notice before the period start: the notice the day before, on and after a period start', () => {
    // One day's notice is not 30 days: the period starting 2026-03-01 is too soon, the next one applies.
    expect(effective(payg, '2026-02-28')).toBe('2027-03-01');
    expect(effective(payg, '2026-03-01')).toBe('2027-03-01'); // that period is already running
    expect(effective(payg, '2026-03-02')).toBe('2027-03-01');
  });

  it('notice exactly 30 days before a period start is in time; 29 days is not (the notice day is day 0)', () => {
    const yearly = commitment(12, '2025-03-01');
    expect(effective(yearly, '2026-01-30')).toBe('2026-03-01'); // 2026-01-30 + 30 days = 2026-03-01
    expect(effective(yearly, '2026-01-31')).toBe('2027-03-01'); // 29 days before
    expect(effective(payg, '2026-01-30')).toBe('2026-03-01');
    expect(effective(payg, '2026-01-31')).toBe('2027-03-01');
  });

  it('the issue’s case: notice on 2019-01-07 does not take effect at the renewal on 2019-01-31 (24 days later)', () => {
    const t = commitment(12, '2018-01-31');
    expect(effective(t, '2019-01-07')).toBe('2020-01-31');
    expect(effective(t, '2019-01-01')).toBe('2019-01-31'); // exactly 30 days
  });

  it('the price lock ending the day before a period start lets the change in at that start; ending on it does not', () => {
    // PAYG from 2024-03-01: 12-month periods start every March 1.
    const start = { ...payg, termStart: '2024-03-01' };
    expect(priceLockedUntil('2024-03-01')).toBe('2025-02-28');
    expect(effective({ ...start, orderDate: '2024-03-01' }, '2024-06-01')).toBe('2025-03-01');
    // Ordered (co-termed, T-§12) a day after the period started: the lock's last day is the period start itself.
    expect(priceLockedUntil('2024-03-02')).toBe('2025-03-01');
    expect(effective({ ...start, orderDate: '2024-03-02' }, '2024-06-01')).toBe('2026-03-01');
    // The same for a committed term.
    expect(effective(commitment(12, '2024-03-01', '2024-03-01'), '2024-06-01')).toBe('2025-03-01');
    expect(effective(commitment(12, '2024-03-01', '2024-03-02'), '2024-06-01')).toBe('2026-03-01');
  });

  it('a fee change is never within the price lock, even when a co-termed period starts earlier', () => {
    // Ordered in September, co-termed (T-§12) with a period that started in March: the lock outlasts March.
    const coTermed: SubscriptionTerms = { ...payg, orderDate: '2025-09-10' };
    const a = priceChangeEffectiveOn(coTermed, '2025-10-01');
    expect(a.effectiveOn).toBe('2027-03-01');
    expect(a.explanation).toMatch(/fixes prices until 2026-09-09/);
    expect(a.citations.map((c) => c.clause)).toEqual(['T-§12', 'T-§12', 'T-§3']);
  });

  it('a committed term is one period, whatever its length: terms of 1, 12, 13, 24 and 36 months', () => {
    // Start 2024-01-15, ordered that day (the lock ends 2025-01-14), noticed early: the first period start
    // after the lock and ≥ notice + 30 days.
    const early = '2024-02-01';
    expect(effective(commitment(1), early)).toBe('2025-02-15'); // 2024-01-15 … 2024-02-14, then renewals from 2024-02-15: the 2024 one is in the lock
    expect(effective(commitment(12), early)).toBe('2025-01-15');
    expect(effective(commitment(13), early)).toBe('2025-02-15');
    expect(effective(commitment(24), early)).toBe('2026-01-15');
    expect(effective(commitment(36), early)).toBe('2027-01-15');
    // Noticed inside a long term, 26 days before it ends: too late for that renewal, so the next one.
    expect(effective(commitment(24), '2025-12-20')).toBe('2027-01-15');
    expect(effective(commitment(36), '2026-12-16')).toBe('2027-01-15'); // exactly 30 days
    expect(effective(commitment(36), '2026-12-17')).toBe('2028-01-15');
  });

  it('the answer is a period start that subscriptionDeadlines reports, never a day inside its period', () => {
    for (const months of [1, 12, 13, 24, 36]) {
      for (const noticedOn of ['2024-01-01', '2024-07-31', '2025-02-28', '2026-06-15', '2027-12-31']) {
        const t = commitment(months);
        const a = priceChangeEffectiveOn(t, noticedOn);
        const d = subscriptionDeadlines(t, a.effectiveOn);
        expect([months, noticedOn, d.periodStart, d.periodEnd]).toEqual([months, noticedOn, a.periodStart, a.periodEnd]);
        expect(a.effectiveOn).toBe(d.periodStart);
      }
    }
  });

  it('the issue’s case: a 36-month term from 2024-03-01, noticed 2024-03-05, changes fees when the term ends', () => {
    const t = commitment(36, '2024-03-01', '2024-01-10');
    const a = priceChangeEffectiveOn(t, '2024-03-05');
    expect(a).toMatchObject({ effectiveOn: '2027-03-01', periodStart: '2027-03-01', periodEnd: '2028-02-29' });
    expect(subscriptionDeadlines(t, '2024-03-05')).toMatchObject({ periodStart: '2024-03-01', periodEnd: '2027-02-28' });
  });

  it('the explanation names the period and the 30-day rule', () => {
    const a = priceChangeEffectiveOn(commitment(36, '2024-03-01', '2024-01-10'), '2024-03-05');
    expect(a.explanation).toBe(
      'A fee change noticed on 2024-03-05 takes effect on 2027-03-01, the start of 12-month renewal 1 (2027-03-01 … 2028-02-29): ' +
        "fee changes apply only from the start of a subscription period, never within one, and need 30 days' written notice, " +
        'so the period must start on or after 2024-04-04 (the notice day + 30 days) and after the price lock, which fixes prices until 2025-01-09 (12 months from the order date 2024-01-10).',
    );
    const notStarted = priceChangeEffectiveOn(commitment(24, '2026-01-01', '2024-01-01'), '2025-06-01');
    expect(notStarted.effectiveOn).toBe('2026-01-01'); // the term has not started: it is the first period
    expect(notStarted.explanation).toMatch(/the start of the committed 24-month term 2026-01-01 … 2027-12-31/);
    expect(priceChangeEffectiveOn(payg, '2025-04-01').explanation).toMatch(/12-month period 2 from the start \(2026-03-01 … 2027-02-28\).*after the price lock, which fixes prices until 2026-02-28/);
  });

  it('periods of an 18-month commitment: the term, then 12-month renewals anchored on the start', () => {
    const t = commitment(18);
    expect([0, 1, 2, 3].map((n) => feePeriodStart(t, n))).toEqual(['2024-01-15', '2025-07-15', '2026-07-15', '2027-07-15']);
    expect(effective(t, '2025-03-01')).toBe('2025-07-15');
  });

  it('month-end starts: a one-month term from January 31 renews on the last day of February, anchored', () => {
    const t = commitment(1, '2024-01-31');
    expect([0, 1, 2, 3, 4].map((n) => feePeriodStart(t, n))).toEqual(['2024-01-31', '2024-02-29', '2025-02-28', '2026-02-28', '2027-02-28']);
    expect(effective(t, '2024-03-01')).toBe('2025-02-28'); // the lock ends 2025-01-30
    expect(effective(t, '2025-01-29')).toBe('2025-02-28'); // exactly 30 days
    expect(effective(t, '2025-01-30')).toBe('2026-02-28');
  });

  it('a subscription starting on February 29 gets fee changes on February 28, and on February 29 in leap years', () => {
    const leap: SubscriptionTerms = { ...payg, orderDate: '2024-02-29', termStart: '2024-02-29' };
    expect(effective(leap, '2024-06-01')).toBe('2025-02-28');
    expect(effective(leap, '2027-03-01')).toBe('2028-02-29');
    const committed = commitment(12, '2024-02-29');
    expect(effective(committed, '2025-01-29')).toBe('2025-02-28'); // 2025-01-29 + 30 days = 2025-02-28
    expect(effective(committed, '2025-01-30')).toBe('2026-02-28');
    expect(effective(committed, '2027-01-30')).toBe('2028-02-29');
  });

  it('finds the period decades after the start', () => {
    expect(effective({ ...payg, termStart: '2020-01-01', orderDate: '2020-01-01' }, '2045-06-01')).toBe('2046-01-01');
    expect(effective(commitment(36, '2020-01-01'), '2045-06-01')).toBe('2046-01-01');
  });

  it('a terms change applies 30 days after the notice day', () => {
    expect(termsChangeEffectiveOn('2026-01-31').effectiveOn).toBe('2026-03-02');
    expect(termsChangeEffectiveOn('2026-01-31').explanation).toBe('Changed terms apply from 2026-03-02, 30 days after the written notice.');
    expect(termsChangeEffectiveOn('2024-01-31').effectiveOn).toBe('2024-03-01');
    expect(termsChangeEffectiveOn('2026-12-15').citations[0]?.clause).toBe('T-§12');
    expect(() => termsChangeEffectiveOn('2026-1-5')).toThrow(RangeError);
  });
});
