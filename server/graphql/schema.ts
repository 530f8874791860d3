import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { RESOLVERS } from '../resolvers.js';

let built: Promise<GraphQLSchema> | null = null;

/** The executable schema (built once per process: type-graphql metadata is global). */
export function gatewaySchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...RESOLVERS], validate: false });
  return built;
}

/** The SDL committed as schema/schema.graphql (sorted, so diffs show real changes only). */
export async function schemaSDL(): Promise<string> {
  return printSchema(lexicographicSortSchema(await gatewaySchema())) + '\n';
}
