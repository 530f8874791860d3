/**
 * The composition root: opens the database, migrates, seeds, loads the catalogue, builds Apollo over the
 * resolver list, and serves /graphql, /explorer, /healthz, /calendar/ and /addin/ over HTTP (and HTTPS for
 * the add-in). Tests start it on port 0; main.ts on the configured port. This is the one place that knows
 * both the plumbing (http/, graphql/, db/) and the domains.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/core';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { handleCalendarRoute } from './calendar/calendarRoute.js';
import { FeedCache } from './calendar/feedCache.js';
import type { Config } from './config/config.js';
import { ADDIN_DIST, PROJECT_ROOT } from './config/paths.js';
import type { GatewayContext } from './context.js';
import { migrate } from './db/migrate.js';
import { dialectOf, openOrm } from './db/orm.config.js';
import { withStartupLock } from './db/startupLock.js';
import { seedDemoIfEmpty } from './demoSeed.js';
import type { BaseContext } from './graphql/context.js';
import { formatError } from './graphql/errors/index.js';
import { jitGateway } from './graphql/jitGateway.js';
import { limitsPlugin, operationLimits } from './graphql/plugins/limitsPlugin.js';
import { FastPath } from './graphql/fastPath.js';
import { schemaVisibilityPlugin } from './graphql/plugins/schemaVisibilityPlugin.js';
import { textInputCheck, textInputPlugin } from './graphql/plugins/textInputPlugin.js';
import { parseOptions, validationRules } from './graphql/rules/index.js';
import { gatewaySchema } from './graphql/schema.js';
import { corsPolicy } from './http/cors.js';
import { EXPLORER_STATIC, explorerHtml, serveExplorerAsset } from './http/explorer.js';
import { graphqlHandler } from './http/graphqlHandler.js';
import { createLogger, type Logger } from './http/logger.js';
import { RateLimiter } from './http/rateLimit.js';
import { serveMarkdown, wantsHtml } from './http/pages.js';
import { callerKey, rateLimitedMessage, refusedHeaders, type RequestBudget } from './http/rateLimitHttp.js';
import { sendError, sendJson } from './http/respond.js';
import { RateLimitedError, RequestTimeoutError } from './graphql/errors/index.js';
import { LIMITS } from './kernel/limits.js';
import { WorkBudget } from './kernel/workBudget.js';
import { budgetedCatalogue } from './lifecycle/catalogue/requestCatalogue.js';
import { startHttp, type HttpServers, type Route } from './http/server.js';
import { serveFile } from './http/staticFiles.js';
import { CatalogueService } from './lifecycle/catalogue/catalogueService.js';
import { seedCatalogueIfEmpty } from './lifecycle/import/catalogueImport.js';
import { PgListenWatch, sqliteDataVersionWatch } from './db/changeWatch.js';
import { API_KEY_CHANNEL, KeyCache, uncachedKeyCheck } from './tenancy/keyCache.js';

export interface Gateway {
  server: Server;
  url: string;
  /** The HTTPS listener serving the Excel add-in (Office requires https); null when off. */
  httpsUrl: string | null;
  /** The HTTPS listener's certificate: where it came from and its file (for the banner's trust hint). */
  tls: HttpServers['tls'];
  orm: MikroORM;
  catalogue: CatalogueService;
  log: Logger;
  /** Demo API keys printed at start-up (only when this start seeded the demo tenants). */
  demoKeys: { tenant: string; key: string }[];
  /** The in-process API key cache (null with AUTH_CACHE=off). */
  keyCache: KeyCache | null;
  /** Queries answered without Apollo's pipeline (null with GRAPHQL_JIT=off). */
  fastPath: FastPath | null;
  stop(): Promise<void>;
}

/** `addinDir`: the built add-in to serve at /addin/ (default addin/dist/; tests build into folders of their own). */
export async function createGateway(config: Config, opts: { listen?: boolean; addinDir?: string } = {}): Promise<Gateway> {
  const addinDir = opts.addinDir ?? ADDIN_DIST;
  const log = createLogger(config.logLevel);
  // How long each start-up phase took, logged once at info level (where a slow start goes).
  const phases: string[] = [];
  let phaseStart = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    phases.push(`${name} ${Math.round(now - phaseStart)} ms`);
    phaseStart = now;
  };
  const orm = await openOrm(config.databaseUrl);
  phase('database');
  const applied = await migrate(orm, config.databaseUrl);
  phase('migrations');
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
  phase('seeding');
  await catalogue.reload();
  phase('catalogue');

  // Known keys from memory; cleared whenever the key table may have changed (tenancy/keyCache.ts).
  const keyCache = config.authCache
    ? new KeyCache(orm, (onChange) =>
        dialectOf(config.databaseUrl) === 'postgresql' ? new PgListenWatch({ url: config.databaseUrl, channel: API_KEY_CHANNEL, log, onChange }) : sqliteDataVersionWatch(orm, onChange))
    : null;
  if (keyCache?.watch instanceof PgListenWatch) await keyCache.watch.start();

  const limiter = config.rateLimitUnitsPerMinute > 0 ? new RateLimiter({ unitsPerMinute: config.rateLimitUnitsPerMinute, burst: config.rateLimitBurst }) : null;
  const budgets = new WeakMap<BaseContext['cost'], RequestBudget>();
  const clock = () => Date.now();

  const schema = await gatewaySchema();
  phase('schema');
  // Queries compiled by graphql-jit (graphql/jitGateway.ts); GRAPHQL_JIT=off executes with graphql-js.
  const jit = config.graphqlJit ? jitGateway(schema, { cacheEntries: LIMITS.compiledQueryEntries }) : null;
  // Bulk lookups and CSV rows check their items one by one (a bad name is that item's error only).
  const textInputs = { checkedPerItem: ['supportPhases.lookups', 'upcomingForProducts.products', 'importEstateCsv.csv'] };
  const limitDeps = { limiter, budgets, now: clock };
  const textCheck = textInputCheck(textInputs);
  // Queries Apollo has answered once are answered again without its pipeline (graphql/fastPath.ts).
  const fastPath = jit && config.graphqlFastPath
    ? new FastPath({
        schema,
        cache: jit.cache,
        checks: [(a) => textCheck(a.document, a.variables), operationLimits(config, limitDeps)],
        release(ctx) {
          const b = budgets.get(ctx.cost);
          if (limiter && b && b.reserved > 0) limiter.refund(b.key, b.reserved, clock());
          if (b) b.reserved = 0;
        },
        maxEntries: LIMITS.compiledQueryEntries,
      })
    : null;
  const apollo = new ApolloServer<GatewayContext>({
    ...(jit ? { gateway: jit } : { schema }),
    // Who may introspect and see "Did you mean" is decided per request (schemaVisibilityPlugin).
    introspection: true,
    hideSchemaDetailsFromClientErrors: false,
    // Off unless GRAPHQL_STACK_TRACES=on (never in production): internal errors are logged with their stack.
    includeStacktraceInErrorResponses: config.stackTraces,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions,
    validationRules: validationRules(),
    // No cache hints are used: the default cache-control plugin would only hook every field (~12 % of bulk CPU).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      schemaVisibilityPlugin(config, schema),
      limitsPlugin(config, limitDeps),
      textInputPlugin(textInputs),
      ...(fastPath ? [fastPath.plugin()] : []),
    ],
    // Suggestions for callers who may not see them are removed per request (schemaVisibilityPlugin);
    // with GRAPHQL_FIELD_SUGGESTIONS=off, for everyone here as well.
    formatError: formatError({ production: config.production, log, hideSuggestions: config.fieldSuggestions === 'off' }),
  });
  await apollo.start();
  phase('apollo');

  /**
   * The work budget of one request (kernel/workBudget.ts): at most config.suggestionsPerRequest "did you
   * mean" searches, each charged LIMITS.suggestionUnits to the caller's cost, and the request's deadline
   * checked whenever a name is resolved, so work that never yields stops when the request times out.
   */
  const workBudget = (charge: (units: number) => void) => {
    const started = performance.now();
    return new WorkBudget({
      suggestions: config.suggestionsPerRequest,
      unitsPerSuggestion: LIMITS.suggestionUnits,
      charge,
      checkDeadline: () => {
        if (performance.now() - started > config.requestTimeoutMs) throw new RequestTimeoutError(config.requestTimeoutMs);
      },
    });
  };

  /**
   * Every public route but /healthz draws on the caller's rate-limit bucket (an anonymous caller's is its
   * IP address's), and on `extraKey`'s when given (a feed token's). False once it has answered 429.
   */
  const admit = (req: IncomingMessage, res: ServerResponse, units: number, extraKey?: string): boolean => {
    if (!limiter) return true;
    for (const key of [callerKey(null, req), ...(extraKey ? [extraKey] : [])]) {
      const r = limiter.take(key, units, clock());
      if (!r.ok) {
        sendError(res, 429, new RateLimitedError(rateLimitedMessage(r), r.retryAfterSeconds), refusedHeaders(r));
        return false;
      }
    }
    return true;
  };
  /** Work done after admission (suggestion searches) is charged to the caller's bucket as it happens. */
  const chargeCaller = (req: IncomingMessage) => (units: number) => void limiter?.charge(callerKey(null, req), units, clock());

  const feedCache = new FeedCache(LIMITS.maxFeedCacheBytes);

  const handleGraphQL = graphqlHandler<GatewayContext>({
    config,
    log,
    orm,
    apollo,
    limiter,
    budgets,
    clock,
    fastPath,
    checkKey: keyCache ? (secret) => keyCache.check(secret) : uncachedKeyCheck(orm),
    async extendContext(base) {
      // A database that went away must not fail questions the in-memory catalogue can answer.
      await catalogue.refreshIfStale().catch((e: unknown) => log.warn('catalogue version check failed; answering from the loaded catalogue', e));
      const budget = workBudget((units) => (base.cost.units += units));
      return { ...base, catalogue: budgetedCatalogue(catalogue.forRequest(), budget), catalogueMeta: catalogue.meta };
    },
  });

  // Browser pages on the listed origins, and on the gateway's own (the add-in's HTTPS origin), may call it.
  let ownOrigins: string[] = [];
  const cors = corsPolicy(config.corsOrigins, () => ownOrigins);
  const routes: Route[] = [
    {
      matches: (path) => path === '/healthz',
      handle: (_req, res) =>
        catalogue.loaded
          ? sendJson(res, 200, { status: 'ok', products: catalogue.catalogue.size, catalogueVersion: catalogue.meta.version })
          : sendJson(res, 503, { status: 'starting' }),
    },
    {
      matches: (path, req) => path === '/' && req.method === 'GET',
      handle: (req, res) => {
        if (!admit(req, res, 1)) return;
        res.writeHead(302, { location: '/explorer' });
        res.end();
      },
    },
    {
      matches: (path, req) => (path === '/explorer' || (path === '/graphql' && wantsHtml(req))) && req.method === 'GET',
      handle: (req, res) => {
        if (!admit(req, res, 1)) return;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(explorerHtml());
      },
    },
    { matches: (path) => path.startsWith(EXPLORER_STATIC), handle: (req, res, url) => (admit(req, res, 1) ? serveExplorerAsset(req, res, url.pathname) : true) },
    cors.wrap({ matches: (path) => path === '/graphql', handle: (req, res, url) => handleGraphQL(req, res, url) }, ['GET', 'POST']),
    cors.wrap(
      {
        matches: (path) => path.startsWith('/calendar/'),
        handle: (req, res, url) => handleCalendarRoute(req, res, url, { orm, catalogue, config, admit, budget: (r) => workBudget(chargeCaller(r)), cache: feedCache }),
      },
      ['GET', 'HEAD'],
    ),
    // The project's documents, so the 404 page's and the explorer's links work with no internet.
    { matches: (path, req) => path === '/readme' && (req.method === 'GET' || req.method === 'HEAD'), handle: (req, res) => (admit(req, res, 1) ? serveMarkdown(req, res, join(PROJECT_ROOT, 'README.md')) : true) },
    { matches: (path, req) => /^\/docs\/[\w-]+\.md$/.test(path) && req.method === 'GET', handle: (req, res, url) => (admit(req, res, 1) ? serveMarkdown(req, res, join(PROJECT_ROOT, url.pathname)) : true) },
    { matches: (path, req) => /^\/docs\/[\w-]+\.png$/.test(path) && req.method === 'GET', handle: (req, res, url) => (admit(req, res, 1) ? serveFile(res, join(PROJECT_ROOT, 'docs'), url.pathname.slice('/docs/'.length)) : true) },
    // The SDL only where introspection is open to everyone: it is the same information.
    { matches: (path, req) => config.introspection === 'on' && path === '/schema/schema.graphql' && req.method === 'GET', handle: (req, res) => (admit(req, res, 1) ? serveFile(res, join(PROJECT_ROOT, 'schema'), 'schema.graphql') : true) },
    { matches: (path, req) => path.startsWith('/addin/') && req.method === 'GET', handle: (req, res, url) => (admit(req, res, 1) ? serveFile(res, addinDir, url.pathname.slice('/addin/'.length)) : true) },
  ];
  const http = await startHttp(config, log, routes, opts).catch(async (e: unknown) => {
    await keyCache?.close();
    throw e;
  });
  phase('listen');
  log.info(`start-up: ${phases.join(', ')}`);
  ownOrigins = [http.url, http.httpsUrl].filter((u): u is string => Boolean(u)).flatMap((u) => [u, u.replace('127.0.0.1', 'localhost'), u.replace('localhost', '127.0.0.1')]);

  let stopping: Promise<void> | null = null;
  return {
    server: http.server,
    url: http.url,
    httpsUrl: http.httpsUrl,
    tls: http.tls,
    orm,
    catalogue,
    log,
    demoKeys,
    keyCache,
    fastPath,
    stop() {
      // Stop accepting, let in-flight requests finish (also those whose client hung up), then close the database.
      stopping ??= (async () => {
        await http.drain();
        await apollo.stop();
        await keyCache?.close();
        await orm.close();
      })();
      return stopping;
    },
  };
}
