import type { HeaderMap } from '@apollo/server';
import { GatewayError, type HttpStatus } from './gatewayError.js';

/** A document over one of the limits of server/kernel/limits.ts; `reason` says which (DEPTH, ALIASES, COST …). */
export class QueryTooComplexError extends GatewayError {
  constructor(message: string, reason: string, extra: Record<string, unknown> = {}, http?: HttpStatus) {
    super('QUERY_TOO_COMPLEX', message, { reason, ...extra }, http);
  }
}

/** The caller's rate-limit bucket is empty; `retryAfterSeconds` says when to come back. */
export class RateLimitedError extends GatewayError {
  constructor(message: string, retryAfterSeconds: number, headers?: HeaderMap) {
    super('RATE_LIMITED', message, { retryAfterSeconds }, headers ? { status: 429, headers } : 429);
  }
}

export class RequestTimeoutError extends GatewayError {
  constructor(timeoutMs: number) {
    super('REQUEST_TIMEOUT', `The request was not answered within ${timeoutMs} ms; simplify or split it`, {}, 503);
  }
}
