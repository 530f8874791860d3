import {
  calendarMonthContaining,
  cancelByFor,
  commitmentPeriod,
  commitmentPeriodContaining,
  firstPeriodStartingOnOrAfter,
  subscriptionPeriod,
  subscriptionPeriodContaining,
} from './subscriptionPeriods.js';
import type { SubscriptionTerms } from './subscriptionTerms.js';

describe('subscription periods', () => {
  it('a 12-month term from March 1 covers March 1 to the last day of February, then renews for 12 months', () => {
    expect(commitmentPeriod('2025-03-01', 12, 0)).toEqual({ index: 0, start: '2025-03-01', end: '2026-02-28' });
    expect(commitmentPeriod('2025-03-01', 12, 1)).toEqual({ index: 1, start: '2026-03-01', end: '2027-02-28' });
    expect(commitmentPeriod('2027-03-01', 12, 0).end).toBe('2028-02-29');
  });

  it('a 36-month term renews 12 months at a time after the committed three years', () => {
    expect(commitmentPeriod('2024-01-15', 36, 0)).toEqual({ index: 0, start: '2024-01-15', end: '2027-01-14' });
    expect(commitmentPeriod('2024-01-15', 36, 2)).toEqual({ index: 2, start: '2028-01-15', end: '2029-01-14' });
  });

  it('a one-month term from January 31 ends the day before the clamped end of February', () => {
    expect(commitmentPeriod('2023-01-31', 1, 0)).toEqual({ index: 0, start: '2023-01-31', end: '2023-02-27' });
    expect(commitmentPeriod('2024-01-31', 1, 0)).toEqual({ index: 0, start: '2024-01-31', end: '2024-02-28' });
  });

  it('renewals of a January 31 term are anchored on the term start, so clamping never drifts', () => {
    // Chaining from 2023-02-28 would give 2024-02-28; anchoring gives Jan 31 + 13 months = 2024-02-29.
    expect(commitmentPeriod('2023-01-31', 1, 1)).toEqual({ index: 1, start: '2023-02-28', end: '2024-02-28' });
    expect(commitmentPeriod('2023-01-31', 1, 2)).toEqual({ index: 2, start: '2024-02-29', end: '2025-02-27' });
    expect(commitmentPeriod('2023-01-31', 1, 3).start).toBe('2025-02-28');
  });

  it('a term starting on February 29 renews on February 28 and again on February 29 in the next leap year', () => {
    expect(commitmentPeriod('2024-02-29', 12, 0)).toEqual({ index: 0, start: '2024-02-29', end: '2025-02-27' });
    expect(commitmentPeriod('2024-02-29', 12, 3)).toEqual({ index: 3, start: '2027-02-28', end: '2028-02-28' });
    expect(commitmentPeriod('2024-02-29', 12, 4).start).toBe('2028-02-29');
  });

  it('finds the period containing a date on its first day, its last day and the day after', () => {
    expect(commitmentPeriodContaining('2025-03-01', 12, '2026-02-28').index).toBe(0);
    expect(commitmentPeriodContaining('2025-03-01', 12, '2026-03-01').index).toBe(1);
    expect(commitmentPeriodContaining('2025-03-01', 12, '2027-02-28').index).toBe(1);
    expect(commitmentPeriodContaining('2025-03-01', 12, '2027-03-01').index).toBe(2);
    expect(commitmentPeriodContaining('2025-03-01', 12, '2045-07-04')).toEqual({ index: 20, start: '2045-03-01', end: '2046-02-28' });
  });

  it('finds the right renewal of a January 31 term around the clamped boundaries', () => {
    expect(commitmentPeriodContaining('2023-01-31', 1, '2024-02-28').index).toBe(1);
    expect(commitmentPeriodContaining('2023-01-31', 1, '2024-02-29').index).toBe(2);
    expect(commitmentPeriodContaining('2023-01-31', 1, '2023-02-27').index).toBe(0);
    expect(commitmentPeriodContaining('2023-01-31', 1, '2023-02-28').index).toBe(1);
  });

  it('answers the committed term itself for a date before the term starts', () => {
    expect(commitmentPeriodContaining('2025-03-01', 12, '2024-12-31').index).toBe(0);
  });

  it('takes the calendar month for pay-as-you-go, including leap February', () => {
    expect(calendarMonthContaining('2024-02-10')).toEqual({ index: 0, start: '2024-02-01', end: '2024-02-29' });
    expect(calendarMonthContaining('2025-12-31')).toEqual({ index: 0, start: '2025-12-01', end: '2025-12-31' });
  });

  it('puts the cancellation deadline 30 days before the last day of the period', () => {
    expect(cancelByFor('2026-02-28')).toBe('2026-01-29');
    expect(cancelByFor('2024-03-30')).toBe('2024-02-29');
  });
});

describe('subscription periods shared by deadlines, cancellations and fee changes', () => {
  const committed = (termMonths: number, termStart = '2024-01-15'): SubscriptionTerms => ({ billingModel: 'COMMITMENT', orderDate: termStart, termStart, termMonths });
  const payg: SubscriptionTerms = { billingModel: 'PAY_AS_YOU_GO', orderDate: '2024-02-29', termStart: '2024-02-29', termMonths: null };

  it('a committed term of any length is one period; then 12-month renewals', () => {
    expect(subscriptionPeriod(committed(36), 0)).toEqual({ index: 0, start: '2024-01-15', end: '2027-01-14', kind: 'COMMITTED_TERM' });
    expect(subscriptionPeriod(committed(36), 1)).toEqual({ index: 1, start: '2027-01-15', end: '2028-01-14', kind: 'RENEWAL' });
    expect(subscriptionPeriodContaining(committed(36), '2026-06-01').index).toBe(0);
    expect(subscriptionPeriodContaining(committed(13), '2025-02-14').index).toBe(0);
    expect(subscriptionPeriodContaining(committed(13), '2025-02-15').index).toBe(1);
  });

  it('pay-as-you-go counts 12-month periods from its start, anchored (Feb 29 → Feb 28 → Feb 29)', () => {
    expect([0, 1, 4].map((i) => subscriptionPeriod(payg, i))).toEqual([
      { index: 0, start: '2024-02-29', end: '2025-02-27', kind: 'PAYG_YEAR' },
      { index: 1, start: '2025-02-28', end: '2026-02-27', kind: 'PAYG_YEAR' },
      { index: 4, start: '2028-02-29', end: '2029-02-27', kind: 'PAYG_YEAR' },
    ]);
    expect(subscriptionPeriodContaining(payg, '2028-02-28').index).toBe(3);
    expect(subscriptionPeriodContaining(payg, '2028-02-29').index).toBe(4);
    expect(subscriptionPeriodContaining(payg, '2020-01-01').index).toBe(0);
  });

  it('the first period starting on or after a day: that day itself when a period starts on it', () => {
    expect(firstPeriodStartingOnOrAfter(committed(12), '2025-01-15').start).toBe('2025-01-15');
    expect(firstPeriodStartingOnOrAfter(committed(12), '2025-01-16').start).toBe('2026-01-15');
    expect(firstPeriodStartingOnOrAfter(committed(12), '2023-06-01').start).toBe('2024-01-15');
  });
});
