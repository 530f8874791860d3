/**
 * What other domains read of a tenant's subscriptions and payments (the estate's upcoming events and risk
 * view, the support scope, the liability cap), so that none of them reaches into subscriptions/db/.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { IsoDate } from '../kernel/dates.js';
import type { Payment } from './db/Payment.entity.js';
import type { Subscription } from './db/Subscription.entity.js';
import { SubscriptionRepository } from './db/subscriptionRepository.js';
import type { SubscriptionTerms } from './policy/subscriptionTerms.js';

export type { Payment, Subscription };

/** The facts of a stored subscription that the T-§2/§3/§11/§12 rules take. */
export function termsOf(s: Subscription): SubscriptionTerms {
  return {
    billingModel: s.billingModel,
    orderDate: s.orderDate,
    termStart: s.termStart,
    termMonths: s.termMonths,
    cancellationRequestedOn: s.cancellationRequestedOn,
    cancellationChannel: s.cancellationChannel,
  };
}

/** The tenant's subscriptions, oldest term first. */
export function tenantSubscriptions(em: EntityManager, tenantId: string): Promise<Subscription[]> {
  return new SubscriptionRepository(em, tenantId).subscriptions();
}

/** The tenant's payments with from ≤ paidOn < toExclusive. */
export function tenantPaymentsBetween(em: EntityManager, tenantId: string, from: IsoDate, toExclusive: IsoDate): Promise<Payment[]> {
  return new SubscriptionRepository(em, tenantId).paymentsBetween(from, toExclusive);
}
