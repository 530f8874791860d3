import { feePeriodStart, priceChangeEffectiveOn, priceLockedUntil, termsChangeEffectiveOn } from './subscriptionChanges.js';
import type { SubscriptionTerms } from './subscriptionTerms.js';

const payg: SubscriptionTerms = { billingModel: 'PAY_AS_YOU_GO', orderDate: '2025-03-01', termStart: '2025-03-01', termMonths: null };
const commitment = (termMonths: number, termStart = '2024-01-15'): SubscriptionTerms => ({
  billingModel: 'COMMITMENT', orderDate: termStart, termStart, termMonths,
});

describe('when price and terms changes take effect (T-§3, T-§12)', () => {
  it('locks prices until the day before the order date’s anniversary, clamping leap days', () => {
    expect(priceLockedUntil('2025-03-01')).toBe('2026-02-28');
    expect(priceLockedUntil('2024-02-29')).toBe('2025-02-27');
    expect(priceLockedUntil('2024-01-31')).toBe('2025-01-30');
  });

  it('a fee change applies from the next 12-month period: notice the day before, on, and after a period start', () => {
    expect(priceChangeEffectiveOn(payg, '2026-02-28').effectiveOn).toBe('2026-03-01');
    expect(priceChangeEffectiveOn(payg, '2026-03-01').effectiveOn).toBe('2027-03-01'); // that period is already running
    expect(priceChangeEffectiveOn(payg, '2026-03-02').effectiveOn).toBe('2027-03-01');
  });

  it('a fee change is never within the price lock, even when a co-termed period starts earlier', () => {
    // Ordered in September, co-termed (T-§12) with a period that started in March: the lock outlasts March.
    const coTermed: SubscriptionTerms = { ...payg, orderDate: '2025-09-10' };
    const a = priceChangeEffectiveOn(coTermed, '2025-10-01');
    expect(a.effectiveOn).toBe('2027-03-01');
    expect(a.explanation).toMatch(/fixed until 2026-09-09/);
    expect(a.citations.map((c) => c.clause)).toEqual(['T-§12', 'T-§3']);
  });

  it('a three-year commitment changes fees only at its anniversaries', () => {
    expect(priceChangeEffectiveOn(commitment(36), '2025-06-01').effectiveOn).toBe('2026-01-15');
    expect(priceChangeEffectiveOn(commitment(36), '2026-01-15').effectiveOn).toBe('2027-01-15');
  });

  it('an 18-month commitment has a short second period before its 12-month renewals', () => {
    const t = commitment(18);
    expect([0, 1, 2, 3].map((n) => feePeriodStart(t, n))).toEqual(['2024-01-15', '2025-01-15', '2025-07-15', '2026-07-15']);
    expect(priceChangeEffectiveOn(t, '2025-03-01').effectiveOn).toBe('2025-07-15');
  });

  it('a subscription starting on February 29 gets fee changes on February 28, and on February 29 in leap years', () => {
    const leap: SubscriptionTerms = { ...payg, orderDate: '2024-02-29', termStart: '2024-02-29' };
    expect(priceChangeEffectiveOn(leap, '2024-06-01').effectiveOn).toBe('2025-02-28');
    expect(priceChangeEffectiveOn(leap, '2027-03-01').effectiveOn).toBe('2028-02-29');
  });

  it('finds the period decades after the start', () => {
    expect(priceChangeEffectiveOn({ ...payg, termStart: '2020-01-01', orderDate: '2020-01-01' }, '2045-06-01').effectiveOn).toBe('2046-01-01');
  });

  it('a terms change applies 30 days after the notice day', () => {
    expect(termsChangeEffectiveOn('2026-01-31').effectiveOn).toBe('2026-03-02');
    expect(termsChangeEffectiveOn('2026-01-31').explanation).toBe('Changed terms apply from 2026-03-02, 30 days after the written notice.');
    expect(termsChangeEffectiveOn('2024-01-31').effectiveOn).toBe('2024-03-01');
    expect(termsChangeEffectiveOn('2026-12-15').citations[0]?.clause).toBe('T-§12');
    expect(() => termsChangeEffectiveOn('2026-1-5')).toThrow(RangeError);
  });
});
