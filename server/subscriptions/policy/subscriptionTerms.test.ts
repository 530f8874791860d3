import { assertSubscriptionTerms, committedMonths, subscriptionTermsProblems, type SubscriptionTerms } from './subscriptionTerms.js';

const yearly: SubscriptionTerms = { billingModel: 'COMMITMENT', orderDate: '2025-02-20', termStart: '2025-03-01', termMonths: 12 };
const payg: SubscriptionTerms = { billingModel: 'PAY_AS_YOU_GO', orderDate: '2024-01-05', termStart: '2024-01-05', termMonths: null };
const TERM_MONTHS = 'termMonths must be a whole number of months from 1 to 120 for a COMMITMENT subscription';

describe('subscription terms: what makes them usable (T-§2)', () => {
  it('a yearly commitment and a pay-as-you-go subscription with real dates have no problems, pay-as-you-go without a term length', () => {
    expect(subscriptionTermsProblems(yearly)).toEqual([]);
    // Pay-as-you-go has no committed term (T-§2 (i)): its missing term length is not a problem.
    expect(subscriptionTermsProblems(payg)).toEqual([]);
  });

  it('a commitment runs from 1 to 120 whole months: both bounds are accepted, one month past either is not', () => {
    // The bounds are where an off-by-one would show: 1 and 120 must pass, 0 and 121 must not.
    expect(subscriptionTermsProblems({ ...yearly, termMonths: 1 })).toEqual([]);
    expect(subscriptionTermsProblems({ ...yearly, termMonths: 36 })).toEqual([]);
    expect(subscriptionTermsProblems({ ...yearly, termMonths: 120 })).toEqual([]);
    expect(subscriptionTermsProblems({ ...yearly, termMonths: 0 })).toEqual([TERM_MONTHS]);
    expect(subscriptionTermsProblems({ ...yearly, termMonths: 121 })).toEqual([TERM_MONTHS]);
  });

  it('a commitment without a whole-number term length is refused, whatever else it holds', () => {
    // Input from the edge is untyped: a missing, fractional, NaN or string length must not slip through.
    for (const termMonths of [null, 1.5, -12, Number.NaN, '12' as unknown as number]) {
      expect(subscriptionTermsProblems({ ...yearly, termMonths })).toEqual([TERM_MONTHS]);
    }
  });

  it('an unknown billing model is named in the problem, and no term length is asked of it', () => {
    // Only a COMMITMENT has a term, so an unknown model must not also be told its term length is missing.
    const monthly = { ...payg, billingModel: 'MONTHLY' as unknown as SubscriptionTerms['billingModel'] };
    expect(subscriptionTermsProblems(monthly)).toEqual(['billingModel must be PAY_AS_YOU_GO or COMMITMENT, not MONTHLY']);
  });
});

describe('subscription terms: dates', () => {
  it('the order date and term start must be real calendar days written YYYY-MM-DD', () => {
    expect(subscriptionTermsProblems({ ...yearly, orderDate: '2025-02-29' })).toEqual(['orderDate must be a calendar date YYYY-MM-DD, not "2025-02-29"']);
    expect(subscriptionTermsProblems({ ...yearly, termStart: '2025-3-1' })).toEqual(['termStart must be a calendar date YYYY-MM-DD, not "2025-3-1"']);
    // February 29 exists in a leap year: rejecting it would refuse a real order date.
    expect(subscriptionTermsProblems({ ...yearly, orderDate: '2024-02-29', termStart: '2024-02-29' })).toEqual([]);
  });

  it('a cancellation request date is checked only when one is given', () => {
    expect(subscriptionTermsProblems({ ...yearly, cancellationRequestedOn: null })).toEqual([]);
    expect(subscriptionTermsProblems({ ...yearly, cancellationRequestedOn: undefined })).toEqual([]);
    expect(subscriptionTermsProblems({ ...yearly, cancellationRequestedOn: '2026-01-29' })).toEqual([]);
    expect(subscriptionTermsProblems({ ...yearly, cancellationRequestedOn: '2026-01-32' })).toEqual([
      'cancellationRequestedOn must be a calendar date YYYY-MM-DD, not "2026-01-32"',
    ]);
  });

  it('the extra dates a computation needs are checked under their own names, and a missing one is a problem', () => {
    // A computation passes its own date (asOf, requestedOn …); null or undefined there is a caller bug,
    // unlike the optional cancellation date of the terms.
    expect(subscriptionTermsProblems(payg, { asOf: '2024-02-10' })).toEqual([]);
    expect(subscriptionTermsProblems(payg, { asOf: '2024/01/01' })).toEqual(['asOf must be a calendar date YYYY-MM-DD, not "2024/01/01"']);
    expect(subscriptionTermsProblems(payg, { requestedOn: null })).toEqual(['requestedOn must be a calendar date YYYY-MM-DD, not null']);
    expect(subscriptionTermsProblems(payg, { noticedOn: undefined })).toEqual(['noticedOn must be a calendar date YYYY-MM-DD, not undefined']);
  });

  it('lists every problem at once, dates in the order given and the term length last', () => {
    const broken: SubscriptionTerms = { ...yearly, orderDate: '2025-13-01', termStart: '', termMonths: 0, cancellationRequestedOn: '26-01-29' };
    expect(subscriptionTermsProblems(broken, { asOf: 20260101 })).toEqual([
      'orderDate must be a calendar date YYYY-MM-DD, not "2025-13-01"',
      'termStart must be a calendar date YYYY-MM-DD, not ""',
      'asOf must be a calendar date YYYY-MM-DD, not 20260101',
      'cancellationRequestedOn must be a calendar date YYYY-MM-DD, not "26-01-29"',
      TERM_MONTHS,
    ]);
  });
});

describe('subscription terms: the pure functions’ guard', () => {
  it('assertSubscriptionTerms lets usable terms through and throws one RangeError naming every problem', () => {
    expect(() => assertSubscriptionTerms(yearly, { asOf: '2026-01-28' })).not.toThrow();
    const unusable = () => assertSubscriptionTerms({ ...yearly, termMonths: 0 }, { asOf: '2026-02-30' });
    expect(unusable).toThrow(RangeError);
    expect(unusable).toThrow(`asOf must be a calendar date YYYY-MM-DD, not "2026-02-30"; ${TERM_MONTHS}`);
  });

  it('committedMonths answers the term length of a validated commitment', () => {
    expect(committedMonths(yearly)).toBe(12);
    expect(committedMonths({ ...yearly, termMonths: 36 })).toBe(36);
  });
});
