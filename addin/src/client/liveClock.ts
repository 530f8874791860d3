/**
 * Time for live (streaming) cells: "today" and the next midnight in a time zone, an instant written in a
 * desk's local offset, and a timer for a far-away instant. Everything reads Date.now() and setTimeout at
 * call time, so jest's fake timers drive it in tests.
 */
import { wallClockToInstant, zoneOffsetMs } from './deskTime.js';

/** The calendar date at instant `ms` in `zone` ("2026-10-25"). */
export function dateIn(zone: string, ms: number): string {
  return new Date(ms + zoneOffsetMs(zone, ms)).toISOString().slice(0, 10);
}

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The first instant of the next calendar day in `zone` after `ms` (a DST day is 23 or 25 hours long). */
export function nextMidnight(zone: string, ms: number): number {
  return Date.parse(wallClockToInstant(addDays(dateIn(zone, ms), 1), 0, zone));
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** Instant `ms` as the wall-clock time of `zone` with its offset, whole seconds: "2026-10-23T17:00:00+02:00". */
export function instantInZone(ms: number, zone: string): string {
  const whole = Math.floor(ms / 1000) * 1000;
  const offset = zoneOffsetMs(zone, whole);
  const local = new Date(whole + offset).toISOString().slice(0, 19);
  const minutes = offset / 60_000;
  return `${local}${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * The longest single wait. A timer for an instant days away (a desk closed over a long weekend) is armed in
 * steps, so it cannot overflow setTimeout's 24.8-day limit and it re-reads the clock after a laptop slept.
 */
export const MAX_WAIT_MS = 3_600_000;

/** Calls `fn` once the clock reaches `due` (ms since the epoch); returns a function that cancels it. */
export function callAt(due: number, fn: () => void): () => void {
  let handle: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  const arm = () => {
    if (cancelled) return;
    const wait = due - Date.now();
    if (wait <= 0) {
      handle = undefined;
      fn();
      return;
    }
    handle = setTimeout(arm, Math.min(wait, MAX_WAIT_MS));
  };
  arm();
  return () => {
    cancelled = true;
    if (handle !== undefined) clearTimeout(handle);
  };
}
