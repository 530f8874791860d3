import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable, isDataOutOfRange } from '../../db/databaseErrors.js';
import { LIMITS } from '../../kernel/limits.js';
import { DatabaseUnavailableError, InternalServerError } from './service.errors.js';
import { QueryTooComplexError } from './limit.errors.js';
import { BadUserInputError } from './input.errors.js';

interface Log {
  warn(message: string, error?: unknown): void;
  error(message: string, error?: unknown): void;
}

const formatted = (e: GraphQLError): GraphQLFormattedError => {
  const { http: _http, ...extensions } = e.extensions as Record<string, unknown>;
  return { message: e.message, extensions };
};

/**
 * Apollo reports every validation error as GRAPHQL_VALIDATION_FAILED and every parse error as
 * GRAPHQL_PARSE_FAILED; the gateway's own limits and scalars carry a more precise code, which is kept.
 */
function withOwnCode(given: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = given.extensions?.code;
  // graphql-js coerces arguments during execution (e.g. an explicit null for an argument with a default):
  // its own errors, not a bug in a resolver, so the caller's input is at fault.
  if (code === 'INTERNAL_SERVER_ERROR' && error instanceof GraphQLError && error.originalError instanceof GraphQLError && !error.originalError.originalError && /^Argument "[^"]+" (of (non-null|required) type|has invalid value)/.test(error.message)) {
    return { ...given, extensions: { ...given.extensions, code: 'BAD_USER_INPUT' } };
  }
  if (code !== 'GRAPHQL_VALIDATION_FAILED' && code !== 'GRAPHQL_PARSE_FAILED') return given;
  const inner = error instanceof GraphQLError ? error.originalError : undefined;
  const innerCode = inner instanceof GraphQLError ? inner.extensions?.code : undefined;
  if (typeof innerCode === 'string') return { ...given, extensions: { ...given.extensions, code: innerCode } };
  if (code === 'GRAPHQL_PARSE_FAILED' && /more th(?:an|at) \d+ tokens/.test(given.message)) {
    return { ...given, extensions: { ...given.extensions, ...formatted(new QueryTooComplexError(given.message, 'TOKENS', { maxTokens: LIMITS.maxTokens })).extensions } };
  }
  if (code === 'GRAPHQL_PARSE_FAILED' && /call stack/i.test(given.message)) {
    // Thousands of nested [ or { overflow graphql-js's recursive parser before the token limit is reached.
    return formatted(new QueryTooComplexError('The document is nested too deeply to parse', 'NESTING'));
  }
  return given;
}

/**
 * The one place an error becomes what a client sees (Apollo's formatError): the gateway's own codes
 * kept, "Did you mean" hints removed when suggestions are off, a database outage answered as DATABASE_UNAVAILABLE, a value the database refuses as
 * BAD_USER_INPUT, and any other internal error logged with its stack and, in production, answered
 * without details.
 */
/**
 * graphql-js's "Did you mean …?" hints (field, argument, type, enum value and input-field names): Apollo's
 * hideSchemaDetailsFromClientErrors removes them from validation errors only, not from the errors of
 * variable coercion ("Variable "$t" got invalid value …; … Did you mean the enum value "PRINTING"?").
 */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

function withoutSuggestions(e: GraphQLFormattedError): GraphQLFormattedError {
  return e.message.includes('Did you mean') ? { ...e, message: e.message.replace(SUGGESTION, '') } : e;
}

export function formatError(opts: { production: boolean; log: Log; hideSuggestions?: boolean }) {
  return (given: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = opts.hideSuggestions ? withoutSuggestions(withOwnCode(given, error)) : withOwnCode(given, error);
    const code = result.extensions?.code;
    if (isDatabaseUnavailable(error)) {
      opts.log.warn('database unavailable', error);
      return formatted(new DatabaseUnavailableError());
    }
    if (code === 'INTERNAL_SERVER_ERROR' && isDataOutOfRange(error)) {
      opts.log.warn('value refused by the database', error);
      return formatted(new BadUserInputError('A value is too large (or too long) to be stored', { reason: 'OUT_OF_RANGE' }));
    }
    if (code === 'INTERNAL_SERVER_ERROR') {
      opts.log.error('internal error', error);
      if (opts.production) return formatted(new InternalServerError());
    }
    return result;
  };
}
