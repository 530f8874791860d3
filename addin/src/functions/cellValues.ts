import { instantToDeskSerial } from '../client/deskTime.js';
import { isoToSerial } from '../client/excelDates.js';
import { LookupFailure, NoAnswerError } from '../client/failures.js';
import type { DeskStatus, NameResolution, PhaseAnswer, ProductRow, UpcomingEvent } from '../client/gatewayQueries.js';

/**
 * Gateway answers as cell values: dates become serials (so cell formatting works), missing values #N/A
 * with a sentence saying why.
 */
export function dateCell(iso: string | null | undefined, whyMissing: string): number {
  if (!iso) throw new NoAnswerError(whyMissing);
  return isoToSerial(iso);
}

/** Days from the answer's date to its last day of support: 0 on that day, negative after it. */
export function daysOfSupportLeft(a: Pick<PhaseAnswer, 'date' | 'supportEnds' | 'product'>): number {
  const end = dateCell(a.supportEnds, `${a.product.name} has no support end date (Modern policy: supported while serviced)`);
  return end - isoToSerial(a.date);
}

/**
 * ENTITLED: TRUE when AVAILABLE; FALSE when NOT_AVAILABLE or when the phase does not list that entitlement
 * at all (e.g. HARDWARE_REPAIR for software); otherwise text, so the cell says what it takes:
 * "CONDITIONAL: <condition>" or "PAID" / "PAID: <condition>".
 */
export function entitlementCell(a: Pick<PhaseAnswer, 'entitlements'>, kind: string): boolean | string {
  const e = a.entitlements.find((x) => x.kind === kind);
  if (!e || e.availability === 'NOT_AVAILABLE') return false;
  if (e.availability === 'AVAILABLE') return true;
  return e.condition ? `${e.availability}: ${e.condition}` : e.availability;
}

/** SUPPORTEND: the level's end when a level was asked, else the product's last support day. */
export function supportEndCell(a: Pick<PhaseAnswer, 'supportEnds' | 'product'> & Partial<Pick<PhaseAnswer, 'level'>>, level: string | null): number {
  if (level !== null) return dateCell(a.level?.end ?? a.supportEnds, `${a.product.name} ${level} has no published or derivable end date`);
  return dateCell(a.supportEnds, `${a.product.name} has no support end date (Modern policy: supported while serviced)`);
}

export const PRODUCT_HEADER = ['Name', 'Family', 'Policy', 'GA', 'Mainstream end', 'Extended end'];

/** PRODUCTS: header row, then one row per product; empty text where a date is unknown. */
export function productTable(rows: ProductRow[], search: string): (string | number)[][] {
  if (!rows.length) throw new NoAnswerError(`No products match '${search}'`);
  const d = (iso: string | null) => (iso ? isoToSerial(iso) : '');
  return [PRODUCT_HEADER, ...rows.map((r) => [r.name, r.family, r.policy, d(r.generalAvailability), d(r.mainstreamEnd), d(r.extendedEnd)])];
}

/**
 * NEXTOPEN: the next opening as the desk's local wall-clock serial; when the desk is open at that moment,
 * the moment itself (`askedSerial`, or the gateway's local date and time when none was given).
 */
export function nextOpenCell(s: DeskStatus, askedSerial: number | null): number {
  if (s.open) return askedSerial ?? localSerial(s);
  if (!s.opensAt) throw new NoAnswerError('The gateway knows no next opening for this desk');
  return instantToDeskSerial(s.opensAt, s.timeZone);
}

/**
 * Live NEXTOPEN (no date-time given): the next opening while closed; while open, today's opening (a moment
 * that stays true until the desk closes, when the cell moves on to the next opening).
 */
export function liveNextOpenCell(s: DeskStatus): number {
  if (s.open) return s.todayOpens ? instantToDeskSerial(s.todayOpens, s.timeZone) : localSerial(s);
  if (!s.opensAt) throw new NoAnswerError('The gateway knows no next opening for this desk');
  return instantToDeskSerial(s.opensAt, s.timeZone);
}

/**
 * RESOLVE: the canonical name, product plus level ("Windows 7 SP1"): the gateway's canonicalName when it sends
 * one. A name it cannot resolve is a LookupFailure, worded like every other unknown product ("did you mean").
 */
export function resolutionCell(r: NameResolution): string {
  if (r.product) return r.canonicalName ?? (r.level ? `${r.product.name} ${r.level.code}` : r.product.name);
  throw new LookupFailure(r.code ?? 'PRODUCT_NOT_FOUND', r.message ?? `No product named '${r.input}'`, r.candidates, r.input);
}

function localSerial(s: DeskStatus): number {
  const [h, m] = s.localTime.split(':').map(Number) as [number, number];
  return isoToSerial(s.localDate) + (h * 3600 + m * 60) / 86_400;
}

/** LIABILITYCAP: the cap in NOK as a number (money is exact text on the wire, "16237.50"). */
export function liabilityCapCell(remedy: string, cap: { amount: string; currency: string } | null, reasons: string[]): number {
  if (!cap) throw new NoAnswerError(`No capped damages (${remedy})${reasons[0] ? `: ${reasons[0]}` : ''}`);
  if (cap.currency !== 'NOK') throw new NoAnswerError(`The cap is in ${cap.currency}, not NOK`);
  const n = Number(cap.amount);
  if (!Number.isFinite(n)) throw new NoAnswerError(`The gateway sent an unreadable amount '${cap.amount}'`);
  return n;
}

export const UPCOMING_HEADER = ['Date', 'Kind', 'Event', 'Days left', 'Product', 'Level', 'Subscription', 'Count', 'What it means'];

/** UPCOMING: header row, then one row per event in the gateway's order (date, then kind); blanks where a value does not apply. */
export function upcomingTable(events: UpcomingEvent[], from: string, to: string): (string | number)[][] {
  if (!events.length) throw new NoAnswerError(`No support ends or subscription deadlines from ${from} to ${to}`);
  return [
    UPCOMING_HEADER,
    ...events.map((e) => [
      isoToSerial(e.date),
      e.kind,
      e.title,
      e.daysLeft,
      e.product?.name ?? e.subscription?.product ?? '',
      e.product?.levelCode ?? '',
      e.subscription?.id ?? '',
      e.count ?? '',
      e.description,
    ]),
  ];
}
