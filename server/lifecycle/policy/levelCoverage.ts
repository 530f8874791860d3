/**
 * Which levels cover a date: a level's own support window, the service pack to upgrade to from an
 * unsupported one (L-SP), and the paid Extended Security Updates year on sale after the product's last
 * support day (never for a level that has a later service pack: ESU requires the final level).
 */
import type { IsoDate } from '../../kernel/dates.js';
import type { LevelSupport } from './servicePackSupport.js';

export interface PaidEsuYear {
  code: string;
  label: string;
  start: IsoDate | null;
  ends: IsoDate;
  /**
   * 1 for the first ESU year of the product (level ESU1), 2 for the next …; null for a level that is not
   * one year (one range over several paid years whose yearly boundaries are not published, a paid
   * extension of another kind): never called "year 1" when it spans more.
   */
  year: number | null;
}

/** The first later service pack supported on `date`: what L-SP tells the customer to upgrade to. */
export function supportedSuccessor(levels: LevelSupport[], level: LevelSupport, date: IsoDate): string | null {
  return levels.find((l) => l.kind === 'SERVICE_PACK' && l.ordinal > level.ordinal && covers(l, date))?.code ?? null;
}

export function covers(level: LevelSupport, date: IsoDate): boolean {
  return (level.start === null || level.start <= date) && (level.end === null || date <= level.end);
}

/** The ESU year covering `date` after the product's last support day, if the asked level may have one. */
export function paidEsuOn(levels: LevelSupport[], asked: LevelSupport | null, date: IsoDate, lastSupportDay: IsoDate | null): PaidEsuYear | null {
  if (lastSupportDay === null || date <= lastSupportDay) return null;
  if (asked && asked.kind !== 'ESU' && levels.some((l) => l.kind === 'SERVICE_PACK' && l.ordinal > asked.ordinal)) return null;
  const esuYears = levels.filter((l) => l.kind === 'ESU');
  const index = esuYears.findIndex((l) => l.end !== null && covers(l, date) && (asked?.kind !== 'ESU' || l.code === asked.code));
  if (index === -1) return null;
  const y = esuYears[index]!;
  const numbered = /^ESU(\d+)$/.exec(y.code);
  return { code: y.code, label: y.label, start: y.start, ends: y.end!, year: numbered ? Number(numbered[1]) : null };
}
