/**
 * The subscriptions domain as other domains may use it: reads of a tenant's subscriptions and payments,
 * and the GraphQL types other answers embed (an estate risk names a subscription, a liability cap lists
 * payments). Everything else of subscriptions/db/ and subscriptions/graphql/ stays inside the domain.
 */
export { tenantPaymentsBetween, tenantSubscriptions, termsOf, type Payment, type Subscription } from './records.js';
export { PaymentType, SubscriptionType } from './graphql/subscription.type.js';
export { paymentView, subscriptionView } from './graphql/subscription.views.js';
