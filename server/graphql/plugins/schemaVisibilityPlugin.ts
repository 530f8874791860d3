import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { execute, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Config, SchemaVisibility } from '../../config/config.js';
import { LIMITS } from '../../kernel/limits.js';
import type { Auth, BaseContext } from '../context.js';
import { IntrospectionRefusedError } from '../errors/index.js';
import { introspectionUse } from '../introspection.js';

/** Whether a request may see the schema: `on` everyone, `off` no one, `authenticated` requests with a valid API key. */
export function maySee(mode: SchemaVisibility, auth: Auth): boolean {
  return mode === 'on' || (mode === 'authenticated' && auth.kind !== 'anonymous');
}

/**
 * GRAPHQL_INTROSPECTION and GRAPHQL_FIELD_SUGGESTIONS per request (Apollo's own `introspection` and
 * `hideSchemaDetailsFromClientErrors` options are fixed for the whole server, and Apollo caches validated
 * documents, so the decision is taken here, on every request, from its authentication):
 *   - introspection refused with IntrospectionRefusedError (400) for whoever may not see the schema;
 *   - "Did you mean …?" stripped from validation errors for them (as Apollo's DisableSuggestions plugin does);
 *   - an introspection-only query (`__schema` / `__type` / `__typename` at the root) answered from a result
 *     computed once per document and variables (the explorer sends the same one at every page load).
 */
export function schemaVisibilityPlugin(config: Config, schema: GraphQLSchema): ApolloServerPlugin<BaseContext> {
  const answers = new Map<string, ExecutionResult>();
  // Once per operation node: Apollo keeps one parsed document per query text.
  const uses = new WeakMap<OperationDefinitionNode, ReturnType<typeof introspectionUse>>();
  return {
    async requestDidStart() {
      let introspectionOnly = false;
      return {
        async validationDidStart({ contextValue }) {
          if (maySee(config.fieldSuggestions, contextValue.auth)) return;
          return async (errors) => {
            for (const e of errors ?? []) e.message = e.message.replace(/ ?Did you mean(.+?)\?$/, '');
          };
        },
        // graphql-js also writes hints while coercing variables (an enum value or input field typed
        // wrong), after validation: those are removed here for the same callers.
        async didEncounterErrors({ contextValue, errors }) {
          if (maySee(config.fieldSuggestions, contextValue.auth)) return;
          for (const e of errors) if (e.message.includes('Did you mean')) e.message = e.message.replace(/ ?Did you mean [^?]*\?/g, '');
        },
        async didResolveOperation({ document, operation, contextValue }) {
          if (!operation) return;
          let use = uses.get(operation);
          if (!use) uses.set(operation, (use = introspectionUse(document, operation)));
          if (use === 'none') return;
          if (!maySee(config.introspection, contextValue.auth)) throw new IntrospectionRefusedError(config.introspection === 'off' ? 'off' : 'authenticated');
          introspectionOnly = use === 'only';
        },
        async responseForOperation({ document, operationName, request, queryHash }): Promise<GraphQLResponse | null> {
          if (!introspectionOnly) return null;
          const key = `${queryHash}\n${operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
          let result = answers.get(key);
          if (result) {
            answers.delete(key); // most recently used last
          } else {
            result = await execute({ schema, document, operationName, variableValues: request.variables });
            if (result.errors?.length) return null; // let Apollo execute it and report the errors as usual
          }
          answers.set(key, result);
          while (answers.size > LIMITS.introspectionCacheEntries) answers.delete(answers.keys().next().value!);
          return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: result.data } } };
        },
      };
    },
  };
}
