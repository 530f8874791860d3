import { subscriptionDeadlines, subscriptionTermsProblems, type SubscriptionTerms } from './subscriptionDeadlines.js';

const yearly: SubscriptionTerms = { billingModel: 'COMMITMENT', orderDate: '2025-02-20', termStart: '2025-03-01', termMonths: 12 };
const payg: SubscriptionTerms = { billingModel: 'PAY_AS_YOU_GO', orderDate: '2024-01-05', termStart: '2024-01-05', termMonths: null };

describe('subscription deadlines on a given day (T-§2, T-§3, T-§11)', () => {
  it('the day before the deadline: cancel by 30 days before the period ends, not missed', () => {
    const a = subscriptionDeadlines(yearly, '2026-01-28');
    expect(a).toMatchObject({
      periodStart: '2025-03-01',
      periodEnd: '2026-02-28',
      cancelBy: '2026-01-29',
      missed: false,
      renewsOn: '2026-03-01',
      currentPeriodEndsIfMissed: null,
      ended: false,
      endsOn: null,
    });
  });

  it('on the deadline itself notice is still in time', () => {
    expect(subscriptionDeadlines(yearly, '2026-01-29')).toMatchObject({ cancelBy: '2026-01-29', missed: false });
  });

  it('the day after the deadline: missed, the next deadline is a year later and the current period still ends', () => {
    expect(subscriptionDeadlines(yearly, '2026-01-30')).toMatchObject({
      periodStart: '2025-03-01',
      periodEnd: '2026-02-28',
      cancelBy: '2027-01-29',
      missed: true,
      currentPeriodEndsIfMissed: '2026-02-28',
      renewsOn: '2026-03-01',
    });
  });

  it('on the first day of the renewal the new period and its own deadline apply', () => {
    expect(subscriptionDeadlines(yearly, '2026-03-01')).toMatchObject({
      periodStart: '2026-03-01',
      periodEnd: '2027-02-28',
      cancelBy: '2027-01-29',
      missed: false,
      renewsOn: '2027-03-01',
    });
  });

  it('a term starting January 31 ends before the clamped end of February and renews from there', () => {
    const jan31: SubscriptionTerms = { billingModel: 'COMMITMENT', orderDate: '2025-01-31', termStart: '2025-01-31', termMonths: 1 };
    // The term is Jan 31 … Feb 27 (Jan 31 + 1 month = Feb 28): its deadline, Jan 28, is before it even starts.
    expect(subscriptionDeadlines(jan31, '2025-01-28')).toMatchObject({ periodEnd: '2025-02-27', cancelBy: '2025-01-28', missed: false });
    expect(subscriptionDeadlines(jan31, '2025-01-31')).toMatchObject({
      periodEnd: '2025-02-27',
      missed: true,
      renewsOn: '2025-02-28',
      cancelBy: '2026-01-28', // renewal Feb 28 2025 … Feb 27 2026 (Jan 31 + 13 months = Feb 28 2026)
    });
  });

  it('a term starting on February 29 ends on February 27 and its deadline is January 28', () => {
    const leap: SubscriptionTerms = { billingModel: 'COMMITMENT', orderDate: '2024-02-29', termStart: '2024-02-29', termMonths: 12 };
    expect(subscriptionDeadlines(leap, '2025-01-28')).toMatchObject({ periodEnd: '2025-02-27', cancelBy: '2025-01-28', missed: false });
    expect(subscriptionDeadlines(leap, '2025-01-29')).toMatchObject({ cancelBy: '2026-01-28', missed: true, currentPeriodEndsIfMissed: '2025-02-27' });
    expect(subscriptionDeadlines(leap, '2025-01-29').priceLockedUntil).toBe('2025-02-27');
  });

  it('a three-year term has one deadline, 30 days before the three years end', () => {
    const threeYears = { ...yearly, termMonths: 36 };
    expect(subscriptionDeadlines(threeYears, '2026-06-01')).toMatchObject({ periodEnd: '2028-02-29', cancelBy: '2028-01-30', renewsOn: '2028-03-01' });
  });

  it('before the term starts the answer is the committed term, with a note', () => {
    const a = subscriptionDeadlines(yearly, '2025-02-25');
    expect(a).toMatchObject({ periodStart: '2025-03-01', cancelBy: '2026-01-29' });
    expect(a.notes.join(' ')).toMatch(/has not started yet/);
  });

  it('the price lock runs 12 months from the order date, its last day included', () => {
    expect(subscriptionDeadlines(yearly, '2026-02-19').notes[0]).toBe('Prices are fixed until 2026-02-19.');
    expect(subscriptionDeadlines(yearly, '2026-02-20').notes[0]).toMatch(/ended on 2026-02-19/);
  });

  it('pay-as-you-go has the calendar month as its period and no deadline', () => {
    expect(subscriptionDeadlines(payg, '2024-02-10')).toMatchObject({
      periodStart: '2024-02-01',
      periodEnd: '2024-02-29',
      renewsOn: null,
      cancelBy: null,
      missed: false,
      currentPeriodEndsIfMissed: null,
      priceLockedUntil: '2025-01-04',
    });
  });

  it('a cancellation in time ends the subscription with the period: no renewal, no deadline left', () => {
    const cancelled = { ...yearly, cancellationRequestedOn: '2026-01-29', cancellationChannel: 'ASSISTED_EMAIL' as const };
    expect(subscriptionDeadlines(cancelled, '2026-02-28')).toMatchObject({
      ended: false,
      endsOn: '2026-02-28',
      renewsOn: null,
      cancelBy: null,
      missed: false,
    });
    expect(subscriptionDeadlines(cancelled, '2026-03-01')).toMatchObject({ ended: true, periodStart: '2025-03-01', periodEnd: '2026-02-28' });
  });

  it('a late cancellation still renews once and ends with the renewal', () => {
    const late = { ...yearly, cancellationRequestedOn: '2026-01-30' };
    expect(subscriptionDeadlines(late, '2026-02-01')).toMatchObject({ ended: false, endsOn: '2027-02-28', renewsOn: '2026-03-01', cancelBy: null });
    expect(subscriptionDeadlines(late, '2026-03-01')).toMatchObject({ periodEnd: '2027-02-28', renewsOn: null });
  });

  it('a self-service pay-as-you-go cancellation ends at the end of its day', () => {
    const selfService = { ...payg, cancellationRequestedOn: '2026-05-10', cancellationChannel: 'SELF_SERVICE' as const };
    expect(subscriptionDeadlines(selfService, '2026-05-10')).toMatchObject({ ended: false, endsOn: '2026-05-10' });
    expect(subscriptionDeadlines(selfService, '2026-05-11')).toMatchObject({ ended: true, periodStart: '2026-05-01', periodEnd: '2026-05-31' });
  });

  it('ignores a cancellation dated after the day asked about, and says so', () => {
    const a = subscriptionDeadlines({ ...yearly, cancellationRequestedOn: '2026-01-10' }, '2026-01-09');
    expect(a).toMatchObject({ endsOn: null, ended: false, cancelBy: '2026-01-29' });
    expect(a.notes.join(' ')).toMatch(/not taken into account/);
  });

  it('cites the billing, price-lock, deadline and renewal clauses, each once', () => {
    const clauses = subscriptionDeadlines({ ...yearly, cancellationRequestedOn: '2026-01-30' }, '2026-02-01').citations.map((c) => c.clause);
    expect(clauses).toEqual(['T-§2', 'T-§3', 'T-§11', 'T-§11']);
    expect(subscriptionDeadlines(payg, '2024-02-10').citations.map((c) => c.clause)).toEqual(['T-§2', 'T-§3', 'T-§11']);
  });

  it('reports unusable terms as problems, and refuses to compute with them', () => {
    expect(subscriptionTermsProblems(yearly)).toEqual([]);
    expect(subscriptionTermsProblems({ ...yearly, termMonths: null })).toEqual([expect.stringMatching(/termMonths/)]);
    expect(subscriptionTermsProblems({ ...yearly, termMonths: 1.5 })).toHaveLength(1);
    expect(subscriptionTermsProblems({ ...yearly, orderDate: '2025-02-30' })).toEqual([expect.stringMatching(/orderDate/)]);
    expect(subscriptionTermsProblems(payg, { asOf: '2024/01/01' })).toEqual([expect.stringMatching(/asOf/)]);
    expect(() => subscriptionDeadlines(yearly, '2026-13-01')).toThrow(RangeError);
  });
});
