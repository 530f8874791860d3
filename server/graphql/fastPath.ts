/**
 * The fast path: a query Apollo has already answered once, without errors, is answered again without
 * Apollo's request pipeline — the same compiled query (graphql-jit, graphql/jitGateway.ts), the same limit
 * and text checks (the plugins' own functions), the same response head Apollo gave it, and the same JSON.
 * Apollo's per-request work (request parsing, the document store's hash, plugin dispatch, context cloning,
 * content negotiation) was most of a small query's cost (README "Performance").
 *
 * It is narrow on purpose, so that nothing a client can see differs:
 *   - only a POST with `content-type: application/json`, a body of `query` (+ `variables`, `operationName`)
 *     and nothing else, whose query text, operation name and Accept header were answered by Apollo with a
 *     200 and no errors (learnt per request by `plugin()` and `learn()`);
 *   - a check that refuses (cost, bulk size, rate limit, control characters) hands the request to Apollo,
 *     which refuses it with its own error (a refused check reserves nothing);
 *   - an answer with any error, or variables that do not coerce, is not sent: the reservation is given
 *     back and Apollo answers the request from the start (queries have no side effects).
 */
import type { ApolloServerPlugin, HTTPGraphQLResponse } from '@apollo/server';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { BaseContext } from './context.js';
import { introspectionUse } from './introspection.js';
import { compileFor, type CompiledQueryCache } from './jitGateway.js';

interface Entry {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** Apollo's response head (status 200) per Accept header value ('' when none was sent). */
  heads: Map<string, [string, string][]>;
}

/** What a request's body must be to take the fast path. */
export interface FastPathBody {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export interface FastPathDeps {
  schema: GraphQLSchema;
  cache: CompiledQueryCache;
  /** The limit and text checks the plugins run in didResolveOperation; each throws to refuse. */
  checks: ((args: { document: DocumentNode; operation: OperationDefinitionNode; variables: Record<string, unknown> | undefined; contextValue: BaseContext }) => void)[];
  /** Gives back what the checks reserved, when the request is handed to Apollo after all. */
  release(context: BaseContext): void;
  maxEntries: number;
}

const keyOf = (operationName: string | null | undefined, query: string) => `${operationName ?? ''}\n${query}`;
const MAX_HEADS = 4;

/** The body as the fast path takes it, or null (then Apollo reads it, and says what is wrong). */
export function fastPathBody(body: unknown): FastPathBody | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return null;
  const b = body as Record<string, unknown>;
  if (typeof b.query !== 'string') return null;
  for (const k in b) if (k !== 'query' && k !== 'variables' && k !== 'operationName') return null;
  if (b.operationName !== undefined && b.operationName !== null && typeof b.operationName !== 'string') return null;
  if (b.variables !== undefined && b.variables !== null && (typeof b.variables !== 'object' || Array.isArray(b.variables))) return null;
  return b as unknown as FastPathBody;
}

export class FastPath {
  readonly #entries = new Map<string, Entry>();
  /** Requests Apollo answered as a plain query without errors (keyed by the context's shared cost object). */
  readonly #answered = new WeakMap<BaseContext['cost'], { key: string; document: DocumentNode; operation: OperationDefinitionNode }>();
  hits = 0;

  constructor(private readonly deps: FastPathDeps) {}

  get size(): number {
    return this.#entries.size;
  }

  /** Marks what Apollo answered without errors as a query the fast path may answer next time. */
  plugin(): ApolloServerPlugin<BaseContext> {
    const answered = this.#answered;
    return {
      async requestDidStart() {
        return {
          async willSendResponse({ request, document, operation, errors, contextValue, response }) {
            if (errors?.length || !document || !operation || operation.operation !== 'query' || typeof request.query !== 'string') return;
            if (response.body.kind !== 'single' || response.body.singleResult.errors) return;
            if (request.extensions && Object.keys(request.extensions).length > 0) return;
            if (introspectionUse(document, operation) !== 'none') return;
            answered.set(contextValue.cost, { key: keyOf(request.operationName, request.query), document, operation });
          },
        };
      },
    };
  }

  /** After Apollo answered `context`'s request: keeps its head when the plugin marked it. */
  learn(context: BaseContext, accept: string | undefined, result: HTTPGraphQLResponse): void {
    const marked = this.#answered.get(context.cost);
    if (!marked || (result.status ?? 200) !== 200 || result.body.kind !== 'complete') return;
    if (!this.deps.cache.get(marked.key, () => compileFor(this.deps.schema, marked.document, marked.operation.name?.value))) return;
    let entry = this.#entries.get(marked.key);
    if (!entry) {
      entry = { document: marked.document, operation: marked.operation, heads: new Map() };
      this.#entries.set(marked.key, entry);
      while (this.#entries.size > this.deps.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    }
    if (entry.heads.size < MAX_HEADS) entry.heads.set(accept ?? '', [...result.headers]);
  }

  /**
   * The answer, or null: Apollo answers the request (nothing is left reserved, and nothing was sent).
   * `body` is what fastPathBody accepted.
   */
  async answer(body: FastPathBody, accept: string | undefined, context: BaseContext): Promise<{ headers: [string, string][]; body: string } | null> {
    const key = keyOf(body.operationName, body.query);
    const entry = this.#entries.get(key);
    const head = entry?.heads.get(accept ?? '');
    if (!entry || !head) return null;
    const compiled = this.deps.cache.get(key, () => compileFor(this.deps.schema, entry.document, entry.operation.name?.value));
    if (!compiled) return null;
    const variables = body.variables ?? undefined;
    try {
      for (const check of this.deps.checks) check({ document: entry.document, operation: entry.operation, variables, contextValue: context });
    } catch {
      this.deps.release(context);
      return null;
    }
    let result;
    try {
      result = await compiled(undefined, context, variables ?? {});
    } catch {
      this.deps.release(context);
      return null;
    }
    if (result.errors?.length || result.data === undefined || result.data === null) {
      this.deps.release(context);
      return null;
    }
    this.hits++;
    // As Apollo writes a single result: { errors, data, extensions } in that order, then a newline.
    return { headers: head, body: `${JSON.stringify({ data: result.data })}\n` };
  }
}
