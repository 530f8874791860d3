/**
 * The composition root: opens the database, migrates, seeds, loads the catalogue, builds Apollo over the
 * resolver list, and serves /graphql, /explorer, /healthz, /calendar/ and /addin/ over HTTP (and HTTPS for
 * the add-in). Tests start it on port 0; main.ts on the configured port. This is the one place that knows
 * both the plumbing (http/, graphql/, db/) and the domains.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/core';
import type { IncomingMessage, Server } from 'node:http';
import { handleCalendarRoute } from './calendar/calendarRoute.js';
import type { Config } from './config/config.js';
import { ADDIN_DIST } from './config/paths.js';
import type { GatewayContext } from './context.js';
import { migrate } from './db/migrate.js';
import { openOrm } from './db/orm.config.js';
import { withStartupLock } from './db/startupLock.js';
import { seedDemoIfEmpty } from './demoSeed.js';
import type { BaseContext } from './graphql/context.js';
import { formatError } from './graphql/errors/index.js';
import { limitsPlugin } from './graphql/plugins/limitsPlugin.js';
import { parseOptions, validationRules } from './graphql/rules/index.js';
import { gatewaySchema } from './graphql/schema.js';
import { EXPLORER_STATIC, explorerHtml, serveExplorerAsset } from './http/explorer.js';
import { graphqlHandler } from './http/graphqlHandler.js';
import { createLogger, type Logger } from './http/logger.js';
import { RateLimiter } from './http/rateLimit.js';
import type { RequestBudget } from './http/rateLimitHttp.js';
import { sendJson } from './http/respond.js';
import { startHttp, type Route } from './http/server.js';
import { serveFile } from './http/staticFiles.js';
import { CatalogueService } from './lifecycle/catalogue/catalogueService.js';
import { seedCatalogueIfEmpty } from './lifecycle/import/catalogueImport.js';
import { checkKey } from './tenancy/apiKeys.js';

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

function wantsHtml(req: IncomingMessage): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
}

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
  const budgets = new WeakMap<BaseContext, RequestBudget>();
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
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), limitsPlugin(config, { limiter, budgets, now: clock })],
    formatError: formatError({ production: config.production, log }),
  });
  await apollo.start();

  const handleGraphQL = graphqlHandler<GatewayContext>({
    config,
    log,
    orm,
    apollo,
    limiter,
    budgets,
    clock,
    checkKey,
    async extendContext(base) {
      // A database that went away must not fail questions the in-memory catalogue can answer.
      await catalogue.refreshIfStale().catch((e: unknown) => log.warn('catalogue version check failed; answering from the loaded catalogue', e));
      return { ...base, catalogue: catalogue.forRequest(), catalogueMeta: catalogue.meta };
    },
  });

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
      handle: (_req, res) => {
        res.writeHead(302, { location: '/explorer' });
        res.end();
      },
    },
    {
      matches: (path, req) => (path === '/explorer' || (path === '/graphql' && wantsHtml(req))) && req.method === 'GET',
      handle: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(explorerHtml());
      },
    },
    { matches: (path) => path.startsWith(EXPLORER_STATIC), handle: (req, res, url) => serveExplorerAsset(req, res, url.pathname) },
    { matches: (path) => path === '/graphql', handle: (req, res, url) => handleGraphQL(req, res, url) },
    { matches: (path) => path.startsWith('/calendar/'), handle: (req, res, url) => handleCalendarRoute(req, res, url, { orm, catalogue, config }) },
    { matches: (path, req) => path.startsWith('/addin/') && req.method === 'GET', handle: (_req, res, url) => serveFile(res, ADDIN_DIST, url.pathname.slice('/addin/'.length)) },
  ];
  const http = await startHttp(config, log, routes, opts);

  let stopping: Promise<void> | null = null;
  return {
    server: http.server,
    url: http.url,
    httpsUrl: http.httpsUrl,
    orm,
    catalogue,
    log,
    demoKeys,
    stop() {
      // Stop accepting, let in-flight requests finish (also those whose client hung up), then close the database.
      stopping ??= (async () => {
        await http.drain();
        await apollo.stop();
        await orm.close();
      })();
      return stopping;
    },
  };
}
