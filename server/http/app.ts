import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/core';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { checkKey } from '../auth/apiKeys.js';
import type { Config } from '../config/config.js';
import { migrate } from '../db/migrate.js';
import { openOrm } from '../db/orm.config.js';
import type { Auth, GatewayContext } from '../graphql/context.js';
import { gatewaySchema } from '../graphql/schema.js';
import { ADDIN_DIST } from '../paths.js';
import { CatalogueService } from '../services/catalogueService.js';
import { seedCatalogueIfEmpty } from '../services/catalogueImport.js';
import { seedDemoIfEmpty } from '../services/demoSeed.js';
import { BodyTooLargeError, readBody } from './body.js';
import { EXPLORER_STATIC, explorerHtml, serveExplorerAsset } from './explorer.js';
import { createLogger, type Logger } from './logger.js';
import { graphqlPlugins, validationRules } from './limits.js';
import { serveFile } from './staticFiles.js';
import { resolveTls } from './tls.js';
import { todayIn } from './today.js';

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

  const catalogue = new CatalogueService(orm);
  let demoKeys: { tenant: string; key: string }[] = [];
  if (config.seedOnStart) {
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
  }
  await catalogue.reload();

  const apollo = new ApolloServer<GatewayContext>({
    schema: await gatewaySchema(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !config.production,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    hideSchemaDetailsFromClientErrors: !config.introspection,
    validationRules: validationRules(),
    plugins: [ApolloServerPluginLandingPageDisabled(), ...graphqlPlugins(config)],
    formatError: (formatted, error) => {
      const code = formatted.extensions?.code;
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
    if (auth === 'INVALID' || auth === 'REVOKED') {
      const msg = auth === 'REVOKED' ? 'This API key has been revoked' : 'The API key is not valid';
      return sendJson(res, 401, errorBody('UNAUTHENTICATED', msg), { 'www-authenticate': 'Bearer' });
    }
    if (auth.kind === 'anonymous' && !config.allowAnonymous) {
      return sendJson(res, 401, errorBody('UNAUTHENTICATED', 'This gateway requires an API key: send Authorization: Bearer <key>'), { 'www-authenticate': 'Bearer' });
    }
    await catalogue.refreshIfStale();
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
    const result = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => context });
    const outHeaders: Record<string, string> = {};
    for (const [k, v] of result.headers) outHeaders[k] = v;
    res.statusCode = result.status ?? 200;
    for (const [k, v] of Object.entries(outHeaders)) res.setHeader(k, v);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://gateway.invalid');
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
    if (path.startsWith('/addin/') && req.method === 'GET' && (await serveFile(res, ADDIN_DIST, path.slice('/addin/'.length)))) return;
    sendJson(res, 404, errorBody('NOT_FOUND', `No route ${req.method} ${path}`));
  }

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((e: unknown) => {
      log.error('request failed', e);
      if (!res.headersSent) sendJson(res, 500, errorBody('INTERNAL_SERVER_ERROR', config.production ? 'Internal server error' : String(e)));
      else res.end();
    });
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
      // Stop accepting, let in-flight requests finish, then close the database.
      stopping ??= (async () => {
        await Promise.all(
          [server, httpsServer].filter((s): s is Server => s !== null).map(
            (s) =>
              new Promise<void>((resolve) => {
                s.close(() => resolve());
                s.closeIdleConnections();
              }),
          ),
        );
        await apollo.stop();
        await orm.close();
      })();
      return stopping;
    },
  };
}
