/**
 * Liability (T-§13, with T-§5 and T-§9): which remedy the customer has, and the cap on damages.
 * Money is exact bigint øre (money.ts).
 */
import type { Citation } from '../../kernel/citations.js';
import { addMonths, isIsoDate, type IsoDate } from '../../kernel/dates.js';
import { sumOre, type Ore } from '../../kernel/money.js';
import { cite } from '../../kernel/termsRecord.js';
import { LIABILITY_RULES } from './liabilityRules.js';

export const NEGLIGENCE_LEVELS = ['NONE', 'ORDINARY', 'GROSS'] as const;
export type Negligence = (typeof NEGLIGENCE_LEVELS)[number];
export const LOSS_TYPES = ['DIRECT', 'INDIRECT', 'DATA_LOSS'] as const;
export type LossType = (typeof LOSS_TYPES)[number];
export const REMEDIES = ['SERVICE_CREDIT_ONLY', 'CAPPED_DAMAGES', 'NOT_COVERED'] as const;
export type Remedy = (typeof REMEDIES)[number];

export interface Payment {
  id: string;
  paidOn: IsoDate;
  /** Øre; a negative amount (a credit note) reduces what was paid. */
  amount: Ore;
  /** Only payments for support and Office 365 count towards the cap (T-§13). */
  coversSupportOrOffice365: boolean;
  description?: string;
}

export interface LiabilityAnswer {
  incidentOn: IsoDate;
  remedy: Remedy;
  /** CAPPED_DAMAGES only: the most the supplier pays. null for every other remedy (no damages are owed). */
  capOre: Ore | null;
  /** First day of the six-month window: incidentOn − 6 months (clamped to the month end). */
  windowStart: IsoDate;
  /** Exclusive: the incident day itself is not in the window. */
  windowEnd: IsoDate;
  /** CAPPED_DAMAGES only: the payments the cap adds up, in date order; empty otherwise. */
  paymentsSummed: Payment[];
  /** SERVICE_CREDIT_ONLY: when the fee reduction is owed and paid. */
  serviceCreditCondition: string | null;
  reasons: string[];
  citations: Citation[];
}

const L = LIABILITY_RULES;

/**
 * T-§13 "the six (6) months before the act or omission": from ≤ paidOn < toExclusive, with from =
 * incidentOn − 6 months (clamped to the month end: 2024-08-31 − 6 months = 2024-02-29). The one window
 * both the cap and the storage query use, so they cannot disagree about which payments count.
 */
export function liabilityWindow(incidentOn: IsoDate): { from: IsoDate; toExclusive: IsoDate } {
  if (!isIsoDate(incidentOn)) throw new RangeError(`incidentOn must be a calendar date YYYY-MM-DD, not ${JSON.stringify(incidentOn)}`);
  return { from: addMonths(incidentOn, -L.capWindowMonths.value), toExclusive: incidentOn };
}

/**
 * Interpretation (docs/domain.md §3): the cap is the sum of the customer's payments for support and Office 365
 * with incidentOn − 6 months ≤ paidOn < incidentOn ("the six months before the act or omission").
 */
export function liabilityCap(input: { incidentOn: IsoDate; negligence: Negligence; loss: LossType; payments: Payment[] }): LiabilityAnswer {
  const { incidentOn, negligence, loss, payments } = input;
  for (const [name, d] of [['incidentOn', incidentOn], ...payments.map((p) => [`payment ${p.id} paidOn`, p.paidOn])]) {
    if (!isIsoDate(d)) throw new RangeError(`${name} must be a calendar date YYYY-MM-DD, not ${JSON.stringify(d)}`);
  }
  const { from: windowStart, toExclusive: windowEnd } = liabilityWindow(incidentOn);
  const base = { incidentOn, windowStart, windowEnd };

  if (loss === 'DATA_LOSS') {
    return {
      ...base, remedy: 'NOT_COVERED', capOre: null, paymentsSummed: [], serviceCreditCondition: null,
      reasons: [
        'Data loss is never covered, whatever the negligence, ordinary or gross (T-§13).',
        'Keeping an up-to-date backup is the customer’s duty (T-§9, T-§5).',
      ],
      citations: [
        cite(L.dataLossNeverCovered, 'The supplier is never liable for loss of data, even for gross negligence.'),
        cite(L.backupIsCustomerDuty, 'Every client must have an up-to-date backup: the customer’s duty.'),
      ],
    };
  }

  if (negligence === 'GROSS' && loss === 'INDIRECT') {
    return {
      ...base, remedy: 'NOT_COVERED', capOre: null, paymentsSummed: [], serviceCreditCondition: null,
      reasons: ['Even for gross negligence, damages are limited to direct economic loss: indirect loss is not covered (T-§13).'],
      citations: [cite(L.damagesOnlyForGrossNegligence, 'Damages for gross negligence are limited to direct economic loss.')],
    };
  }

  if (negligence === 'GROSS') {
    const inWindow = payments
      .filter((p) => p.coversSupportOrOffice365 && windowStart <= p.paidOn && p.paidOn < windowEnd)
      .sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : a.id.localeCompare(b.id)));
    const left = payments.length - inWindow.length;
    return {
      ...base, remedy: 'CAPPED_DAMAGES', capOre: sumOre(inWindow.map((p) => p.amount)), paymentsSummed: inWindow,
      serviceCreditCondition: null,
      reasons: [
        'Gross negligence entitles the customer to damages for direct economic loss (T-§13).',
        `The supplier’s total liability is capped at what the customer paid for support and Office 365 from ${windowStart} up to, not including, ${incidentOn} (T-§13).`,
        ...(left > 0 ? [`${left} payment(s) outside that window or not for support or Office 365 are not counted (T-§13).`] : []),
      ],
      citations: [
        cite(L.damagesOnlyForGrossNegligence, 'Only gross negligence gives damages, limited to direct economic loss.'),
        cite(L.capWindowMonths, 'Total liability is capped at the price paid for support and Office 365 in the six months before the act or omission.'),
      ],
    };
  }

  // NONE or ORDINARY: a fault the supplier answers for gives only the service-credit fee reduction.
  return {
    ...base, remedy: 'SERVICE_CREDIT_ONLY', capOre: null, paymentsSummed: [],
    serviceCreditCondition:
      'A proportional fee reduction for the period under Microsoft’s Service Credits terms, only if the customer could not use ' +
      'the software or equipment to a significant degree, and paid only after the supplier has received the credits from Microsoft.',
    reasons: [
      'Without gross negligence the sole remedy for a fault is a proportional fee reduction under Microsoft’s Service Credits (T-§13).',
      'The customer receives compensation only after the supplier has received it from Microsoft (T-§5).',
    ],
    citations: [
      cite(L.serviceCreditSoleRemedy, 'The fee reduction under Microsoft’s Service Credits is the sole remedy for faults.'),
      cite(L.serviceCreditPassThrough, 'The customer is compensated only after the supplier is compensated by Microsoft.'),
    ],
  };
}
