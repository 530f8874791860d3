import type { ApolloServerPlugin } from '@apollo/server';
import type { Config } from '../../config/config.js';
import { isDatabaseUnavailable } from '../../db/databaseErrors.js';
import { LIMITS } from '../../kernel/limits.js';
import type { RateLimiter } from '../../http/rateLimit.js';
import { rateLimitedError, type RequestBudget } from '../../http/rateLimitHttp.js';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import type { BaseContext } from '../context.js';
import { estimateCost } from '../cost.js';
import { BadRequestError, QueryTooComplexError, TooManyItemsError } from '../errors/index.js';

export interface PluginDeps {
  limiter: RateLimiter | null;
  /** Per-request rate-limit bookkeeping, set by the HTTP layer before execution. */
  /**
   * Keyed by the context's `cost` object: Apollo hands plugins a shallow copy of the context, which shares
   * that object (a key of the context itself was never found, so nothing was reserved before execution).
   */
  budgets: WeakMap<BaseContext['cost'], RequestBudget>;
  now: () => number;
}

/**
 * The checks and the reservation of one operation (see limitsPlugin), as a function: the plugin runs it in
 * Apollo's didResolveOperation, the fast path (graphql/fastPath.ts) before it executes a known query.
 * It throws the error the caller gets; a refused check takes nothing from the bucket.
 */
export function operationLimits(config: Config, deps: PluginDeps) {
  return ({ document, operation, variables, contextValue }: { document: DocumentNode; operation: OperationDefinitionNode | null | undefined; variables: Record<string, unknown> | undefined; contextValue: BaseContext }): void => {
    if (!operation) return;
    if (operation.operation === 'subscription') {
      throw new BadRequestError('This gateway has no subscriptions; use a query');
    }
    const cost = estimateCost(document, operation, variables);
    // The resolvers enforce this too; checked here it is a 400 before any work rather than a 200 with errors.
    if (cost.maxFieldItems > LIMITS.maxBulkItems) throw new TooManyItemsError(LIMITS.maxBulkItems, cost.maxFieldItems, 400);
    if (cost.introspection > LIMITS.maxIntrospectionFields) {
      throw new QueryTooComplexError(
        `Introspection selects ${cost.introspection} fields; at most ${LIMITS.maxIntrospectionFields} per request.`,
        'COST',
        { introspectionFields: cost.introspection, maxIntrospectionFields: LIMITS.maxIntrospectionFields },
        400,
      );
    }
    if (cost.total > config.maxRequestCost) {
      throw new QueryTooComplexError(
        `Query costs ${cost.total} (fields ${cost.fields} + list items ${cost.items} + page sizes ${cost.pages}${cost.text ? ` + long text ${cost.text}` : ''}); at most ${config.maxRequestCost} per request. Split it.`,
        'COST',
        { cost: cost.total, maxCost: config.maxRequestCost },
        400,
      );
    }
    const budget = deps.budgets.get(contextValue.cost);
    if (deps.limiter && budget) {
      const units = Math.max(1, cost.items + cost.text);
      const r = deps.limiter.take(budget.key, units, deps.now());
      if (!r.ok) throw rateLimitedError(r);
      budget.reserved = units;
    }
  };
}

/**
 * Before execution (the operation is known, variables are available): refuse a bulk field of more than
 * 1,000 items (400 TOO_MANY_ITEMS) and a request whose estimated cost is above the maximum (400
 * QUERY_TOO_COMPLEX, reason COST; introspection fields have their own bound), then reserve its list items from the
 * caller's rate-limit bucket (429 RATE_LIMITED when they do not fit). After execution: a database that
 * went away makes the response a 503 instead of a 200 full of INTERNAL_SERVER_ERRORs.
 */
export function limitsPlugin(config: Config, deps: PluginDeps): ApolloServerPlugin<BaseContext> {
  const check = operationLimits(config, deps);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          check({ document, operation, variables: request.variables, contextValue });
        },
        async willSendResponse({ errors, response }) {
          if (errors?.some((e) => isDatabaseUnavailable(e))) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '5');
          }
        },
      };
    },
  };
}
