/**
 * A small iCalendar (RFC 5545) writer for published feeds of all-day events. Only what the feeds need:
 * - content lines end in CRLF (§3.1) and are folded at 75 octets — never inside a UTF-8 character — with
 *   continuation lines starting with one space;
 * - TEXT values escape backslash, semicolon, comma and newlines (§3.3.11), and carry no control character
 *   but TAB (§3.1 CONTROL: they are refused at input, and stripped here should one ever be stored);
 * - all-day events are DTSTART;VALUE=DATE with DTEND the next day (§3.6.1: DTEND is exclusive);
 * - DTSTAMP / LAST-MODIFIED are UTC date-times (§3.3.5 form 2);
 * - VALARMs are DISPLAY alarms with a negative duration TRIGGER relative to the start (§3.6.6).
 * Pure: the caller supplies every value, including the DTSTAMP instant.
 */
import { addDays, isIsoDate, type IsoDate } from '../kernel/dates.js';
import { withoutControls } from '../kernel/text.js';

export interface IcalAlarm {
  /** Whole days before the event's start. */
  daysBefore: number;
  description: string;
}

export interface IcalEvent {
  uid: string;
  /** The all-day event's (only) day. */
  date: IsoDate;
  summary: string;
  description?: string;
  /** Revision number (§3.8.7.4): must not decrease for the same UID. */
  sequence?: number;
  lastModified?: Date | null;
  categories?: string[];
  alarms?: IcalAlarm[];
}

export interface IcalCalendar {
  prodId: string;
  /** X-WR-CALNAME: the name calendar apps show for a subscribed feed. */
  name: string;
  description?: string;
  /** How often clients should refetch (RFC 7986 REFRESH-INTERVAL), as a duration such as P1D. */
  refreshInterval?: string;
  /** DTSTAMP of every event: when this feed was generated. */
  generatedAt: Date;
  events: IcalEvent[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** §3.3.11 TEXT: controls other than TAB dropped, backslash first, then ; and , ; any newline (CRLF, CR or LF) becomes \n. */
export function escapeText(value: string): string {
  return withoutControls(value).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** §3.1: lines longer than 75 octets are split; each continuation starts with a space (which counts). */
export function foldLine(line: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(line)) {
    // ASCII: one octet per character, so the line is cut every 75 (then 74) characters.
    if (line.length <= MAX_OCTETS) return line;
    const parts = [line.slice(0, MAX_OCTETS)];
    for (let i = MAX_OCTETS; i < line.length; i += MAX_OCTETS - 1) parts.push(line.slice(i, i + MAX_OCTETS - 1));
    return parts.join(`${CRLF} `);
  }
  if (Buffer.byteLength(line, 'utf8') <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** DATE value (§3.3.4): 2020-01-14 → 20200114. */
export function formatDate(date: IsoDate): string {
  if (!isIsoDate(date)) throw new TypeError(`not an ISO calendar date: ${String(date)}`);
  return date.replace(/-/g, '');
}

/** DATE-TIME in UTC (§3.3.5 form 2), whole seconds: 20260101T120000Z. */
export function formatDateTime(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

function eventLines(e: IcalEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${formatDate(e.date)}`,
    `DTEND;VALUE=DATE:${formatDate(addDays(e.date, 1))}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
  lines.push(`SEQUENCE:${e.sequence ?? 0}`);
  if (e.lastModified) lines.push(`LAST-MODIFIED:${formatDateTime(e.lastModified)}`);
  // A deadline is not a meeting: it should not block the day as busy.
  lines.push('TRANSP:TRANSPARENT');
  for (const a of e.alarms ?? []) {
    if (!Number.isInteger(a.daysBefore) || a.daysBefore < 0) throw new RangeError(`alarm daysBefore must be a whole number ≥ 0, not ${a.daysBefore}`);
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-P${a.daysBefore}D`, `DESCRIPTION:${escapeText(a.description)}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

function headerLines(cal: Omit<IcalCalendar, 'events'>): string[] {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${cal.prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(cal.name)}`];
  if (cal.description) lines.push(`X-WR-CALDESC:${escapeText(cal.description)}`);
  if (cal.refreshInterval) lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${cal.refreshInterval}`, `X-PUBLISHED-TTL:${cal.refreshInterval}`);
  return lines;
}

/** The whole VCALENDAR object: folded CRLF lines, ending with a CRLF. */
export function serializeCalendar(cal: IcalCalendar): string {
  const stamp = formatDateTime(cal.generatedAt);
  const lines = headerLines(cal);
  for (const e of cal.events) lines.push(...eventLines(e, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * The same text, written `chunk` events at a time with a turn of the event loop between chunks, so a
 * large feed never holds the loop for long (other requests are answered while it is written).
 */
export async function serializeCalendarInChunks<E = IcalEvent>(
  cal: Omit<IcalCalendar, 'events'> & { events: readonly E[] },
  chunk = 200,
  /** Turns an item into its event as its chunk is written (so even that work is spread over turns). */
  toEvent: (item: E) => IcalEvent = (item) => item as unknown as IcalEvent,
): Promise<string> {
  const stamp = formatDateTime(cal.generatedAt);
  const parts = [headerLines(cal).map(foldLine).join(CRLF)];
  for (let i = 0; i < cal.events.length; i += chunk) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    parts.push(cal.events.slice(i, i + chunk).flatMap((e) => eventLines(toEvent(e), stamp)).map(foldLine).join(CRLF));
  }
  parts.push('END:VCALENDAR');
  return parts.join(CRLF) + CRLF;
}
