/** The liability rules of the terms (T-§5, T-§9, T-§13), read from seed/terms/liability.json. */
import liabilityJson from '../../../seed/terms/liability.json' with { type: 'json' };
import { countRule, flagRule } from '../../kernel/termsRecord.js';

const l = liabilityJson;
export const LIABILITY_RULES = {
  capWindowMonths: countRule('capWindowMonths', l.capWindowMonths),
  damagesOnlyForGrossNegligence: flagRule('damagesOnlyForGrossNegligence', l.damagesOnlyForGrossNegligence),
  serviceCreditSoleRemedy: flagRule('serviceCreditSoleRemedy', l.serviceCreditSoleRemedy),
  serviceCreditPassThrough: flagRule('serviceCreditPassThrough', l.serviceCreditPassThrough),
  dataLossNeverCovered: flagRule('dataLossNeverCovered', l.dataLossNeverCovered),
  backupIsCustomerDuty: flagRule('backupIsCustomerDuty', l.backupIsCustomerDuty),
} as const;
