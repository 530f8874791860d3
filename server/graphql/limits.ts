import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ASTVisitor, type ValidationContext, Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Config } from '../config/config.js';
import type { GatewayContext } from './context.js';
import { MAX_BULK_ITEMS } from '../lifecycle/graphql/lifecycle.resolver.js';
import { estimateCost } from './cost.js';
import { isDatabaseUnavailable } from '../http/databaseErrors.js';
import { rateLimitedError, type RequestBudget } from '../http/rateLimitHttp.js';
import type { RateLimiter } from '../http/rateLimit.js';

/** Document limits (README "Reliability"); tokens are counted by the parser (Apollo parseOptions). */
export const LIMITS = { maxDepth: 8, maxAliases: 15, maxDirectives: 10, maxTokens: 2000 } as const;

function limitError(message: string, reason: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', reason, ...extra } });
}

/**
 * Rejects documents nested deeper than maxDepth fields. Each fragment's depth is computed once (a document
 * spreading fragments into fragments twice per level would otherwise take exponential time); cycles are cut
 * here and reported by graphql's own NoFragmentCycles rule.
 */
function depthLimit(ctx: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of ctx.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (set: SelectionSetNode | undefined): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) max = Math.max(max, s.selectionSet ? 1 + depthOf(s.selectionSet) : 1);
      else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(s.selectionSet));
      else {
        const name = s.name.value;
        const f = fragments.get(name);
        if (!f || visiting.has(name)) continue;
        let d = memo.get(name);
        if (d === undefined) {
          visiting.add(name);
          d = depthOf(f.selectionSet);
          visiting.delete(name);
          memo.set(name, d);
        }
        max = Math.max(max, d);
      }
    }
    return max;
  };
  return {
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet);
      if (depth > LIMITS.maxDepth) ctx.reportError(limitError(`Query is nested ${depth} levels deep; at most ${LIMITS.maxDepth} are allowed`, 'DEPTH'));
    },
  };
}

function aliasLimit(ctx: ValidationContext): ASTVisitor {
  let aliases = 0;
  let directives = 0;
  return {
    Field(node: FieldNode) {
      if (node.alias) aliases++;
    },
    Directive() {
      directives++;
    },
    Document: {
      leave() {
        if (aliases > LIMITS.maxAliases) ctx.reportError(limitError(`Query uses ${aliases} aliases; at most ${LIMITS.maxAliases} are allowed`, 'ALIASES'));
        if (directives > LIMITS.maxDirectives) ctx.reportError(limitError(`Query uses ${directives} directives; at most ${LIMITS.maxDirectives} are allowed`, 'DIRECTIVES'));
      },
    },
  };
}

export function validationRules() {
  return [depthLimit, aliasLimit];
}

export const parseOptions = { maxTokens: LIMITS.maxTokens };

export interface PluginDeps {
  limiter: RateLimiter | null;
  /** Per-request rate-limit bookkeeping, set by the HTTP layer before execution. */
  budgets: WeakMap<GatewayContext, RequestBudget>;
  now: () => number;
}

/**
 * Before execution (the operation is known, variables are available): refuse a bulk field of more than
 * 1,000 items (400 TOO_MANY_ITEMS) and a request whose estimated cost is above the maximum (400
 * QUERY_TOO_COMPLEX, reason COST), then reserve its list items from the
 * caller's rate-limit bucket (429 RATE_LIMITED when they do not fit). After execution: a database that
 * went away makes the response a 503 instead of a 200 full of INTERNAL_SERVER_ERRORs.
 */
export function graphqlPlugins(config: Config, deps: PluginDeps): ApolloServerPlugin<GatewayContext>[] {
  return [
    {
      async requestDidStart() {
        return {
          async didResolveOperation({ document, operation, request, contextValue }) {
            if (!operation) return;
            if (operation.operation === 'subscription') {
              throw new GraphQLError('This gateway has no subscriptions; use a query', { extensions: { code: 'BAD_REQUEST', http: { status: 400, headers: new HeaderMap() } } });
            }
            const cost = estimateCost(document, operation, request.variables);
            // The resolvers enforce this too; checked here it is a 400 before any work rather than a 200 with errors.
            if (cost.maxFieldItems > MAX_BULK_ITEMS) {
              throw new GraphQLError(`At most ${MAX_BULK_ITEMS} lookups per request; got ${cost.maxFieldItems}. Split the request.`, {
                extensions: { code: 'TOO_MANY_ITEMS', max: MAX_BULK_ITEMS, http: { status: 400, headers: new HeaderMap() } },
              });
            }
            if (cost.total > config.maxRequestCost) {
              throw new GraphQLError(`Query costs ${cost.total} (fields ${cost.fields} + list items ${cost.items} + page sizes ${cost.pages}); at most ${config.maxRequestCost} per request. Split it.`, {
                extensions: { code: 'QUERY_TOO_COMPLEX', reason: 'COST', cost: cost.total, maxCost: config.maxRequestCost, http: { status: 400, headers: new HeaderMap() } },
              });
            }
            const budget = deps.budgets.get(contextValue);
            if (deps.limiter && budget) {
              const units = Math.max(1, cost.items);
              const r = deps.limiter.take(budget.key, units, deps.now());
              if (!r.ok) throw rateLimitedError(r);
              budget.reserved = units;
            }
          },
          async willSendResponse({ errors, response }) {
            if (errors?.some((e) => isDatabaseUnavailable(e))) {
              response.http.status = 503;
              response.http.headers.set('retry-after', '5');
            }
          },
        };
      },
    },
  ];
}
