/** The numbers of the subscription terms (T-§2, T-§3, T-§11, T-§12), read from seed/terms/subscriptionRules.json. */
import subscriptionRulesJson from '../../../seed/terms/subscriptionRules.json' with { type: 'json' };
import { checkTermsRecord, countRule } from '../../kernel/termsRecord.js';

const s = subscriptionRulesJson;
export const SUBSCRIPTION_RULES = {
  billing: checkTermsRecord('billing', s.billing),
  cancellationNoticeDays: countRule('cancellationNoticeDays', s.cancellationNoticeDays),
  renewalMonths: countRule('renewalMonths', s.renewalMonths),
  priceLockMonths: countRule('priceLockMonths', s.priceLockMonths),
  feeChangePeriodMonths: countRule('feeChangePeriodMonths', s.feeChangePeriodMonths),
  termsChangeNoticeDays: countRule('termsChangeNoticeDays', s.termsChangeNoticeDays),
} as const;
