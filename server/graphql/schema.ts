import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AdminResolver } from '../tenancy/admin.resolver.js';
import { CalendarResolver } from '../estate/graphql/estate.resolver.js';
import { DeskResolver } from '../support/graphql/desk.resolver.js';
import { LifecycleResolver } from '../lifecycle/graphql/lifecycle.resolver.js';
import { SubscriptionResolver } from '../subscriptions/graphql/subscription.resolver.js';
import { SupportResolver } from '../support/graphql/support.resolver.js';

let built: Promise<GraphQLSchema> | null = null;

/** The executable schema (built once per process: type-graphql metadata is global). */
export function gatewaySchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [LifecycleResolver, SubscriptionResolver, SupportResolver, DeskResolver, AdminResolver, CalendarResolver],
    validate: false,
  });
  return built;
}

/** The SDL committed as schema/schema.graphql (sorted, so diffs show real changes only). */
export async function schemaSDL(): Promise<string> {
  return printSchema(lexicographicSortSchema(await gatewaySchema())) + '\n';
}
