import { dateTimeToSerial } from './excelDates.js';
import { GatewayFailure } from './failures.js';

/**
 * Wall-clock time at a helpdesk. Excel date-times carry no time zone, so DESKOPEN/NEXTOPEN read and write
 * them as the desk's local time (T-§7 hours are local); the gateway wants instants with an offset.
 */
export const DESK_TIME_ZONES = { SE: 'Europe/Stockholm', NO: 'Europe/Oslo', DK: 'Europe/Copenhagen', FI: 'Europe/Helsinki' } as const;
export type Country = keyof typeof DESK_TIME_ZONES;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(zone, f);
  }
  return f;
}

/** Offset of `zone` from UTC at instant `t`, in milliseconds (Oslo in winter: +3,600,000). */
export function zoneOffsetMs(zone: string, t: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(t))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
  return asUtc - Math.floor(t / 1000) * 1000;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/**
 * The instant of a local wall-clock time in `zone`, as "YYYY-MM-DDTHH:MM:SS+01:00". In the spring-forward
 * gap (02:30 that does not exist) the result is the same clock time in the offset before the change,
 * i.e. one hour later on the wall clock; in the autumn overlap the earlier (summer-time) instant is used.
 */
export function wallClockToInstant(date: string, seconds: number, zone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const local = Date.UTC(y, m - 1, d) + seconds * 1000;
  const first = zoneOffsetMs(zone, local - zoneOffsetMs(zone, local));
  const before = zoneOffsetMs(zone, local - first - 3_600_000);
  // Prefer the earlier offset when both readings of an ambiguous hour map back to the same wall clock.
  const offset = before !== first && zoneOffsetMs(zone, local - before) === before ? before : first;
  const off = offset / 60_000;
  return `${date}T${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}${off < 0 ? '-' : '+'}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
}

/** An instant from the gateway as the Excel serial of the desk's local wall-clock time. */
export function instantToDeskSerial(instant: string, zone: string): number {
  const t = Date.parse(instant);
  if (Number.isNaN(t)) throw new GatewayFailure('shape', `'${instant}' is not a date-time`);
  const local = new Date(t + zoneOffsetMs(zone, t));
  const date = local.toISOString().slice(0, 10);
  const seconds = local.getUTCHours() * 3600 + local.getUTCMinutes() * 60 + local.getUTCSeconds();
  return dateTimeToSerial(date, seconds);
}
