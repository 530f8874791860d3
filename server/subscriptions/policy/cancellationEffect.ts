/**
 * What a cancellation does (T-§11). Dates are calendar days; `effectiveOn` is always the LAST day the
 * subscription exists, so "ended" means "after effectiveOn".
 */
import type { Citation } from '../../kernel/citations.js';
import type { IsoDate } from '../../kernel/dates.js';
import { cancelByFor, subscriptionPeriod, subscriptionPeriodContaining } from './subscriptionPeriods.js';
import { assertSubscriptionTerms, type CancellationChannel, type SubscriptionTerms } from './subscriptionTerms.js';
import { cite } from '../../kernel/termsRecord.js';
import { SUBSCRIPTION_RULES } from './subscriptionRules.js';

export interface CancellationEffect {
  /** The last day of the subscription. */
  effectiveOn: IsoDate;
  /** COMMITMENT: whether the notice met the T-§11 deadline of its period; pay-as-you-go: null (no deadline). */
  inTime: boolean | null;
  /** COMMITMENT, late notice: the end of the 12-month renewal the customer is now bound to. */
  renewedUntil: IsoDate | null;
  explanation: string;
  citations: Citation[];
}

const R = SUBSCRIPTION_RULES;

export function cancellationEffect(
  terms: SubscriptionTerms,
  requestedOn: IsoDate,
  channel: CancellationChannel,
): CancellationEffect {
  assertSubscriptionTerms(terms, { requestedOn });
  return terms.billingModel === 'PAY_AS_YOU_GO'
    ? payAsYouGo(requestedOn, channel)
    : commitment(terms, requestedOn, channel);
}

function payAsYouGo(requestedOn: IsoDate, channel: CancellationChannel): CancellationEffect {
  if (channel === 'SELF_SERVICE') {
    return {
      effectiveOn: requestedOn,
      inTime: null,
      renewedUntil: null,
      explanation:
        `A self-service cancellation in Appmarket deletes the subscription at the end of the day it was made ` +
        `(${requestedOn}); the application cannot be used after the cancellation.`,
      citations: [cite(R.cancellationNoticeDays, 'A self-service cancellation deletes the subscription at the end of the day it was made.')],
    };
  }
  return {
    effectiveOn: requestedOn,
    inTime: null,
    renewedUntil: null,
    // The document says "as soon as the supplier processes the cancellation" and gives no processing
    // time, so the answer is the request date: the earliest possible end. The real end may be later.
    explanation:
      `Pay-as-you-go has no committed term: the subscription ends as soon as the supplier processes the ` +
      `cancellation. The earliest end is the request date (${requestedOn}); processing may make it later. ` +
      `Use up to the end is billed monthly in arrears.`,
    citations: [
      cite(R.cancellationNoticeDays, 'Pay-as-you-go subscriptions have no term and end as soon as the cancellation is processed.'),
      cite(R.billing, 'The subscription is billed monthly in arrears.'),
    ],
  };
}

function commitment(terms: SubscriptionTerms, requestedOn: IsoDate, channel: CancellationChannel): CancellationEffect {
  // The same periods as subscriptionDeadlines and priceChangeEffectiveOn (subscriptionPeriods.ts).
  const period = subscriptionPeriodContaining(terms, requestedOn);
  const cancelBy = cancelByFor(period.end);
  const inTime = requestedOn <= cancelBy;
  const citations = [
    cite(R.cancellationNoticeDays, 'A committed term must be cancelled in writing by e-mail no later than 30 days before the period ends.'),
  ];
  // T-§11 asks for written notice by e-mail for committed products; a self-service request is judged by
  // the same deadline, with a warning that the customer should confirm it in writing.
  const channelNote =
    channel === 'SELF_SERVICE'
      ? ' Committed products must be cancelled in writing by e-mail: confirm this self-service request that way.'
      : '';
  if (inTime) {
    return {
      effectiveOn: period.end,
      inTime: true,
      renewedUntil: null,
      explanation:
        `Notice on ${requestedOn} meets the deadline ${cancelBy} (30 days before the period ends), so the ` +
        `subscription ends with the current period on ${period.end}.${channelNote}`,
      citations,
    };
  }
  const renewal = subscriptionPeriod(terms, period.index + 1);
  citations.push(cite(R.renewalMonths, 'Without notice in time the subscription renews for 12 months with the same notice period.'));
  return {
    effectiveOn: renewal.end,
    inTime: false,
    renewedUntil: renewal.end,
    explanation:
      `Notice on ${requestedOn} is after the deadline ${cancelBy}, so the subscription renews for 12 months ` +
      `on ${renewal.start} and ends on ${renewal.end}.${channelNote}`,
    citations,
  };
}
