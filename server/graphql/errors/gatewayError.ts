import type { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** The HTTP status of the response that carries the error (and headers to add), where one applies. */
export type HttpStatus = number | { status: number; headers: HeaderMap };

/**
 * Every error a client can see has a class of its own, one per `extensions.code` (errors are
 * translated once, at the edge). `code` is the stable contract; messages are written for procurement
 * users. An HTTP status, where one applies, travels in `extensions.http` (Apollo turns it into the
 * response status and strips it from the body).
 */
export class GatewayError extends GraphQLError {
  constructor(
    readonly code: string,
    message: string,
    extra: Record<string, unknown> = {},
    http?: HttpStatus,
  ) {
    super(message, { extensions: { code, ...extra, ...(http ? { http: typeof http === 'number' ? { status: http } : http } : {}) } });
  }

  /** The same error as a GraphQL response body, for answers sent before GraphQL runs (http/). */
  body(): { errors: { message: string; extensions: Record<string, unknown> }[] } {
    const { http: _http, ...extensions } = this.extensions as Record<string, unknown>;
    return { errors: [{ message: this.message, extensions }] };
  }
}
