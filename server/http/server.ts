/**
 * The HTTP listeners (plain HTTP, and HTTPS for the Excel add-in), routing by path, and a graceful stop
 * that lets in-flight requests finish. Knows no domain: the routes come from the composition root.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/config.js';
import { isDatabaseUnavailable } from '../db/databaseErrors.js';
import { BadRequestError, DatabaseUnavailableError, InternalServerError, RouteNotFoundError } from '../graphql/errors/index.js';
import type { Logger } from './logger.js';
import { ClientAbortedError } from './body.js';
import { notFoundPage, sendHtml, wantsHtml } from './pages.js';
import { sendError } from './respond.js';
import { resolveTls, type TlsFiles } from './tls.js';

/** A route answers the requests it `matches`; `handle` may return false to fall through (no such file). */
export interface Route {
  matches(path: string, req: IncomingMessage): boolean;
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean | void> | boolean | void;
}

export interface HttpServers {
  server: Server;
  url: string;
  /** The HTTPS listener serving the Excel add-in (Office requires https); null when off. */
  httpsUrl: string | null;
  /** The HTTPS listener's certificate (null when there is none). */
  tls: { kind: TlsFiles['kind']; certFile: string } | null;
  /** Stop accepting, let in-flight requests finish (also those whose client hung up). */
  drain(): Promise<void>;
}

export async function startHttp(config: Config, log: Logger, routes: readonly Route[], opts: { listen?: boolean } = {}): Promise<HttpServers> {
  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://gateway.invalid');
    } catch {
      return sendError(res, 400, new BadRequestError('The request target is not a valid URL path'));
    }
    for (const r of routes) {
      if (!r.matches(url.pathname, req)) continue;
      if ((await r.handle(req, res, url)) !== false) return;
    }
    // A person's browser gets a page with the way on; API clients keep the JSON error.
    if (wantsHtml(req)) return sendHtml(req, res, 404, notFoundPage(url.pathname), { 'cache-control': 'no-store' });
    sendError(res, 404, new RouteNotFoundError(req.method ?? 'GET', url.pathname));
  }

  // Requests being handled: drain() waits for these too (a client that hung up mid-request closes its
  // connection, but its handler is still running and must not find Apollo or the database closed).
  const inFlight = new Set<Promise<void>>();
  let draining = false;
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (draining) res.setHeader('connection', 'close');
    log.debug(`request ${req.method} ${req.url}`);
    const handling = route(req, res).catch((e: unknown) => {
      if (e instanceof ClientAbortedError || (req.destroyed && (e as NodeJS.ErrnoException)?.code === 'ECONNRESET')) {
        // The client hung up: its socket (ECONNRESET) is not the database's.
        log.info(`request ${req.method} ${req.url?.slice(0, 200)} not answered: ${e instanceof Error ? e.message : String(e)}`);
        return void res.destroy();
      }
      if (isDatabaseUnavailable(e)) {
        log.warn('database unavailable', e);
        if (!res.headersSent) return sendError(res, 503, new DatabaseUnavailableError(), { 'retry-after': '5' });
        return void res.end();
      }
      log.error('request failed', e);
      if (!res.headersSent) sendError(res, 500, new InternalServerError(config.production ? undefined : String(e)));
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

  return {
    server,
    url,
    httpsUrl,
    tls: httpsServer && tls ? { kind: tls.kind, certFile: tls.certFile } : null,
    async drain() {
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
    },
  };
}
