import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AdminResolver } from './resolvers/admin.resolver.js';
import { CalendarResolver } from './resolvers/calendar.resolver.js';
import { DeskResolver } from './resolvers/desk.resolver.js';
import { LifecycleResolver } from './resolvers/lifecycle.resolver.js';
import { SubscriptionResolver } from './resolvers/subscription.resolver.js';
import { SupportResolver } from './resolvers/support.resolver.js';

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
