/**
 * Every dated event in a window for a set of products (an estate) and subscriptions: the last days of
 * mainstream, extended and level support (docs/domain.md §1, lifecycleEvents.ts) and the cancel-by, renewal,
 * price-lock and end dates of subscriptions (docs/domain.md §2, subscriptionEvents.ts), sorted by date then kind.
 * Pure: records in, events out; "today" (for daysLeft) is an argument.
 *
 * Each event has a `key` built from what it is about — kind, product slug and level, or subscription id
 * and period number — and never from its date, so a corrected date is the same event moved (the
 * calendar feed turns the key into a stable UID).
 */
import type { Citation } from '../../kernel/citations.js';
import { addYears, daysBetween, isIsoDate, type IsoDate } from '../../kernel/dates.js';
import type { ProductRecord } from '../../lifecycle/policy/lifecycleTypes.js';
import type { SubscriptionTerms } from '../../subscriptions/policy/subscriptionTerms.js';
import { lifecycleEvents } from './lifecycleEvents.js';
import { subscriptionEvents } from './subscriptionEvents.js';
import { LIMITS } from '../../kernel/limits.js';

/** In sort order: on one day, product events come before subscription events. */
export const EVENT_KINDS = ['MAINSTREAM_END', 'EXTENDED_END', 'LEVEL_END', 'CANCEL_BY', 'RENEWAL', 'PRICE_LOCK_END', 'SUBSCRIPTION_END'] as const;
export type UpcomingEventKind = (typeof EVENT_KINDS)[number];

/** A product a tenant runs (or a name asked about): level null = the product as a whole; count null = not known. */
export interface EstateEntry {
  product: ProductRecord;
  levelCode: string | null;
  count: number | null;
}

export interface SubscriptionEntry {
  id: string;
  /** The subscription's product as the tenant named it ("Microsoft 365 Business Standard"). */
  product: string;
  terms: SubscriptionTerms;
}

export interface EventProductRef {
  slug: string;
  name: string;
  levelCode: string | null;
  levelLabel: string | null;
}

export interface EventSubscriptionRef {
  id: string;
  product: string;
  /** 0 = the committed term, k = its k-th 12-month renewal; null for events of the subscription as a whole. */
  period: number | null;
}

export interface UpcomingEvent {
  /** Stable identity (kind + product slug [+ level], or kind + subscription id [+ period]); never the date. */
  key: string;
  kind: UpcomingEventKind;
  date: IsoDate;
  /** daysBetween(today, date): 0 on the day, negative once past. */
  daysLeft: number;
  title: string;
  description: string;
  /** PUBLISHED: a catalogue date; DERIVED: from the policy defaults (L-POLICY, L-SP) or computed from a subscription's terms. */
  dateSource: 'PUBLISHED' | 'DERIVED';
  product: EventProductRef | null;
  subscription: EventSubscriptionRef | null;
  /** How many the estate says it runs (summed over its rows); null when unknown. */
  count: number | null;
  citations: Citation[];
}

/** An event before daysLeft is known (the generators do not need "today"). */
export type EventDraft = Omit<UpcomingEvent, 'daysLeft'>;

export interface UpcomingInput {
  estate: readonly EstateEntry[];
  subscriptions: readonly SubscriptionEntry[];
  /** Window, both days included. */
  from: IsoDate;
  to: IsoDate;
  today: IsoDate;
}

/** The widest window one question may span. */

/** Why a window cannot be answered, or null when it can (a value, not an exception: the edge throws). */
export function windowProblem(from: IsoDate, to: IsoDate): string | null {
  if (!isIsoDate(from) || !isIsoDate(to)) return 'from and to must be calendar dates YYYY-MM-DD';
  if (from > to) return `from (${from}) is after to (${to})`;
  if (to > addYears(from, LIMITS.maxWindowYears)) return `The window from ${from} to ${to} is longer than ${LIMITS.maxWindowYears} years`;
  return null;
}

const KIND_ORDER = new Map<string, number>(EVENT_KINDS.map((k, i) => [k, i]));

export function compareEvents(a: UpcomingEvent, b: UpcomingEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const kind = KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)!;
  if (kind !== 0) return kind;
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export function upcomingEvents(input: UpcomingInput): UpcomingEvent[] {
  const problem = windowProblem(input.from, input.to);
  if (problem) throw new RangeError(problem);
  const drafts = [...lifecycleEvents(input.estate), ...input.subscriptions.flatMap((s) => subscriptionEvents(s, input.from, input.to))];
  return drafts
    .filter((e) => e.date >= input.from && e.date <= input.to)
    .map((e) => ({ ...e, daysLeft: daysBetween(input.today, e.date) }))
    .sort(compareEvents);
}
