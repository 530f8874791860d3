import { enumFrom } from '../../graphql/types/enumFrom.js';
import { RISK_STATUSES } from '../policy/estateRisk.js';
import { EVENT_KINDS } from '../policy/upcomingEvents.js';

export const UpcomingEventKindEnum = enumFrom(EVENT_KINDS, 'UpcomingEventKind', {
  description: 'What a dated event is. Events on the same day are ordered as listed here.',
  values: {
    MAINSTREAM_END: 'Last day of mainstream support (L-MAINSTREAM); for a product without an extended phase, its last day of support (L-EXTENDED).',
    EXTENDED_END: 'Last day of extended support: security updates end (L-EXTENDED, L-SEC).',
    LEVEL_END: 'Last day a level (RTM, service pack, version, paid ESU year) is supported (L-SP).',
    CANCEL_BY: 'Last day written notice ends a committed period: period end − 30 days, that day included (T-§11).',
    RENEWAL: 'First day of the next 12-month period when no notice was given (T-§11).',
    PRICE_LOCK_END: 'Last day of the 12-month price lock from the order date (T-§3).',
    SUBSCRIPTION_END: 'Last day of a subscription with a cancellation on file (T-§11).',
  },
});

export const RiskStatusEnum = enumFrom(RISK_STATUSES, 'RiskStatus', {
  values: { ENDED: 'The last support day has passed.', ENDING: 'Support ends within the horizon (on or before it).' },
});
