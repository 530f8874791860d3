/**
 * POST/GET /graphql: reads the body (bounded), authenticates the key, refuses an empty rate-limit bucket
 * before any parsing, builds the request's context and runs Apollo with a timeout. Knows no domain: the
 * key check and the domain part of the context come from the composition root (gateway.ts).
 */
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config/config.js';
import type { Auth, BaseContext } from '../graphql/context.js';
import { BadRequestError, MethodNotAllowedError, PayloadTooLargeError, RateLimitedError, RequestTimeoutError, UnauthenticatedError } from '../graphql/errors/index.js';
import { LIMITS } from '../kernel/limits.js';
import { todayIn } from '../kernel/today.js';
import { BodyNotUtf8Error, BodyTooLargeError, ClientAbortedError, readBody } from './body.js';
import type { Logger } from './logger.js';
import type { RateLimiter } from './rateLimit.js';
import { callerKey, rateLimitHeaders, rateLimitedMessage, refusedHeaders, type RequestBudget } from './rateLimitHttp.js';
import { endInBatch } from './batchedEnd.js';
import { sendError } from './respond.js';
import { fastPathBody, type FastPath } from '../graphql/fastPath.js';

/** `application/json` as the media type (parameters such as charset allowed). */
const isJson = (type: string | undefined): boolean =>
  type === 'application/json' || (type !== undefined && type.split(';', 1)[0]!.trim().toLowerCase() === 'application/json');

/** What a key check answers (tenancy/apiKeys.ts checks keys; this layer only asks). */
export type KeyCheck = { ok: true; role: 'ADMIN' | 'TENANT'; keyId: string; tenantId: string | null } | { ok: false; reason: 'INVALID' | 'REVOKED' };

export interface GraphQLHandlerDeps<C extends BaseContext> {
  config: Config;
  log: Logger;
  orm: MikroORM;
  apollo: ApolloServer<C>;
  limiter: RateLimiter | null;
  /** Keyed by the context's `cost` object (shared by the copy of the context Apollo gives plugins). */
  budgets: WeakMap<BaseContext['cost'], RequestBudget>;
  /** Answers queries Apollo has answered before without its pipeline (GRAPHQL_JIT=on); null: Apollo answers all. */
  fastPath?: FastPath | null;
  clock: () => number;
  /** Checks a key (tenancy/keyCache.ts: from memory while the key table is unchanged). */
  checkKey(secret: string): KeyCheck | Promise<KeyCheck>;
  /** The domain part of the context (the catalogue snapshot), added to the request's basics. */
  extendContext(base: BaseContext): Promise<C>;
}

/** Apollo's answer, or the fast path's (its head as Apollo gave it, as pairs). */
type Answer = Omit<HTTPGraphQLResponse, 'headers'> & { headers: Iterable<[string, string]> };

/** Sends the answer, with the caller's rate-limit state in RateLimit-* headers; a complete body in the turn's batch of writes. */
async function sendResult(res: ServerResponse, result: Answer, extra: Record<string, string>): Promise<void> {
  res.statusCode = result.status ?? 200;
  for (const [k, v] of result.headers) {
    // Keep a Vary set before (CORS: Origin) next to Apollo's own (Accept).
    const before = k === 'vary' ? res.getHeader('vary') : undefined;
    res.setHeader(k, before ? `${String(before)}, ${v}` : v);
  }
  for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
  if (result.body.kind === 'complete') {
    await endInBatch(res, result.body.string);
  } else {
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

const FORK = Symbol('em fork');
type LazyEm = { [FORK]: { orm: MikroORM; em?: EntityManager }; readonly em: EntityManager };

/**
 * ctx.em forks the entity manager on first use: a request answered from the in-memory catalogue alone
 * creates no fork (and no transaction). The getter sits on the prototype, so that neither spreading the
 * context (extendContext) nor Apollo's per-operation clone (Object.assign onto the same prototype) calls
 * it; the fork is held under an enumerable symbol that both copy, so every copy shares one fork.
 */
const LAZY_EM: LazyEm = Object.create(Object.prototype, {
  em: {
    get(this: LazyEm) {
      const holder = this[FORK];
      return (holder.em ??= holder.orm.em.fork());
    },
  },
});

function withLazyEm<T extends object>(fields: T): T & LazyEm {
  return Object.assign(Object.create(LAZY_EM) as LazyEm, fields) as T & LazyEm;
}

export function graphqlHandler<C extends BaseContext>(deps: GraphQLHandlerDeps<C>) {
  const { config, log, orm, apollo, limiter, budgets, clock } = deps;
  const fastPath = deps.fastPath ?? null;

  const authOf = (check: KeyCheck): Auth | 'INVALID' | 'REVOKED' => {
    if (!check.ok) return check.reason;
    return check.role === 'ADMIN' ? { kind: 'admin', keyId: check.keyId } : { kind: 'tenant', keyId: check.keyId, tenantId: check.tenantId! };
  };

  /** Synchronous when the key check is (a key known to the cache): no promise, no extra tick. */
  function authenticate(req: IncomingMessage): Auth | 'INVALID' | 'REVOKED' | Promise<Auth | 'INVALID' | 'REVOKED'> {
    const header = req.headers.authorization;
    if (!header) return { kind: 'anonymous' };
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) return 'INVALID';
    const check = deps.checkKey(m[1]!);
    return check instanceof Promise ? check.then(authOf) : authOf(check);
  }

  return async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'POST') return sendError(res, 405, new MethodNotAllowedError(), { allow: 'GET, POST' });
    // Refusals (401, 429) come before the body is read or parsed: a flood of refused requests must cost
    // next to nothing. Their unread body is not worth reading either, so the connection is closed.
    const early: Record<string, string> = req.method === 'POST' ? { connection: 'close' } : {};
    const found = authenticate(req);
    const auth = found instanceof Promise ? await found : found;
    if (auth === 'INVALID' || auth === 'REVOKED' || (auth.kind === 'anonymous' && !config.allowAnonymous)) {
      // Failed authentications draw on the caller's IP bucket too: guessing keys is a flood like any other.
      const ipKey = callerKey(null, req);
      if (limiter && !limiter.take(ipKey, 1, clock()).ok) {
        const state = limiter.peek(ipKey, clock());
        return sendError(res, 429, new RateLimitedError(rateLimitedMessage(state), state.retryAfterSeconds), { ...refusedHeaders(state), ...early });
      }
      const msg = auth === 'REVOKED' ? 'This API key has been revoked' : auth === 'INVALID' ? 'The API key is not valid' : 'This gateway requires an API key: send Authorization: Bearer <key>';
      return sendError(res, 401, new UnauthenticatedError(msg), { 'www-authenticate': 'Bearer', ...early });
    }
    const budget: RequestBudget = { key: callerKey(auth, req), reserved: 0 };
    if (limiter) {
      // An empty bucket is refused before any parsing; the request's real price is reserved once its
      // operation is known (graphql/plugins/limitsPlugin.ts) and settled after execution from ctx.cost.units.
      const state = limiter.peek(budget.key, clock());
      if (!state.ok) return sendError(res, 429, new RateLimitedError(rateLimitedMessage(state), state.retryAfterSeconds), { ...refusedHeaders(state), ...early });
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      let text: string;
      try {
        text = await readBody(req, LIMITS.maxBodyBytes);
      } catch (e) {
        if (e instanceof BodyTooLargeError) return sendError(res, 413, new PayloadTooLargeError(LIMITS.maxBodyBytes), { connection: 'close' });
        if (e instanceof BodyNotUtf8Error) return sendError(res, 400, new BadRequestError('The request body is not valid UTF-8'));
        if (e instanceof ClientAbortedError) {
          // Nobody is left to answer; one line, no stack, not an outage.
          log.info(`request ${req.method} ${url.pathname} not answered: ${e.message}`);
          return;
        }
        throw e;
      }
      const type = req.headers['content-type'] ?? '';
      if (type.includes('application/json') || type.includes('application/graphql-response+json')) {
        try {
          body = JSON.parse(text);
        } catch {
          return sendError(res, 400, new BadRequestError('The request body is not valid JSON'));
        }
      } else {
        body = text;
      }
    }
    const now = new Date();
    const newContext = async () => {
      const base = withLazyEm({ config, now, today: todayIn(config.timeZone, now), auth, cost: { units: 0 }, [FORK]: { orm } });
      const c = withLazyEm(await deps.extendContext(base));
      budgets.set(c.cost, budget);
      return c;
    };
    let context = await newContext();
    const started = performance.now();
    // A query Apollo has answered before takes the fast path (graphql/fastPath.ts); anything it declines, Apollo answers.
    const fastBody = fastPath && req.method === 'POST' && isJson(req.headers['content-type']) ? fastPathBody(body) : null;
    const execution = (async (): Promise<Answer> => {
      if (fastBody) {
        const fast = await fastPath!.answer(fastBody, req.headers.accept, context);
        if (fast) return { status: 200, headers: fast.headers, body: { kind: 'complete', string: fast.body } };
        context = await newContext(); // what the attempt counted is not the request's
      }
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method!, headers, search: url.search, body };
      const answered = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => context });
      fastPath?.learn(context, req.headers.accept, answered);
      return answered;
    })();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), config.requestTimeoutMs);
    });
    const result = await Promise.race([execution, timedOut]).finally(() => clearTimeout(timer));
    const settled = limiter ? rateLimitHeaders(limiter.charge(budget.key, Math.max(1, context.cost.units) - budget.reserved, clock())) : {};
    // Late answers are dropped: also those computed without a pause (in-memory work never lets the timer fire).
    if (result === 'timeout' || performance.now() - started > config.requestTimeoutMs) {
      execution.catch(() => {});
      log.warn(`request timed out after ${Math.round(performance.now() - started)} ms`);
      return sendError(res, 503, new RequestTimeoutError(config.requestTimeoutMs), settled);
    }
    await sendResult(res, result, settled);
  };
}
