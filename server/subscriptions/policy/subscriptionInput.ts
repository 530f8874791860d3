/**
 * A new subscription or payment as a user sends it, checked before anything is stored. Problems come back
 * as sentences, values not exceptions; the edge answers them as one BAD_USER_INPUT listing all of them.
 */
import type { IsoDate } from '../../kernel/dates.js';
import { LIMITS } from '../../kernel/limits.js';
import { textLength } from '../../kernel/text.js';
import { formatNok, isStorableOre, MoneyFormatError, parseNok, type Ore } from '../../kernel/money.js';
import { subscriptionTermsProblems, type BillingModel } from './subscriptionTerms.js';

export interface NewSubscription {
  product: string;
  billingModel: BillingModel;
  termMonths: number | null;
  orderDate: IsoDate;
  /** Defaults to the order date. */
  termStart: IsoDate | null;
  seats: number;
}

/** Everything wrong with a new subscription, as sentences; empty when it can be stored. */
export function newSubscriptionProblems(input: NewSubscription): string[] {
  const problems: string[] = [];
  const product = input.product.trim();
  const maxProduct = LIMITS.maxSubscriptionProductLength;
  if (!product || textLength(product) > maxProduct) problems.push(`product must be 1–${maxProduct} characters`);
  if (!Number.isInteger(input.seats) || input.seats < 1 || input.seats > LIMITS.maxCount) problems.push(`seats must be a whole number from 1 to ${LIMITS.maxCount.toLocaleString('en')}`);
  // T-§2: pay-as-you-go has no committed term, so a term length would be a misunderstanding.
  if (input.billingModel === 'PAY_AS_YOU_GO' && input.termMonths != null) problems.push('termMonths must be empty for PAY_AS_YOU_GO');
  const termStart = input.termStart ?? input.orderDate;
  if (termStart < input.orderDate) problems.push('termStart cannot be before orderDate');
  problems.push(...subscriptionTermsProblems({ billingModel: input.billingModel, orderDate: input.orderDate, termStart, termMonths: input.termMonths }));
  return problems;
}

/** The largest amount accepted, as typed: "999999999999.99" (LIMITS.maxMoneyOre). */
export const MAX_AMOUNT_TEXT = formatNok(LIMITS.maxMoneyOre);

/**
 * An amount in NOK as typed ("129.90"): exact øre, or the sentence saying what is wrong. Never rounded:
 * a third decimal or a thousands separator is refused, not guessed, and so is an amount above
 * 999999999999.99 NOK, the largest that is stored and read back exactly (docs/domain.md §2 Money bounds).
 */
export function parseAmount(text: string, field: string, opts: { positive?: boolean } = {}): { ok: true; ore: Ore } | { ok: false; problem: string } {
  let ore: Ore;
  try {
    ore = parseNok(text);
  } catch (e) {
    if (e instanceof MoneyFormatError) return { ok: false, problem: `${field} must be an amount in NOK such as "129.90" (at most 2 decimals, no thousands separators), not '${text.slice(0, 30)}'` };
    throw e;
  }
  if (ore < 0n) return { ok: false, problem: `${field} cannot be negative` };
  if (!isStorableOre(ore)) return { ok: false, problem: `${field} is above the largest amount stored exactly, ${MAX_AMOUNT_TEXT} NOK` };
  if (opts.positive && ore === 0n) return { ok: false, problem: `${field} must be more than 0` };
  return { ok: true, ore };
}
