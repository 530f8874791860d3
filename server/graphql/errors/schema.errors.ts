import { GatewayError } from './gatewayError.js';

/**
 * Introspection (`__schema`, `__type`) refused by GRAPHQL_INTROSPECTION: `off`, or `authenticated` and the
 * request has no API key. A validation failure like Apollo's own (same code, 400), with a message that says
 * how to get the schema.
 */
export class IntrospectionRefusedError extends GatewayError {
  constructor(mode: 'off' | 'authenticated') {
    const message =
      mode === 'authenticated'
        ? 'Introspection needs an API key on this gateway: send the header Authorization: Bearer <key> (in the explorer: put it in the Headers pane, then re-fetch the schema), or start the gateway with GRAPHQL_INTROSPECTION=on. The schema is also in the repository, schema/schema.graphql.'
        : 'Introspection is off on this gateway (GRAPHQL_INTROSPECTION=off); start it with GRAPHQL_INTROSPECTION=on, or =authenticated to allow requests with an API key. The schema is also in the repository, schema/schema.graphql.';
    super('GRAPHQL_VALIDATION_FAILED', message, { reason: mode === 'authenticated' ? 'INTROSPECTION_NEEDS_KEY' : 'INTROSPECTION_OFF' }, 400);
  }
}
