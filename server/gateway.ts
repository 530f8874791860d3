import { ApolloServer, HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { checkKey } from './tenancy/apiKeys.js';
import type { Config } from './config/config.js';
import { migrate } from './db/migrate.js';
import { openOrm } from './db/orm.config.js';
import type { Auth, GatewayContext } from './graphql/context.js';
import { gatewaySchema } from './graphql/schema.js';
import { ADDIN_DIST } from './config/paths.js';
import { CatalogueService } from './lifecycle/catalogue/catalogueService.js';
import { seedCatalogueIfEmpty } from './lifecycle/import/catalogueImport.js';
import { seedDemoIfEmpty } from './tenancy/demoSeed.js';
import { BodyTooLargeError, readBody } from './http/body.js';
import { handleCalendarRoute } from './calendar/calendarRoute.js';
import { EXPLORER_STATIC, explorerHtml, serveExplorerAsset } from './http/explorer.js';
import { createLogger, type Logger } from './http/logger.js';
import { isDatabaseUnavailable, isDataOutOfRange } from './http/databaseErrors.js';
import { graphqlPlugins, LIMITS, parseOptions, validationRules } from './graphql/limits.js';
import { RateLimiter } from './http/rateLimit.js';
import { callerKey, rateLimitHeaders, rateLimitedMessage, refusedHeaders, type RequestBudget } from './http/rateLimitHttp.js';
import { withStartupLock } from './db/startupLock.js';
import { serveFile } from './http/staticFiles.js';
import { resolveTls } from './http/tls.js';
import { todayIn } from './kernel/today.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface Gateway {
  server: Server;
  url: string;
  /** The HTTPS listener serving the Excel add-in (Office requires https); null when off. */
  httpsUrl: string | null;
  orm: MikroORM;
  catalogue: CatalogueService;
  log: Logger;
  /** Demo API keys printed at start-up (only when this start seeded the demo tenants). */
  demoKeys: { tenant: string; key: string }[];
  stop(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function errorBody(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * Apollo reports every validation error as GRAPHQL_VALIDATION_FAILED and every parse error as
 * GRAPHQL_PARSE_FAILED; the gateway's own limits and scalars carry a more precise code, which is kept.
 */
function withOwnCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  // graphql-js coerces arguments during execution (e.g. an explicit null for an argument with a default):
  // its own errors, not a bug in a resolver, so the caller's input is at fault.
  if (code === 'INTERNAL_SERVER_ERROR' && error instanceof GraphQLError && error.originalError instanceof GraphQLError && !error.originalError.originalError && /^Argument "[^"]+" (of (non-null|required) type|has invalid value)/.test(error.message)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  if (code !== 'GRAPHQL_VALIDATION_FAILED' && code !== 'GRAPHQL_PARSE_FAILED') return formatted;
  const inner = error instanceof GraphQLError ? error.originalError : undefined;
  const innerCode = inner instanceof GraphQLError ? inner.extensions?.code : undefined;
  if (typeof innerCode === 'string') return { ...formatted, extensions: { ...formatted.extensions, code: innerCode } };
  if (code === 'GRAPHQL_PARSE_FAILED' && /more th(?:an|at) \d+ tokens/.test(formatted.message)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX', reason: 'TOKENS', maxTokens: LIMITS.maxTokens } };
  }
  if (code === 'GRAPHQL_PARSE_FAILED' && /call stack/i.test(formatted.message)) {
    // Thousands of nested [ or { overflow graphql-js's recursive parser before the token limit is reached.
    return { message: 'The document is nested too deeply to parse', extensions: { code: 'QUERY_TOO_COMPLEX', reason: 'NESTING' } };
  }
  return formatted;
}

function wantsHtml(req: IncomingMessage): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
}

/**
 * Builds the whole gateway on one HTTP server: /graphql (Apollo), /explorer (GraphiQL, offline), /healthz,
 * /addin/ (the built Excel add-in). Tests start it on port 0; main.ts on the configured port.
 */
export async function createGateway(config: Config, opts: { listen?: boolean } = {}): Promise<Gateway> {
  const log = createLogger(config.logLevel);
  const orm = await openOrm(config.databaseUrl);
  const applied = await migrate(orm, config.databaseUrl);
  if (applied.length) log.info(`migrations applied: ${applied.join(', ')}`);

  const catalogue = new CatalogueService(orm, config.catalogueCheckMs);
  let demoKeys: { tenant: string; key: string }[] = [];
  if (config.seedOnStart) await withStartupLock(orm, config.databaseUrl, async () => {
    let lastPct = -1;
    const seeded = await seedCatalogueIfEmpty(orm, {
      onProgress: (done, total) => {
        const pct = Math.floor((done / total) * 100);
        if (pct >= lastPct + 25 || done === total) {
          lastPct = pct;
          log.info(`seeding catalogue: ${done}/${total} products`);
        }
      },
    });
    if (seeded) log.info('catalogue seeded from seed/lifecycle/catalogue.json');
    demoKeys = await seedDemoIfEmpty(orm);
  });
  await catalogue.reload();

  const limiter = config.rateLimitUnitsPerMinute > 0 ? new RateLimiter({ unitsPerMinute: config.rateLimitUnitsPerMinute, burst: config.rateLimitBurst }) : null;
  const budgets = new WeakMap<GatewayContext, RequestBudget>();
  const clock = () => Date.now();

  const apollo = new ApolloServer<GatewayContext>({
    schema: await gatewaySchema(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !config.production,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    hideSchemaDetailsFromClientErrors: !config.fieldSuggestions,
    parseOptions,
    validationRules: validationRules(),
    // No cache hints are used: the default cache-control plugin would only hook every field (~12 % of bulk CPU).
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), ...graphqlPlugins(config, { limiter, budgets, now: clock })],
    formatError: (given, error) => {
      const formatted = withOwnCode(given, error);
      const code = formatted.extensions?.code;
      if (isDatabaseUnavailable(error)) {
        log.warn('database unavailable', error);
        return { message: 'The database cannot be reached right now; retry in a few seconds', extensions: { code: 'DATABASE_UNAVAILABLE' } };
      }
      if (code === 'INTERNAL_SERVER_ERROR' && isDataOutOfRange(error)) {
        log.warn('value refused by the database', error);
        return { message: 'A value is too large (or too long) to be stored', extensions: { code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE' } };
      }
      if (code === 'INTERNAL_SERVER_ERROR') {
        log.error('internal error', error);
        if (config.production) return { message: 'Internal server error', extensions: { code } };
      }
      return formatted;
    },
  });
  await apollo.start();

  async function authenticate(req: IncomingMessage, em: GatewayContext['em']): Promise<Auth | 'INVALID' | 'REVOKED'> {
    const header = req.headers.authorization;
    if (!header) return { kind: 'anonymous' };
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) return 'INVALID';
    const check = await checkKey(em, m[1]!);
    if (!check.ok) return check.reason;
    return check.role === 'ADMIN' ? { kind: 'admin', keyId: check.keyId } : { kind: 'tenant', keyId: check.keyId, tenantId: check.tenantId! };
  }

  /** Sends Apollo's answer, with the caller's rate-limit state in RateLimit-* headers. */
  async function sendResult(res: ServerResponse, result: HTTPGraphQLResponse, extra: Record<string, string>): Promise<void> {
    res.statusCode = result.status ?? 200;
    for (const [k, v] of result.headers) res.setHeader(k, v);
    for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    let body: unknown = undefined;
    if (req.method === 'POST') {
      let text: string;
      try {
        text = await readBody(req, MAX_BODY_BYTES);
      } catch (e) {
        if (e instanceof BodyTooLargeError) return sendJson(res, 413, errorBody('PAYLOAD_TOO_LARGE', `Request body is larger than ${MAX_BODY_BYTES} bytes`), { connection: 'close' });
        throw e;
      }
      const type = req.headers['content-type'] ?? '';
      if (type.includes('application/json') || type.includes('application/graphql-response+json')) {
        try {
          body = JSON.parse(text);
        } catch {
          return sendJson(res, 400, errorBody('BAD_REQUEST', 'The request body is not valid JSON'));
        }
      } else {
        body = text;
      }
    } else if (req.method !== 'GET') {
      return sendJson(res, 405, errorBody('METHOD_NOT_ALLOWED', 'Use GET or POST'), { allow: 'GET, POST' });
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method!, headers, search: url.search, body };

    const em = orm.em.fork();
    const auth = await authenticate(req, em);
    if (auth === 'INVALID' || auth === 'REVOKED' || (auth.kind === 'anonymous' && !config.allowAnonymous)) {
      // Failed authentications draw on the caller's IP bucket too: guessing keys is a flood like any other.
      const ipKey = callerKey(null, req);
      if (limiter && !limiter.take(ipKey, 1, clock()).ok) return sendJson(res, 429, errorBody('RATE_LIMITED', rateLimitedMessage(limiter.peek(ipKey, clock()))), refusedHeaders(limiter.peek(ipKey, clock())));
      const msg = auth === 'REVOKED' ? 'This API key has been revoked' : auth === 'INVALID' ? 'The API key is not valid' : 'This gateway requires an API key: send Authorization: Bearer <key>';
      return sendJson(res, 401, errorBody('UNAUTHENTICATED', msg), { 'www-authenticate': 'Bearer' });
    }
    const budget: RequestBudget = { key: callerKey(auth, req), reserved: 0 };
    if (limiter) {
      // An empty bucket is refused before any parsing; the request's real price is reserved once its
      // operation is known (limits.ts) and settled after execution from ctx.cost.units.
      const state = limiter.peek(budget.key, clock());
      if (!state.ok) return sendJson(res, 429, errorBody('RATE_LIMITED', rateLimitedMessage(state)), refusedHeaders(state));
    }
    // A database that went away must not fail questions the in-memory catalogue can answer.
    await catalogue.refreshIfStale().catch((e: unknown) => log.warn('catalogue version check failed; answering from the loaded catalogue', e));
    const now = new Date();
    const context: GatewayContext = {
      config,
      now,
      today: todayIn(config.timeZone, now),
      catalogue: catalogue.catalogue,
      catalogueMeta: catalogue.meta,
      em,
      auth,
      cost: { units: 0 },
    };
    budgets.set(context, budget);
    const started = performance.now();
    const execution = apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => context });
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
      return sendJson(res, 503, errorBody('REQUEST_TIMEOUT', `The request was not answered within ${config.requestTimeoutMs} ms; simplify or split it`), settled);
    }
    await sendResult(res, result, settled);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://gateway.invalid');
    } catch {
      return sendJson(res, 400, errorBody('BAD_REQUEST', 'The request target is not a valid URL path'));
    }
    const path = url.pathname;
    if (path === '/healthz') {
      return catalogue.loaded
        ? sendJson(res, 200, { status: 'ok', products: catalogue.catalogue.size, catalogueVersion: catalogue.meta.version })
        : sendJson(res, 503, { status: 'starting' });
    }
    if (path === '/' && req.method === 'GET') {
      res.writeHead(302, { location: '/explorer' });
      return void res.end();
    }
    if ((path === '/explorer' || (path === '/graphql' && wantsHtml(req))) && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(explorerHtml());
    }
    if (path.startsWith(EXPLORER_STATIC) && (await serveExplorerAsset(req, res, path))) return;
    if (path === '/graphql') return handleGraphQL(req, res, url);
    if (path.startsWith('/calendar/')) return handleCalendarRoute(req, res, url, { orm, catalogue, config });
    if (path.startsWith('/addin/') && req.method === 'GET' && (await serveFile(res, ADDIN_DIST, path.slice('/addin/'.length)))) return;
    sendJson(res, 404, errorBody('NOT_FOUND', `No route ${req.method} ${path}`));
  }

  // Requests being handled: stop() waits for these too (a client that hung up mid-request closes its
  // connection, but its handler is still running and must not find Apollo or the database closed).
  const inFlight = new Set<Promise<void>>();
  let draining = false;
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (draining) res.setHeader('connection', 'close');
    log.debug(`request ${req.method} ${req.url}`);
    const handling = route(req, res).catch((e: unknown) => {
      if (isDatabaseUnavailable(e)) {
        log.warn('database unavailable', e);
        if (!res.headersSent) return sendJson(res, 503, errorBody('DATABASE_UNAVAILABLE', 'The database cannot be reached right now; retry in a few seconds'), { 'retry-after': '5' });
        return void res.end();
      }
      log.error('request failed', e);
      if (!res.headersSent) sendJson(res, 500, errorBody('INTERNAL_SERVER_ERROR', config.production ? 'Internal server error' : String(e)));
      else res.end();
    });
    inFlight.add(handling);
    void handling.finally(() => inFlight.delete(handling));
  };
  const server = createServer(handler);
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;

  let url = '';
  if (opts.listen !== false) {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
    const addr = server.address() as AddressInfo;
    const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
    url = `http://${host}:${addr.port}`;
  }
  let httpsServer: Server | null = null;
  let httpsUrl: string | null = null;
  const tls = opts.listen !== false && config.httpsPort > 0 ? resolveTls(config) : null;
  if (tls) {
    const s = createHttpsServer({ cert: tls.cert, key: tls.key }, handler);
    try {
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(config.httpsPort, config.host, () => resolve());
      });
      httpsServer = s;
      httpsUrl = `https://localhost:${(s.address() as AddressInfo).port}`;
      log.info(`add-in served over HTTPS with ${tls.source}`);
    } catch (e) {
      log.warn(`HTTPS listener for the add-in not started: ${(e as Error).message}`);
    }
  }

  let stopping: Promise<void> | null = null;
  return {
    server,
    url,
    httpsUrl,
    orm,
    catalogue,
    log,
    demoKeys,
    stop() {
      // Stop accepting, let in-flight requests finish (also those whose client hung up), then close the database.
      stopping ??= (async () => {
        draining = true;
        const servers = [server, httpsServer].filter((s): s is Server => s !== null);
        // close() stops accepting and drops idle keep-alive connections; a connection whose request is still
        // arriving counts as active in Node, so it is read and answered.
        const closed = servers.map((s) => new Promise<void>((resolve) => void s.close(() => resolve())));
        while (inFlight.size) await Promise.allSettled([...inFlight]);
        // Responses sent while draining carry `Connection: close`; what is left is idle.
        for (const s of servers) s.closeIdleConnections();
        const late = setTimeout(() => servers.forEach((s) => s.closeAllConnections()), 2_000);
        await Promise.all(closed);
        clearTimeout(late);
        while (inFlight.size) await Promise.allSettled([...inFlight]);
        await apollo.stop();
        await orm.close();
      })();
      return stopping;
    },
  };
}
