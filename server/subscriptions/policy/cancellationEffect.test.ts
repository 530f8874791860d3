import { cancellationEffect } from './cancellationEffect.js';
import type { SubscriptionTerms } from './subscriptionTerms.js';

const yearly: SubscriptionTerms = { billingModel: 'COMMITMENT', orderDate: '2025-02-20', termStart: '2025-03-01', termMonths: 12 };
const payg: SubscriptionTerms = { billingModel: 'PAY_AS_YOU_GO', orderDate: '2024-01-05', termStart: '2024-01-05', termMonths: null };

describe('what a cancellation does (T-§11)', () => {
  it('notice the day before the deadline ends a committed subscription with its period', () => {
    expect(cancellationEffect(yearly, '2026-01-28', 'ASSISTED_EMAIL')).toMatchObject({ effectiveOn: '2026-02-28', inTime: true, renewedUntil: null });
  });

  it('notice on the deadline day is in time', () => {
    expect(cancellationEffect(yearly, '2026-01-29', 'ASSISTED_EMAIL')).toMatchObject({ effectiveOn: '2026-02-28', inTime: true });
  });

  it('notice the day after the deadline renews the subscription for 12 months', () => {
    const e = cancellationEffect(yearly, '2026-01-30', 'ASSISTED_EMAIL');
    expect(e).toMatchObject({ effectiveOn: '2027-02-28', inTime: false, renewedUntil: '2027-02-28' });
    expect(e.explanation).toMatch(/renews for 12 months on 2026-03-01/);
    expect(e.citations.map((c) => c.clause)).toEqual(['T-§11', 'T-§11']);
  });

  it('notice early in a renewal period ends that renewal', () => {
    expect(cancellationEffect(yearly, '2026-03-01', 'ASSISTED_EMAIL')).toMatchObject({ effectiveOn: '2027-02-28', inTime: true });
  });

  it('a committed term starting on February 29 has its deadline on January 28 of the next year', () => {
    const leap: SubscriptionTerms = { billingModel: 'COMMITMENT', orderDate: '2024-02-29', termStart: '2024-02-29', termMonths: 12 };
    expect(cancellationEffect(leap, '2025-01-28', 'ASSISTED_EMAIL')).toMatchObject({ effectiveOn: '2025-02-27', inTime: true });
    expect(cancellationEffect(leap, '2025-01-29', 'ASSISTED_EMAIL')).toMatchObject({ effectiveOn: '2026-02-27', inTime: false });
  });

  it('a self-service request on a committed product follows the same deadline but asks for written confirmation', () => {
    const e = cancellationEffect(yearly, '2026-01-29', 'SELF_SERVICE');
    expect(e).toMatchObject({ effectiveOn: '2026-02-28', inTime: true });
    expect(e.explanation).toMatch(/in writing by e-mail/);
  });

  it('an assisted pay-as-you-go cancellation ends no earlier than the request date, once processed', () => {
    const e = cancellationEffect(payg, '2026-05-10', 'ASSISTED_EMAIL');
    expect(e).toMatchObject({ effectiveOn: '2026-05-10', inTime: null, renewedUntil: null });
    expect(e.explanation).toMatch(/processes/);
    expect(e.citations.map((c) => c.clause)).toEqual(['T-§11', 'T-§2']);
  });

  it('a self-service pay-as-you-go cancellation deletes the subscription at the end of that day', () => {
    const e = cancellationEffect(payg, '2026-05-31', 'SELF_SERVICE');
    expect(e).toMatchObject({ effectiveOn: '2026-05-31', inTime: null, renewedUntil: null });
    expect(e.explanation).toMatch(/end of the day/);
  });

  it('refuses a request date that is not a calendar date', () => {
    expect(() => cancellationEffect(payg, '2026-02-29', 'SELF_SERVICE')).toThrow(RangeError);
  });
});
