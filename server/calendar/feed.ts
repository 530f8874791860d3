/**
 * Upcoming events as an iCalendar feed (ical.ts). What makes a subscribed calendar behave:
 * - UID = hash of (scope, event key): the key names the kind and the product slug and level, or the
 *   subscription id and period — never the date — so a corrected date moves the event in place instead of
 *   adding a second one. The scope (the tenant, or "products" for the anonymous feed) keeps two tenants'
 *   events apart and survives revoking and re-creating a feed URL.
 * - SEQUENCE must not decrease and should rise when an event changes: lifecycle dates change only through
 *   a catalogue import, so lifecycle events carry the catalogue version (the import run id, which only
 *   grows) and LAST-MODIFIED = that import's time. Subscription dates follow from terms that are not
 *   edited after creation, so they stay at 0.
 * - Alarms 90, 30 and 7 days before each event.
 */
import { createHash } from 'node:crypto';
import { addYears, type IsoDate } from '../kernel/dates.js';
import type { UpcomingEvent } from '../estate/policy/upcomingEvents.js';
import { serializeCalendar, serializeCalendarInChunks, type IcalCalendar, type IcalEvent } from './ical.js';

export const FEED_PAST_YEARS = 1;
export const FEED_FUTURE_YEARS = 10;
export const ALARM_DAYS = [90, 30, 7] as const;
export const PRODID = '-//Entitlement Gateway//Support and subscription deadlines 1.0//EN';

/** The feed shows today − 1 year … today + 10 years. */
export function feedWindow(today: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: addYears(today, -FEED_PAST_YEARS), to: addYears(today, FEED_FUTURE_YEARS) };
}

export function eventUid(scope: string, key: string): string {
  return `${createHash('sha256').update(`${scope}\u0000${key}`, 'utf8').digest('hex').slice(0, 32)}@entitlement-gateway`;
}

export interface FeedOptions {
  scope: string;
  name: string;
  description: string;
  events: readonly UpcomingEvent[];
  generatedAt: Date;
  catalogue: { version: number; importedAt: Date | null };
}

function description(e: UpcomingEvent): string {
  const lines = [e.description];
  if (e.count !== null) lines.push(`Estate: ${e.count}.`);
  if (e.dateSource === 'DERIVED' && e.product) lines.push('This date is derived from the policy defaults, not published.');
  lines.push('', ...e.citations.map((c) => `${c.clause}: ${c.text}`));
  return lines.join('\n');
}

export function feedEvent(scope: string, e: UpcomingEvent, catalogue: FeedOptions['catalogue']): IcalEvent {
  const lifecycle = e.product !== null;
  return {
    uid: eventUid(scope, e.key),
    date: e.date,
    summary: e.title,
    description: description(e),
    sequence: lifecycle ? catalogue.version : 0,
    lastModified: lifecycle ? catalogue.importedAt : null,
    categories: [e.kind],
    alarms: ALARM_DAYS.map((days) => ({ daysBefore: days, description: `In ${days} days (${e.date}): ${e.title}` })),
  };
}

function calendarOf(opts: FeedOptions): IcalCalendar {
  return {
    prodId: PRODID,
    name: opts.name,
    description: opts.description,
    refreshInterval: 'PT12H',
    generatedAt: opts.generatedAt,
    events: opts.events.map((e) => feedEvent(opts.scope, e, opts.catalogue)),
  };
}

export function feedText(opts: FeedOptions): string {
  return serializeCalendar(calendarOf(opts));
}

/** feedText, written in chunks with the event loop free between them (the routes use this one). */
export function feedTextInChunks(opts: FeedOptions): Promise<string> {
  const { events: _events, ...calendar } = calendarOf({ ...opts, events: [] });
  return serializeCalendarInChunks({ ...calendar, events: opts.events }, 200, (e) => feedEvent(opts.scope, e, opts.catalogue));
}
