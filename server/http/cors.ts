/**
 * CORS for browser dashboards (README "Configuration", CORS_ORIGINS): a page on another origin may call
 * /graphql and the calendar feeds when its origin is listed exactly, or is one of the gateway's own
 * origins (the add-in's HTTPS origin needs no entry). The grant is the origin itself, never `*`, so a
 * page sending an API key is only ever answered for its own origin; no cookies are involved, so no
 * credentials flag. CSRF prevention is unchanged: a cross-origin POST must still be JSON (which is what
 * makes the browser preflight it), a GET must carry `apollo-require-preflight`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route } from './server.js';

/** Request headers a page may send (Apollo's CSRF prevention accepts either of the last two on a GET). */
const ALLOWED_HEADERS = 'authorization, content-type, apollo-require-preflight, x-apollo-operation-name';
/** Response headers a page may read: the rate-limit state, so a dashboard can pace itself. */
const EXPOSED_HEADERS = 'RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After';
/** How long a browser may reuse a preflight answer (Chromium caps this at 2 hours). */
const MAX_AGE_SECONDS = 600;

export interface CorsPolicy {
  /** Whether `origin` is granted: listed in CORS_ORIGINS or one of the gateway's own origins. */
  allows(origin: string): boolean;
  /** The route with CORS: preflights answered here, grants added to every other answer. */
  wrap(route: Route, methods: readonly string[]): Route;
}

/** `own` is read at request time: the gateway's listeners are known (and their ports chosen) only after listen. */
export function corsPolicy(listed: readonly string[], own: () => readonly string[]): CorsPolicy {
  const configured = new Set(listed);
  const allows = (origin: string) => configured.has(origin) || own().includes(origin);

  function grant(res: ServerResponse, origin: string): void {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
  }

  function preflight(req: IncomingMessage, res: ServerResponse, origin: string | undefined, methods: readonly string[]): void {
    const allow = [...methods, 'OPTIONS'].join(', ');
    if (origin === undefined || req.headers['access-control-request-method'] === undefined) {
      // A plain OPTIONS (no preflight): say what the route answers.
      res.writeHead(204, { allow, vary: 'Origin' });
      return void res.end();
    }
    if (!allows(origin)) {
      // No grant; the browser refuses the request. The body is for whoever looks at the network panel.
      const text = `Cross-origin requests from ${origin} are not allowed by this gateway: add the origin to CORS_ORIGINS.\n`;
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text), vary: 'Origin' });
      return void res.end(text);
    }
    res.writeHead(204, {
      vary: 'Origin',
      'access-control-allow-origin': origin,
      'access-control-allow-methods': allow,
      'access-control-allow-headers': ALLOWED_HEADERS,
      'access-control-max-age': String(MAX_AGE_SECONDS),
    });
    res.end();
  }

  return {
    allows,
    wrap(route, methods) {
      return {
        matches: (path, req) => route.matches(path, req),
        handle(req, res, url) {
          const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
          if (req.method === 'OPTIONS') return preflight(req, res, origin, methods);
          // Answers differ by Origin (granted or not): shared caches must keep them apart.
          res.setHeader('vary', 'Origin');
          if (origin !== undefined && allows(origin)) grant(res, origin);
          return route.handle(req, res, url);
        },
      };
    },
  };
}
