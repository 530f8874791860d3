/**
 * The phases of one lifecycle as consecutive date ranges (docs/domain.md §1 "Phases on a date D"):
 * PRE_RELEASE until the day before the start, MAINSTREAM from the start to the mainstream end,
 * EXTENDED after it to the last support day (only when that lies later), SELF_HELP_ONLY for exactly
 * `selfHelpMonths` after the last support day (L-SELFHELP: a minimum), then END_OF_SUPPORT for ever.
 * End dates are inclusive last days (Interpretation: Microsoft's end date is the last Patch Tuesday on
 * which updates ship). A null end means open-ended (Modern policy without an announced end).
 */
import { addDays, addMonths, minDate, type IsoDate } from '../../kernel/dates.js';
import type { SupportPhase } from './supportPhase.js';

export interface PhaseRange {
  phase: SupportPhase;
  /** First day; null for PRE_RELEASE (since ever). */
  start: IsoDate | null;
  /** Last day; null when open-ended. */
  end: IsoDate | null;
}

export interface TimelineInput {
  /** First supported day (GA, or a level's start); null when unknown: never PRE_RELEASE. */
  start: IsoDate | null;
  mainstreamEnd: IsoDate | null;
  /** Last day of any support; null when open-ended. */
  lastSupportDay: IsoDate | null;
  selfHelpMonths: number;
}

export function phaseTimeline(input: TimelineInput): PhaseRange[] {
  const { start, mainstreamEnd, lastSupportDay } = input;
  const ranges: PhaseRange[] = [];
  if (start) ranges.push({ phase: 'PRE_RELEASE', start: null, end: addDays(start, -1) });
  // A level that ends inside mainstream ends the MAINSTREAM range early (L-SP).
  const mainEnd = lastSupportDay === null ? mainstreamEnd : minDate(mainstreamEnd ?? lastSupportDay, lastSupportDay);
  ranges.push({ phase: 'MAINSTREAM', start, end: mainEnd });
  if (lastSupportDay === null) return ranges;
  if (mainEnd !== null && lastSupportDay > mainEnd) {
    ranges.push({ phase: 'EXTENDED', start: addDays(mainEnd, 1), end: lastSupportDay });
  }
  const selfHelpEnd = addMonths(lastSupportDay, input.selfHelpMonths);
  ranges.push({ phase: 'SELF_HELP_ONLY', start: addDays(lastSupportDay, 1), end: selfHelpEnd });
  ranges.push({ phase: 'END_OF_SUPPORT', start: addDays(selfHelpEnd, 1), end: null });
  return ranges.filter(nonEmpty);
}

/** The range containing `date` and the next one that follows it (null when none does). */
export function locatePhase(ranges: PhaseRange[], date: IsoDate): { current: PhaseRange; next: PhaseRange | null } {
  const index = ranges.findIndex((r) => (r.start === null || r.start <= date) && (r.end === null || date <= r.end));
  // Ranges are consecutive from "since ever" and end open-ended, so a miss can only come from malformed
  // input (an open MAINSTREAM with a closed mainstream end); the last range is then the answer.
  const i = index === -1 ? ranges.length - 1 : index;
  return { current: ranges[i]!, next: ranges[i + 1] ?? null };
}

/** Drops a range that ends before it starts (a level whose published end precedes its start, bad data). */
function nonEmpty(r: PhaseRange): boolean {
  return r.start === null || r.end === null || r.start <= r.end;
}
