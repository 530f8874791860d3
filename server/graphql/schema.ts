import 'reflect-metadata';
import { isUnionType, lexicographicSortSchema, printSchema, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { RESOLVERS } from '../resolvers.js';

let built: Promise<GraphQLSchema> | null = null;

/** The executable schema (built once per process: type-graphql metadata is global). */
export function gatewaySchema(): Promise<GraphQLSchema> {
  built ??= Promise.resolve().then(() => {
    withSimpleResolvers();
    return buildSchema({ resolvers: [...RESOLVERS], validate: false });
  }).then(withSyncResolveTypes);
  return built;
}

/**
 * type-graphql gives every plain field of an object type a resolver of its own that runs the (here
 * empty) middleware chain and then reads `root[field]`: the same as GraphQL's default resolver, at the
 * price of a call and two objects per field and item (a bulk answer of 1,000 items has ~12,000 of them),
 * and graphql-jit can inline a field only when it has no resolver. The gateway uses no global or field
 * middlewares and no auth checker (authentication is the context's), so every object type is built with
 * type-graphql's own `simpleResolvers` option; @FieldResolver methods keep their resolvers, and a type
 * or field that sets `simpleResolvers` / `simple` itself keeps its choice.
 */
function withSimpleResolvers(): void {
  for (const type of getMetadataStorage().objectTypes) type.simpleResolvers ??= true;
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
