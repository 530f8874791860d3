import { enumFrom } from '../../graphql/types/enumFrom.js';
import { BILLING_MODELS, CANCELLATION_CHANNELS } from '../policy/subscriptionTerms.js';

export const BillingModelEnum = enumFrom(BILLING_MODELS, 'BillingModel', {
  description: 'T-§2: PAY_AS_YOU_GO (no committed term, billed per calendar month in arrears) or COMMITMENT (a committed term that renews for 12 months unless cancelled in time).',
});

export const CancellationChannelEnum = enumFrom(CANCELLATION_CHANNELS, 'CancellationChannel', {
  description: 'T-§11: in writing by e-mail (assisted) or in the self-service portal (deleted at the end of that day).',
});
