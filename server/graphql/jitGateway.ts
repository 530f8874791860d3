/**
 * Query execution compiled by graphql-jit, plugged into Apollo Server through its gateway interface (the
 * only way Apollo 5 takes another executor: `load()` hands it over, after the schema has been announced to
 * `onSchemaLoadOrUpdate`). Parsing, validation, the plugins and formatError stay Apollo's; only execution
 * changes. Anything graphql-jit cannot compile, mutations (serial, transactional, not a hot path) and
 * introspection run on graphql-js as before; so do requests whose variables do not coerce, so that their
 * errors are graphql-js's word for word.
 */
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, getOperationAST, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { introspectionUse } from './introspection.js';

// Apollo's gateway interface (@apollo/server-gateway-interface), as Apollo's own options name it.
export type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
export type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;
export type GatewayGraphQLRequestContext = Parameters<GatewayExecutor>[0];
type GatewaySchemaLoadOrUpdateCallback = Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0];

type Compiled = CompiledQuery['query'];

/** What the executor keeps per (document, operation name): a compiled query, or null for graphql-js. */
export class CompiledQueryCache {
  readonly #entries = new Map<string, Compiled | null>();
  constructor(readonly maxEntries: number) {}

  get size(): number {
    return this.#entries.size;
  }

  /** The entry for `key`, compiled by `compile` when missing; least recently used entries are dropped. */
  get(key: string, compile: () => Compiled | null): Compiled | null {
    let entry = this.#entries.get(key);
    if (entry !== undefined) {
      this.#entries.delete(key); // most recently used last
    } else {
      entry = compile();
    }
    this.#entries.set(key, entry);
    if (this.#entries.size > this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    return entry;
  }
}

/** graphql-jit raises these while coercing arguments; graphql-js reports them with the cause as originalError. */
const ARGUMENT_COERCION = /^Argument "[^"]+" (of (non-null|required) type|has invalid value)/;

/**
 * A graphql-jit error as graphql-js would have made it (locatedError): a GraphQLError whose extensions come
 * from the thrown error, with its path and locations, so Apollo, formatError and the clients see the same.
 */
function asGraphQLJsError(e: GraphQLError): GraphQLError {
  const original = e.originalError ?? undefined;
  if (original instanceof GraphQLError && Array.isArray(original.path)) return original;
  const cause = original ?? (ARGUMENT_COERCION.test(e.message) ? new GraphQLError(e.message) : undefined);
  const error = new GraphQLError(e.message, { path: e.path, originalError: cause });
  if (e.locations?.length) (error as { locations?: unknown }).locations = e.locations;
  return error;
}

export function compileFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Compiled | null {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'query' || introspectionUse(document, operation) !== 'none') return null;
  try {
    const compiled = compileQuery(schema, document, operationName);
    return isCompiledQuery(compiled) ? compiled.query : null;
  } catch {
    return null; // graphql-js executes it, and reports whatever is wrong with it
  }
}

/** The executor: compiled queries from `cache`, graphql-js for the rest. */
export function jitExecutor(schema: GraphQLSchema, cache: CompiledQueryCache): GatewayExecutor {
  const plain = (rc: GatewayGraphQLRequestContext, document: DocumentNode, operationName: string | undefined) =>
    execute({ schema, document, contextValue: rc.context, variableValues: rc.request.variables, operationName });
  return async (rc) => {
    const document = rc.document;
    const operationName = rc.request.operationName ?? undefined;
    const compiled = cache.get(`${operationName ?? ''}\n${rc.source}`, () => compileFor(schema, document, operationName));
    if (!compiled) return plain(rc, document, operationName);
    const result: ExecutionResult = await compiled(undefined, rc.context, rc.request.variables);
    // No data: the variables did not coerce (nothing ran); graphql-js words those errors for the caller.
    if (result.data === undefined) return plain(rc, document, operationName);
    return result.errors?.length ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };
}

/** An Apollo gateway serving one fixed schema with `jitExecutor`. */
export function jitGateway(schema: GraphQLSchema, opts: { cacheEntries: number }): GatewayInterface & { cache: CompiledQueryCache } {
  const listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  const cache = new CompiledQueryCache(opts.cacheEntries);
  return {
    cache,
    async load() {
      // Apollo builds its schema-derived data (validation, document store) from this announcement.
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor: jitExecutor(schema, cache) };
    },
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async stop() {},
  };
}
