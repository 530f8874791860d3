/**
 * The risk view of an estate on a day (for dashboards):
 * - products: estate rows whose support ends before `today + withinMonths` (or has ended), with the phase
 *   today and the last support day — of the row's level when it names one (L-SP: a level's support never
 *   outlives the product's), of the paid ESU year for an ESU row, else of the product (docs/domain.md §1);
 * - commitments: every pair of a committed subscription that is not cancelled and an estate product whose
 *   support ends before the end of the subscription's next 12-month period (T-§11): renewing would commit
 *   money past the product's end of support.
 * **Interpretation:** "the next period" is the one starting on renewsOn; when this period's cancel-by
 * date has passed the renewal can no longer be avoided (`avoidableUntil` is null).
 */
import { addMonths, daysBetween, type IsoDate } from '../../kernel/dates.js';
import { effectiveDates } from '../../lifecycle/policy/effectiveDates.js';
import { levelSupports } from '../../lifecycle/policy/servicePackSupport.js';
import { subscriptionDeadlines } from '../../subscriptions/policy/subscriptionDeadlines.js';
import { supportPhase, type SupportPhase } from '../../lifecycle/policy/supportPhase.js';
import type { EstateEntry, SubscriptionEntry } from './upcomingEvents.js';
import { LIMITS } from '../../kernel/limits.js';

/** ENDED: the last support day has passed; ENDING: support ends within the horizon. */
export const RISK_STATUSES = ['ENDED', 'ENDING'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export interface ProductRisk {
  entry: EstateEntry;
  phase: SupportPhase;
  supportEnds: IsoDate;
  daysLeft: number;
  status: RiskStatus;
  dateSource: 'PUBLISHED' | 'DERIVED';
}

export interface CommitmentRisk {
  subscription: SubscriptionEntry;
  entry: EstateEntry;
  supportEnds: IsoDate;
  renewsOn: IsoDate;
  /** Last day of the 12-month period starting on renewsOn. */
  renewedUntil: IsoDate;
  /** The cancel-by day that avoids the renewal; null when it has passed (the renewal is certain). */
  avoidableUntil: IsoDate | null;
  /** daysBetween(supportEnds, renewedUntil): how long the renewed period runs past the end of support. */
  daysPastSupport: number;
}

export interface EstateRisk {
  asOf: IsoDate;
  horizon: IsoDate;
  products: ProductRisk[];
  commitments: CommitmentRisk[];
}


/** The last support day that matters for an estate row, and whether it is derived; null = open-ended. */
export function rowSupportEnd(entry: EstateEntry): { end: IsoDate; source: 'PUBLISHED' | 'DERIVED' } | null {
  const { product, levelCode } = entry;
  if (levelCode !== null) {
    const level = levelSupports(product).find((l) => l.code.toUpperCase() === levelCode.toUpperCase());
    if (level) return level.end === null ? null : { end: level.end, source: level.source };
  }
  const d = effectiveDates(product);
  if (d.lastSupportDay === null) return null;
  return { end: d.lastSupportDay, source: d.derived.length ? 'DERIVED' : 'PUBLISHED' };
}

export function estateRisk(estate: readonly EstateEntry[], subscriptions: readonly SubscriptionEntry[], today: IsoDate, withinMonths: number): EstateRisk {
  if (!Number.isInteger(withinMonths) || withinMonths < 0 || withinMonths > LIMITS.maxRiskMonths) {
    throw new RangeError(`withinMonths must be a whole number from 0 to ${LIMITS.maxRiskMonths}`);
  }
  const horizon = addMonths(today, withinMonths);
  const ends = estate.map((entry) => ({ entry, end: rowSupportEnd(entry) }));
  const products: ProductRisk[] = [];
  for (const { entry, end } of ends) {
    if (end === null || end.end > horizon) continue;
    const hasLevel = entry.levelCode !== null && entry.product.levels.some((l) => l.code.toUpperCase() === entry.levelCode!.toUpperCase());
    const phase = supportPhase(entry.product, today, hasLevel ? entry.levelCode : null).phase;
    products.push({ entry, phase, supportEnds: end.end, daysLeft: daysBetween(today, end.end), status: end.end < today ? 'ENDED' : 'ENDING', dateSource: end.source });
  }
  products.sort((a, b) => (a.supportEnds < b.supportEnds ? -1 : a.supportEnds > b.supportEnds ? 1 : a.entry.product.name.localeCompare(b.entry.product.name)));

  const commitments: CommitmentRisk[] = [];
  for (const s of subscriptions) {
    if (s.terms.billingModel !== 'COMMITMENT') continue;
    const d = subscriptionDeadlines(s.terms, today);
    if (d.endsOn !== null || d.renewsOn === null) continue; // cancelled: it will not renew
    // The renewed period itself (a cancellation dated after today is not on file today, so not here either).
    const renewedUntil = subscriptionDeadlines({ ...s.terms, cancellationRequestedOn: null }, d.renewsOn).periodEnd;
    for (const { entry, end } of ends) {
      if (end === null || end.end >= renewedUntil) continue;
      commitments.push({
        subscription: s,
        entry,
        supportEnds: end.end,
        renewsOn: d.renewsOn,
        renewedUntil,
        avoidableUntil: d.missed ? null : d.cancelBy,
        daysPastSupport: daysBetween(end.end, renewedUntil),
      });
    }
  }
  commitments.sort((a, b) => (a.renewsOn !== b.renewsOn ? (a.renewsOn < b.renewsOn ? -1 : 1) : a.supportEnds < b.supportEnds ? -1 : a.supportEnds > b.supportEnds ? 1 : 0));
  return { asOf: today, horizon, products, commitments };
}
