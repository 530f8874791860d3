import { enumFrom } from '../../graphql/types/enumFrom.js';
import { COUNTRIES } from '../policy/deskHours.js';
import { LOSS_TYPES, NEGLIGENCE_LEVELS, REMEDIES } from '../policy/liabilityCap.js';
import { SCOPE_DECISIONS, SUPPORT_TOPICS, TOPIC_DESCRIPTIONS } from '../policy/supportScope.js';

export const NegligenceEnum = enumFrom(NEGLIGENCE_LEVELS, 'Negligence', { description: 'T-§13: only GROSS negligence gives damages (capped).' });

export const LossTypeEnum = enumFrom(LOSS_TYPES, 'LossType', { description: 'T-§13: damages cover direct economic loss only; data loss is never covered (backup is the customer’s duty, T-§9).' });

export const RemedyEnum = enumFrom(REMEDIES, 'Remedy');

export const CountryEnum = enumFrom(COUNTRIES, 'Country', { description: 'Nordic helpdesk countries (T-§7).' });

export const ScopeDecisionEnum = enumFrom(SCOPE_DECISIONS, 'ScopeDecision', { description: 'T-§5, T-§6, T-§9.' });

export const SupportTopicEnum = enumFrom(SUPPORT_TOPICS, 'SupportTopic', {
  description: 'What a support request is about (T-§5 included list, T-§6 exclusions).',
  values: TOPIC_DESCRIPTIONS,
});
