/**
 * GET /calendar/<token>.ics — a tenant's secret feed of support ends and subscription deadlines;
 * GET /calendar/products.ics?product=Windows%207&product=… — the same for any products, no tenant.
 * Calendar apps cannot send API keys, so the token in the URL is the credential: an unknown, malformed or
 * revoked token is a plain 404 that says nothing about why. The window is today − 1 year … today + 10
 * years, "today" in the configured time zone (decided here, at the edge).
 *
 * Bounded (issue 15, findings 1 and 4): every GET draws on the caller's rate-limit bucket (its IP) and a
 * tenant feed's also on its token's, priced by the bytes sent and the events rendered; a feed is rendered
 * once per change of what it shows (feedCache.ts: ETag / If-None-Match → 304, Last-Modified) and written in
 * chunks; a feed of more than LIMITS.maxFeedEvents events is a 422 FEED_TOO_LARGE; the product names of
 * products.ics are resolved with the request's work budget (at most N "did you mean" searches).
 */
import type { MikroORM } from '@mikro-orm/core';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkKey } from '../tenancy/apiKeys.js';
import { feedTextInChunks, feedWindow } from './feed.js';
import { activeFeed } from './feedRepository.js';
import { FeedCache, fingerprint, type RenderedFeed } from './feedCache.js';
import { resolveProductList } from '../estate/productList.js';
import { loadTenantRecords } from '../estate/tenantRecords.js';
import type { Config } from '../config/config.js';
import type { EstateEntry, SubscriptionEntry, UpcomingEvent } from '../estate/policy/upcomingEvents.js';
import { upcomingEventsInTurns } from '../estate/upcomingInTurns.js';
import type { CatalogueService } from '../lifecycle/catalogue/catalogueService.js';
import { budgetedCatalogue } from '../lifecycle/catalogue/requestCatalogue.js';
import { todayIn } from '../kernel/today.js';
import { LIMITS } from '../kernel/limits.js';
import type { WorkBudget } from '../kernel/workBudget.js';

const TOKEN_PATH = /^\/calendar\/(cal_[0-9a-f]{40})\.ics$/;

export interface CalendarRouteDeps {
  orm: MikroORM;
  catalogue: CatalogueService;
  config: Config;
  /** Takes units from the caller's rate-limit bucket (and `extraKey`'s); false once it has answered 429. */
  admit(req: IncomingMessage, res: ServerResponse, units: number, extraKey?: string): boolean;
  /** The work budget of one request (suggestion searches charged to the caller, the deadline checked). */
  budget(req: IncomingMessage): WorkBudget;
  /** Rendered feeds (one per gateway). */
  cache?: FeedCache;
}

const defaultCache = new FeedCache(LIMITS.maxFeedCacheBytes);
/** Renders in progress, by key and fingerprint: concurrent GETs of a changed feed wait for one render. */
const rendering = new Map<string, Promise<RenderedFeed>>();

function sendText(req: IncomingMessage, res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  const type = status === 200 ? 'text/calendar; charset=utf-8' : 'text/plain; charset=utf-8';
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text), 'x-content-type-options': 'nosniff', ...headers });
  res.end(req.method === 'HEAD' ? undefined : text);
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The feed window's events, computed in turns (estate/upcomingInTurns.ts). */
const feedEvents = (estate: readonly EstateEntry[], subscriptions: readonly SubscriptionEntry[], today: string): Promise<UpcomingEvent[]> =>
  upcomingEventsInTurns({ estate, subscriptions, ...feedWindow(today), today }, nextTurn);

const notFound = (req: IncomingMessage, res: ServerResponse) => sendText(req, res, 404, 'Not found\n', { 'cache-control': 'no-store' });

/** 422 with the same JSON body as a GraphQL error: a typed answer a client (or its owner) can act on. */
function feedTooLarge(res: ServerResponse, events: number): void {
  const body = JSON.stringify({
    errors: [{ message: `This feed would hold ${events} events; a feed holds at most ${LIMITS.maxFeedEvents}. Remove estate rows or subscriptions, or use the upcoming query with a shorter window.`, extensions: { code: 'FEED_TOO_LARGE', events, maxEvents: LIMITS.maxFeedEvents } }],
  });
  res.writeHead(422, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(body);
}

/**
 * Answers a feed from the cache when its inputs are unchanged (304 when the client already has it),
 * else renders it (priced by its events), caches and sends it (priced by its bytes).
 */
async function answerFeed(
  req: IncomingMessage,
  res: ServerResponse,
  deps: CalendarRouteDeps,
  opts: { key: string; inputs: unknown; rateKey?: string; headers: Record<string, string>; events: () => Promise<UpcomingEvent[]>; render: (events: UpcomingEvent[], now: Date) => Promise<string> },
): Promise<void> {
  const cache = deps.cache ?? defaultCache;
  const etag = fingerprint(opts.inputs);
  let feed: RenderedFeed | null = cache.get(opts.key, etag);
  const validators = (f: { etag: string; lastModified: string }) => ({ etag: f.etag, 'last-modified': f.lastModified });
  if (feed && req.headers['if-none-match'] === etag) {
    res.writeHead(304, { ...opts.headers, ...validators(feed) });
    return void res.end();
  }
  if (!feed) {
    const events = await opts.events();
    if (events.length > LIMITS.maxFeedEvents) return feedTooLarge(res, events.length);
    if (!deps.admit(req, res, Math.ceil(events.length / LIMITS.feedEventsPerUnit), opts.rateKey)) return;
    const job = `${opts.key}\u0000${etag}`;
    let pending = rendering.get(job);
    if (!pending) {
      const now = new Date();
      pending = opts.render(events, now).then((text) => {
        const rendered = { etag, lastModified: now.toUTCString(), text, bytes: Buffer.byteLength(text), events: events.length };
        cache.set(opts.key, rendered);
        return rendered;
      });
      rendering.set(job, pending);
      void pending.finally(() => rendering.delete(job)).catch(() => undefined);
    }
    feed = await pending;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ...opts.headers, ...validators(feed) });
      return void res.end();
    }
  }
  if (!deps.admit(req, res, Math.floor(feed.bytes / LIMITS.feedBytesPerUnit), opts.rateKey)) return;
  sendText(req, res, 200, feed.text, { ...opts.headers, ...validators(feed) });
}

export async function handleCalendarRoute(req: IncomingMessage, res: ServerResponse, url: URL, deps: CalendarRouteDeps): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(req, res, 405, 'Use GET\n', { allow: 'GET, HEAD' });
  if (url.pathname === '/calendar/products.ics') return productsFeed(req, res, url, deps);
  const m = TOKEN_PATH.exec(url.pathname);
  if (!deps.admit(req, res, 1, m ? `feed:${m[1]!.slice(0, 16)}` : undefined)) return;
  if (!m) return notFound(req, res);

  const em = deps.orm.em.fork();
  const feed = await activeFeed(em, m[1]!);
  if (!feed) return notFound(req, res);
  await deps.catalogue.refreshIfStale().catch(() => undefined); // answer from the loaded catalogue if the check fails
  const today = todayIn(deps.config.timeZone, new Date());
  const catalogue = deps.catalogue.forRequest();
  const meta = deps.catalogue.meta;
  const records = await loadTenantRecords(em, feed.tenant.id, catalogue);
  const name = feed.tenant.name;
  // What the feed shows depends on these and nothing else: same inputs, same feed.
  const inputs = {
    catalogue: meta.version,
    today,
    tenant: [feed.tenant.id, name],
    estate: records.estate.map(({ item }) => [item.id, item.productSlug, item.levelCode, item.count, item.updatedAt.getTime()]),
    subscriptions: records.subscriptions.map(({ entry }) => [entry.id, entry.product, entry.terms]),
  };
  await answerFeed(req, res, deps, {
    key: `feed:${feed.id}`,
    inputs,
    rateKey: `feed:${m[1]!.slice(0, 16)}`,
    // The URL is a secret: keep it out of shared caches and referrers.
    headers: { 'cache-control': 'private, max-age=300', 'referrer-policy': 'no-referrer', 'content-disposition': 'inline; filename="deadlines.ics"' },
    events: () => feedEvents(records.estate.map((e) => e.entry), records.subscriptions.map((s) => s.entry), today),
    render: (events, now) =>
      feedTextInChunks({
        scope: `tenant:${feed.tenant.id}`,
        name: `${name}: support ends and subscription deadlines`,
        description: `Lifecycle ends of the estate and subscription deadlines of ${name} (Entitlement Gateway).`,
        events,
        generatedAt: now,
        catalogue: meta,
      }),
  });
}

async function productsFeed(req: IncomingMessage, res: ServerResponse, url: URL, deps: CalendarRouteDeps): Promise<void> {
  const names = url.searchParams.getAll('product');
  // Priced like a bulk lookup: one unit per name, and long names by their length (graphql/cost.ts does the
  // same); suggestion searches are charged as they run.
  const units = names.slice(0, LIMITS.maxFeedProducts + 1).reduce((n, name) => n + 1 + Math.floor(name.length / LIMITS.textUnitChars), 0);
  if (!deps.admit(req, res, Math.max(1, units))) return;
  if (!deps.config.allowAnonymous) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    const check = m ? await checkKey(deps.orm.em.fork(), m[1]!) : null;
    if (!check?.ok) return sendText(req, res, 401, 'This gateway requires an API key: send Authorization: Bearer <key>\n', { 'www-authenticate': 'Bearer' });
  }
  if (names.length === 0) return sendText(req, res, 400, 'Name the products: /calendar/products.ics?product=Windows%207&product=SQL%20Server%202016\n');
  if (names.length > LIMITS.maxFeedProducts) return sendText(req, res, 400, `At most ${LIMITS.maxFeedProducts} products per feed; got ${names.length}\n`);
  await deps.catalogue.refreshIfStale().catch(() => undefined); // answer from the loaded catalogue if the check fails
  const today = todayIn(deps.config.timeZone, new Date());
  const meta = deps.catalogue.meta;
  const { entries, problems } = await resolveProductList(budgetedCatalogue(deps.catalogue.forRequest(), deps.budget(req)), names, today, nextTurn);
  // A feed URL is built once and then polled unattended: a name that does not resolve is refused at once.
  if (problems.length) {
    const lines = problems.map((p) => `- ${p.input}: ${p.message}${p.candidates.length ? ` (candidates: ${p.candidates.join('; ')})` : ''}`);
    return sendText(req, res, 400, `Some products are not in the catalogue:\n${lines.join('\n')}\n`);
  }
  const keys = entries.map((e) => `${e.product.slug}\u0000${e.levelCode ?? ''}`).sort();
  await answerFeed(req, res, deps, {
    key: `products:${keys.join('\u0001')}`,
    inputs: { catalogue: meta.version, today, keys },
    headers: { 'cache-control': 'public, max-age=3600', 'content-disposition': 'inline; filename="products.ics"' },
    events: () => feedEvents(entries, [], today),
    render: (events, now) => {
      const list = entries.map((e) => (e.levelCode ? `${e.product.name} ${e.levelCode}` : e.product.name)).join(', ');
      return feedTextInChunks({
        scope: 'products',
        name: `Support ends: ${list.length > 80 ? `${list.slice(0, 77)}…` : list}`,
        description: `Microsoft lifecycle ends of ${list} (Entitlement Gateway; Microsoft Lifecycle data CC BY 4.0, endoflife.date MIT).`,
        events,
        generatedAt: now,
        catalogue: meta,
      });
    },
  });
}
