import { HeaderMap } from '@apollo/server';
import type { IncomingMessage } from 'node:http';
import type { Auth } from '../graphql/context.js';
import { RateLimitedError } from '../graphql/errors/index.js';
import type { RateLimitState, TakeResult } from './rateLimit.js';

/** Rate-limit bookkeeping of one request: whose bucket, and how many units were reserved before executing. */
export interface RequestBudget {
  key: string;
  reserved: number;
}

/**
 * Whose bucket a request draws from: the API key's id, or for anonymous callers the peer's IP address
 * (X-Forwarded-For is not trusted: behind a proxy every anonymous caller shares the proxy's bucket).
 */
export function callerKey(auth: Auth | null, req: IncomingMessage): string {
  if (auth && auth.kind !== 'anonymous') return `key:${auth.keyId}`;
  return `ip:${req.socket.remoteAddress ?? 'unknown'}`;
}

export function rateLimitHeaders(s: RateLimitState): Record<string, string> {
  return {
    'ratelimit-limit': String(s.limit),
    'ratelimit-remaining': String(s.remaining),
    'ratelimit-reset': String(s.resetSeconds),
  };
}

export function refusedHeaders(r: TakeResult): Record<string, string> {
  return { ...rateLimitHeaders(r), 'retry-after': String(r.retryAfterSeconds) };
}

export const rateLimitedMessage = (r: TakeResult) =>
  `Rate limit reached for this API key (${r.limit} work units, refilled continuously; a bulk lookup costs one unit per item). Retry after ${r.retryAfterSeconds} s.`;

/** RATE_LIMITED as a GraphQL error that Apollo answers with HTTP 429 and the RateLimit headers. */
export function rateLimitedError(r: TakeResult): RateLimitedError {
  return new RateLimitedError(rateLimitedMessage(r), r.retryAfterSeconds, new HeaderMap(Object.entries(refusedHeaders(r))));
}
