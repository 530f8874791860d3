/**
 * The resolver list: the one place where the GraphQL plumbing (graphql/schema.ts) meets the domains.
 * A new domain's API is added here and nowhere else.
 */
import { CalendarResolver } from './calendar/calendar.resolver.js';
import { EstateResolver } from './estate/graphql/estate.resolver.js';
import { LifecycleResolver } from './lifecycle/graphql/lifecycle.resolver.js';
import { SubscriptionResolver } from './subscriptions/graphql/subscription.resolver.js';
import { DeskResolver } from './support/graphql/desk.resolver.js';
import { SupportResolver } from './support/graphql/support.resolver.js';
import { TenancyResolver } from './tenancy/tenancy.resolver.js';

export const RESOLVERS = [LifecycleResolver, SubscriptionResolver, SupportResolver, DeskResolver, TenancyResolver, EstateResolver, CalendarResolver] as const;
