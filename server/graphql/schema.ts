import 'reflect-metadata';
import { isUnionType, lexicographicSortSchema, printSchema, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { RESOLVERS } from '../resolvers.js';

let built: Promise<GraphQLSchema> | null = null;

/** The executable schema (built once per process: type-graphql metadata is global). */
export function gatewaySchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...RESOLVERS], validate: false }).then(withSyncResolveTypes);
  return built;
}

/**
 * type-graphql wraps every union's resolveType in an async function: graphql-jit cannot wait for it, and
 * graphql-js pays a promise per item of a bulk answer. The unions' own resolveType functions are
 * synchronous, so they are called directly and the class they name is mapped to its type's name.
 */
function withSyncResolveTypes(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const typeNames = new Map<unknown, string>(storage.objectTypes.map((o) => [o.target, o.name]));
  for (const union of storage.unions) {
    const type = schema.getType(union.name);
    const own = union.resolveType;
    if (!isUnionType(type) || !own) continue;
    const name = (resolved: unknown) => (resolved == null || typeof resolved === 'string' ? (resolved ?? undefined) : typeNames.get(resolved));
    const resolveType: GraphQLTypeResolver<unknown, unknown> = (value, context, info, abstractType) => {
      const resolved: unknown = own(value, context, info, abstractType);
      return resolved instanceof Promise ? resolved.then(name) : name(resolved);
    };
    type.resolveType = resolveType;
  }
  return schema;
}

/** The SDL committed as schema/schema.graphql (sorted, so diffs show real changes only). */
export async function schemaSDL(): Promise<string> {
  return printSchema(lexicographicSortSchema(await gatewaySchema())) + '\n';
}
