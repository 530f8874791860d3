/**
 * GET /calendar/<token>.ics — a tenant's secret feed of support ends and subscription deadlines;
 * GET /calendar/products.ics?product=Windows%207&product=… — the same for any products, no tenant.
 * Calendar apps cannot send API keys, so the token in the URL is the credential: an unknown, malformed or
 * revoked token is a plain 404 that says nothing about why. The window is today − 1 year … today + 10
 * years, "today" in the configured time zone (decided here, at the edge).
 */
import type { MikroORM } from '@mikro-orm/core';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkKey } from '../tenancy/apiKeys.js';
import { feedText, feedWindow } from './feed.js';
import { activeFeed } from './feedRepository.js';
import { resolveProductList } from '../estate/productList.js';
import { loadTenantRecords } from '../estate/tenantRecords.js';
import type { Config } from '../config/config.js';
import { upcomingEvents } from '../estate/policy/upcomingEvents.js';
import type { CatalogueService } from '../lifecycle/catalogue/catalogueService.js';
import { todayIn } from '../kernel/today.js';
import { LIMITS } from '../kernel/limits.js';

const TOKEN_PATH = /^\/calendar\/(cal_[0-9a-f]{40})\.ics$/;

export interface CalendarRouteDeps {
  orm: MikroORM;
  catalogue: CatalogueService;
  config: Config;
}

function sendText(req: IncomingMessage, res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  const type = status === 200 ? 'text/calendar; charset=utf-8' : 'text/plain; charset=utf-8';
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text), 'x-content-type-options': 'nosniff', ...headers });
  res.end(req.method === 'HEAD' ? undefined : text);
}

const notFound = (req: IncomingMessage, res: ServerResponse) => sendText(req, res, 404, 'Not found\n', { 'cache-control': 'no-store' });

export async function handleCalendarRoute(req: IncomingMessage, res: ServerResponse, url: URL, deps: CalendarRouteDeps): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(req, res, 405, 'Use GET\n', { allow: 'GET, HEAD' });
  if (url.pathname === '/calendar/products.ics') return productsFeed(req, res, url, deps);
  const m = TOKEN_PATH.exec(url.pathname);
  if (!m) return notFound(req, res);

  const em = deps.orm.em.fork();
  const feed = await activeFeed(em, m[1]!);
  if (!feed) return notFound(req, res);
  await deps.catalogue.refreshIfStale().catch(() => undefined); // answer from the loaded catalogue if the check fails
  const now = new Date();
  const today = todayIn(deps.config.timeZone, now);
  const records = await loadTenantRecords(em, feed.tenant.id, deps.catalogue.forRequest());
  const events = upcomingEvents({ estate: records.estate.map((e) => e.entry), subscriptions: records.subscriptions.map((s) => s.entry), ...feedWindow(today), today });
  const text = feedText({
    scope: `tenant:${feed.tenant.id}`,
    name: `${feed.tenant.name}: support ends and subscription deadlines`,
    description: `Lifecycle ends of the estate and subscription deadlines of ${feed.tenant.name} (Entitlement Gateway).`,
    events,
    generatedAt: now,
    catalogue: deps.catalogue.meta,
  });
  // The URL is a secret: keep it out of shared caches and referrers.
  sendText(req, res, 200, text, { 'cache-control': 'private, max-age=300', 'referrer-policy': 'no-referrer', 'content-disposition': 'inline; filename="deadlines.ics"' });
}

async function productsFeed(req: IncomingMessage, res: ServerResponse, url: URL, deps: CalendarRouteDeps): Promise<void> {
  if (!deps.config.allowAnonymous) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    const check = m ? await checkKey(deps.orm.em.fork(), m[1]!) : null;
    if (!check?.ok) return sendText(req, res, 401, 'This gateway requires an API key: send Authorization: Bearer <key>\n', { 'www-authenticate': 'Bearer' });
  }
  const names = url.searchParams.getAll('product');
  if (names.length === 0) return sendText(req, res, 400, 'Name the products: /calendar/products.ics?product=Windows%207&product=SQL%20Server%202016\n');
  if (names.length > LIMITS.maxFeedProducts) return sendText(req, res, 400, `At most ${LIMITS.maxFeedProducts} products per feed; got ${names.length}\n`);
  await deps.catalogue.refreshIfStale().catch(() => undefined); // answer from the loaded catalogue if the check fails
  const now = new Date();
  const today = todayIn(deps.config.timeZone, now);
  const { entries, problems } = resolveProductList(deps.catalogue.forRequest(), names, today);
  // A feed URL is built once and then polled unattended: a name that does not resolve is refused at once.
  if (problems.length) {
    const lines = problems.map((p) => `- ${p.input}: ${p.message}${p.candidates.length ? ` (candidates: ${p.candidates.join('; ')})` : ''}`);
    return sendText(req, res, 400, `Some products are not in the catalogue:\n${lines.join('\n')}\n`);
  }
  const events = upcomingEvents({ estate: entries, subscriptions: [], ...feedWindow(today), today });
  const list = entries.map((e) => (e.levelCode ? `${e.product.name} ${e.levelCode}` : e.product.name)).join(', ');
  const text = feedText({
    scope: 'products',
    name: `Support ends: ${list.length > 80 ? `${list.slice(0, 77)}…` : list}`,
    description: `Microsoft lifecycle ends of ${list} (Entitlement Gateway; Microsoft Lifecycle data CC BY 4.0, endoflife.date MIT).`,
    events,
    generatedAt: now,
    catalogue: deps.catalogue.meta,
  });
  sendText(req, res, 200, text, { 'cache-control': 'public, max-age=3600', 'content-disposition': 'inline; filename="products.ics"' });
}
