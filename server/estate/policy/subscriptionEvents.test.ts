import { subscriptionEvents } from './subscriptionEvents.js';
import type { SubscriptionTerms } from '../../subscriptions/policy/subscriptionTerms.js';

const yearly: SubscriptionTerms = { billingModel: 'COMMITMENT', orderDate: '2025-02-20', termStart: '2025-03-01', termMonths: 12 };
const sub = (terms: SubscriptionTerms, id = 's1') => ({ id, product: 'Microsoft 365 Business Standard', terms });
const dated = (terms: SubscriptionTerms, from: string, to: string) =>
  subscriptionEvents(sub(terms), from, to)
    .filter((e) => e.date >= from && e.date <= to)
    .map((e) => `${e.date} ${e.kind}`)
    .sort();

describe('subscription events (T-§3, T-§11)', () => {
  it('a yearly commitment: cancel-by 30 days before each period ends, renewal the day after, and the price-lock end', () => {
    expect(dated(yearly, '2025-01-01', '2027-12-31')).toEqual([
      '2026-01-29 CANCEL_BY',
      '2026-02-19 PRICE_LOCK_END',
      '2026-03-01 RENEWAL',
      '2027-01-29 CANCEL_BY',
      '2027-03-01 RENEWAL',
    ]);
  });

  it('keys name the subscription and the period, so every renewal is its own event', () => {
    const keys = subscriptionEvents(sub(yearly), '2025-01-01', '2027-12-31').map((e) => e.key);
    expect(keys).toEqual(expect.arrayContaining(['CANCEL_BY:sub:s1:0', 'RENEWAL:sub:s1:1', 'CANCEL_BY:sub:s1:1', 'RENEWAL:sub:s1:2', 'PRICE_LOCK_END:sub:s1']));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('a window far from the start still finds that year’s deadlines; in a leap year the period ends on 29 February, so notice is due a day later', () => {
    expect(dated(yearly, '2039-01-01', '2039-12-31')).toEqual(['2039-01-29 CANCEL_BY', '2039-03-01 RENEWAL']);
    expect(dated(yearly, '2040-01-01', '2040-12-31')).toEqual(['2040-01-30 CANCEL_BY', '2040-03-01 RENEWAL']);
  });

  it('the cancel-by event says what notice does and when the renewed period ends', () => {
    const cancelBy = subscriptionEvents(sub(yearly), '2026-01-01', '2026-01-31').find((e) => e.kind === 'CANCEL_BY')!;
    expect(cancelBy.description).toBe(
      'Cancel Microsoft 365 Business Standard in writing by e-mail no later than 2026-01-29 to end it on 2026-02-28. Otherwise it renews on 2026-03-01 for 12 months, until 2027-02-28.',
    );
    expect(cancelBy.citations.map((c) => c.clause)).toEqual(['T-§11', 'T-§11']);
    expect(cancelBy.subscription).toEqual({ id: 's1', product: 'Microsoft 365 Business Standard', period: 0 });
  });

  it('a term from 31 January renews on the 31st and the cancel-by day follows the clamped month end', () => {
    const jan31: SubscriptionTerms = { billingModel: 'COMMITMENT', orderDate: '2026-01-31', termStart: '2026-01-31', termMonths: 1 };
    // 31 Jan + 1 month = 28 Feb (clamped): the term is 31 Jan … 27 Feb, notice by 28 Jan — before the order.
    expect(dated(jan31, '2026-01-01', '2026-03-31')).toEqual(['2026-02-28 RENEWAL']);
    const renewal = subscriptionEvents(sub(jan31), '2026-01-01', '2026-03-31').find((e) => e.kind === 'RENEWAL')!;
    expect(renewal.description).toContain('the notice deadline for this period passed before the order');
  });

  it('a term starting on a leap day renews on 28 February in the following years (periods end on the 27th, the lock too)', () => {
    const leap: SubscriptionTerms = { billingModel: 'COMMITMENT', orderDate: '2024-02-29', termStart: '2024-02-29', termMonths: 12 };
    expect(dated(leap, '2025-01-01', '2026-12-31')).toEqual([
      '2025-01-28 CANCEL_BY',
      '2025-02-27 PRICE_LOCK_END',
      '2025-02-28 RENEWAL',
      '2026-01-28 CANCEL_BY',
      '2026-02-28 RENEWAL',
    ]);
  });

  it('a cancellation in time: the subscription ends with the period, with no cancel-by or renewal left', () => {
    const cancelled = { ...yearly, cancellationRequestedOn: '2026-01-10', cancellationChannel: 'ASSISTED_EMAIL' as const };
    expect(dated(cancelled, '2025-06-01', '2028-12-31')).toEqual(['2026-02-19 PRICE_LOCK_END', '2026-02-28 SUBSCRIPTION_END']);
  });

  it('a cancellation one day late: it still renews once, then ends after the renewed 12 months', () => {
    const late = { ...yearly, cancellationRequestedOn: '2026-01-30', cancellationChannel: 'ASSISTED_EMAIL' as const };
    expect(dated(late, '2025-06-01', '2028-12-31')).toEqual([
      '2026-01-29 CANCEL_BY',
      '2026-02-19 PRICE_LOCK_END',
      '2026-03-01 RENEWAL',
      '2027-02-28 SUBSCRIPTION_END',
    ]);
  });

  it('pay-as-you-go has no cancel-by or renewal dates, only the price lock (and its end when cancelled)', () => {
    const payg: SubscriptionTerms = { billingModel: 'PAY_AS_YOU_GO', orderDate: '2024-01-05', termStart: '2024-01-05', termMonths: null };
    expect(dated(payg, '2023-01-01', '2030-12-31')).toEqual(['2025-01-04 PRICE_LOCK_END']);
    const selfService = { ...payg, cancellationRequestedOn: '2026-05-10', cancellationChannel: 'SELF_SERVICE' as const };
    expect(dated(selfService, '2023-01-01', '2030-12-31')).toEqual(['2025-01-04 PRICE_LOCK_END', '2026-05-10 SUBSCRIPTION_END']);
  });

  it('subscription dates are computed from the terms, so they are DERIVED and carry no product', () => {
    for (const e of subscriptionEvents(sub(yearly), '2025-01-01', '2026-12-31')) expect(e).toMatchObject({ dateSource: 'DERIVED', product: null, count: null });
  });
});
