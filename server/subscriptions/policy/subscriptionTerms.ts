/**
 * The facts of one subscription that the T-§2/§3/§11/§12 computations need, and their validation.
 * Validation returns problems as values, not exceptions, so the edge can answer a typed error; the pure
 * functions assert the same checks and throw, because calling them with unchecked input is a bug.
 */
import { isIsoDate, type IsoDate } from '../../kernel/dates.js';

/** T-§2 (i) pay-as-you-go: no committed term; (ii) Software Commitment: a committed term that renews. */
export const BILLING_MODELS = ['PAY_AS_YOU_GO', 'COMMITMENT'] as const;
export type BillingModel = (typeof BILLING_MODELS)[number];

/** T-§11: "Assistert oppsigelse" (written, by e-mail) or "Utføre oppsigelse selv" (self-service in Appmarket). */
export const CANCELLATION_CHANNELS = ['ASSISTED_EMAIL', 'SELF_SERVICE'] as const;
export type CancellationChannel = (typeof CANCELLATION_CHANNELS)[number];

export interface SubscriptionTerms {
  billingModel: BillingModel;
  /** Order date in Appmarket: the T-§3 price lock runs 12 months from it. */
  orderDate: IsoDate;
  /** First day of the committed term (COMMITMENT) or of the subscription (PAY_AS_YOU_GO). */
  termStart: IsoDate;
  /** Length of the committed term in months: COMMITMENT only (T-§2 "typically 1 to 3 years"). */
  termMonths: number | null;
  cancellationRequestedOn?: IsoDate | null;
  cancellationChannel?: CancellationChannel | null;
}

/**
 * What makes `terms` unusable for the T-§2/§3/§11/§12 computations (billing model, dates, term length), as
 * sentences; empty when usable. Not every input rule: a new subscription is checked in full by
 * subscriptionInput.ts (pay-as-you-go with a term, a term starting before its order date …).
 */
export function subscriptionTermsProblems(terms: SubscriptionTerms, dates: Record<string, unknown> = {}): string[] {
  const problems: string[] = [];
  if (terms.billingModel !== 'PAY_AS_YOU_GO' && terms.billingModel !== 'COMMITMENT') {
    problems.push(`billingModel must be PAY_AS_YOU_GO or COMMITMENT, not ${String(terms.billingModel)}`);
  }
  const all: Record<string, unknown> = { orderDate: terms.orderDate, termStart: terms.termStart, ...dates };
  if (terms.cancellationRequestedOn != null) all.cancellationRequestedOn = terms.cancellationRequestedOn;
  for (const [name, value] of Object.entries(all)) {
    if (!isIsoDate(value)) problems.push(`${name} must be a calendar date YYYY-MM-DD, not ${JSON.stringify(value)}`);
  }
  if (terms.billingModel === 'COMMITMENT') {
    const m = terms.termMonths;
    if (typeof m !== 'number' || !Number.isInteger(m) || m < 1 || m > 120) {
      problems.push('termMonths must be a whole number of months from 1 to 120 for a COMMITMENT subscription');
    }
  }
  return problems;
}

export function assertSubscriptionTerms(terms: SubscriptionTerms, dates: Record<string, unknown> = {}): void {
  const problems = subscriptionTermsProblems(terms, dates);
  if (problems.length > 0) throw new RangeError(problems.join('; '));
}

/** termMonths of a validated COMMITMENT subscription. */
export function committedMonths(terms: SubscriptionTerms): number {
  return terms.termMonths as number;
}
