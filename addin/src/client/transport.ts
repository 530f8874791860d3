import { GatewayFailure } from './failures.js';

/** The part of `fetch` the client uses, so tests can inject a fake. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal },
) => Promise<{ ok: boolean; status: number; text(): Promise<string>; headers?: { get(name: string): string | null } }>;

/** The gateway's RateLimit-* headers: the key's bucket size, what is left and seconds until it is full. */
export interface RateLimitInfo {
  limit: number | null;
  remaining: number;
  resetSeconds: number | null;
}

/** RateLimit-* headers of an answer, or null when it has none (another server, or the limit is off). */
export function rateLimitOf(headers: { get(name: string): string | null } | undefined): RateLimitInfo | null {
  const num = (name: string) => {
    const v = headers?.get(name);
    const n = v === null || v === undefined || v.trim() === '' ? NaN : Number(v);
    return Number.isFinite(n) ? n : null;
  };
  const remaining = num('ratelimit-remaining');
  return remaining === null ? null : { limit: num('ratelimit-limit'), remaining, resetSeconds: num('ratelimit-reset') };
}

export interface GraphqlError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; candidates?: string[]; [k: string]: unknown };
}

/**
 * A usable answer: errors that each point at one field (path), never at the whole request, and the data.
 * Data is null when an error in a non-null root field nulled the whole answer (GraphQL's null bubbling):
 * the caller can then blame the fields named by the paths and ask again for the others.
 */
export interface GraphqlReply {
  data: Record<string, unknown> | null;
  errors: GraphqlError[];
}

export interface TransportOptions {
  fetch: FetchLike;
  /** Full endpoint, e.g. https://localhost:4443/graphql */
  url: string;
  apiKey: string | null;
  timeoutMs: number;
  /** Told the RateLimit-* headers of every answer that has them (the task pane shows what is left). */
  onRateLimit?: (info: RateLimitInfo) => void;
}

/**
 * POSTs one GraphQL document. Resolves only with a reply that has data; everything that makes the whole
 * request useless (network failure, timeout, non-2xx, not JSON, errors without a path, no data) is thrown
 * as a GatewayFailure, so the caller can settle every waiter of the request with it.
 */
export async function postGraphql(opts: TransportOptions, body: { query: string; variables: Record<string, unknown> }): Promise<GraphqlReply> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const seconds = Math.round(opts.timeoutMs / 100) / 10;
  // Racing a timer (not only aborting) settles the request even when a fetch ignores its signal.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new GatewayFailure('timeout', `no answer within ${seconds} s`));
    }, opts.timeoutMs);
  });
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (opts.apiKey) headers.authorization = `Bearer ${opts.apiKey}`;
  const exchange = (async () => {
    let res: Awaited<ReturnType<FetchLike>>;
    try {
      res = await opts.fetch(opts.url, { method: 'POST', headers, body: JSON.stringify(body), signal: controller.signal });
    } catch (e) {
      throw new GatewayFailure('network', `cannot connect to ${originOf(opts.url)} (${reason(e)})`);
    }
    const limit = rateLimitOf(res.headers);
    if (limit) opts.onRateLimit?.(limit);
    let text: string;
    try {
      text = await res.text();
    } catch (e) {
      throw new GatewayFailure('network', `the connection to ${originOf(opts.url)} broke while reading the answer (${reason(e)})`);
    }
    return interpret(res.status, res.ok, text);
  })();
  exchange.catch(() => {});
  timeout.catch(() => {});
  try {
    return await Promise.race([exchange, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Classifies an HTTP answer; exported for tests. */
export function interpret(status: number, ok: boolean, text: string): GraphqlReply {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    if (!ok) throw new GatewayFailure('http', `HTTP ${status}`, null, status);
    throw new GatewayFailure('json', 'the answer was not valid JSON');
  }
  const obj = (json !== null && typeof json === 'object' ? json : {}) as { data?: unknown; errors?: unknown };
  const errors = Array.isArray(obj.errors) ? (obj.errors as GraphqlError[]) : [];
  if (!ok) {
    const first = errors[0];
    throw new GatewayFailure('http', first ? `HTTP ${status}: ${first.message}` : `HTTP ${status}`, first?.extensions?.code ?? null, status);
  }
  const data = obj.data;
  const global = errors.find((e) => !Array.isArray(e.path) || e.path.length === 0);
  if (global) throw new GatewayFailure('graphql', global.message ?? 'unknown error', global.extensions?.code ?? null, status);
  if ((data === null || data === undefined) && errors.length) return { data: null, errors };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new GatewayFailure('shape', 'the answer has no data');
  return { data: data as Record<string, unknown>, errors };
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

function reason(e: unknown): string {
  if (e instanceof Error) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message;
    return detail ? `${e.message}: ${detail}` : e.message;
  }
  return String(e);
}
