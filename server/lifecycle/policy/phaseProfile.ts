/**
 * Everything of a support-phase answer that does not depend on the date: the product's effective dates
 * (effectiveDates), its levels' support (servicePackSupport), its traits (productTraits) and its phases
 * as date ranges, for the product and for each RTM/service-pack/version level (L-SP: a level runs the
 * product's phases with its own last support day). supportPhase computes a profile on every call; a
 * caller that answers many dates for the same product (a catalogue snapshot answering a spreadsheet)
 * computes it once and asks supportPhaseOn, which gives the very same answers.
 */
import type { EffectiveDates } from './effectiveDates.js';
import { effectiveDates } from './effectiveDates.js';
import type { ProductCategory, ProductRecord } from './lifecycleTypes.js';
import { LIFECYCLE_RULES } from './lifecycleRules.js';
import { phaseTimeline, type PhaseRange } from './phaseTimeline.js';
import { productTraits, type ProductTraits } from './productTraits.js';
import { levelSupports, type LevelSupport } from './servicePackSupport.js';

export interface PhaseProfile {
  product: ProductRecord;
  dates: EffectiveDates;
  /** The product's levels by ordinal, with their effective ends. */
  levels: LevelSupport[];
  traits: ProductTraits;
  /** Which entitlement table answers: Online Services have their own (L-ONLINE-SUPPORT). */
  entitlementCategory: ProductCategory;
  /** The product's phases (docs/domain.md §1 "Phases on a date D"). */
  ranges: PhaseRange[];
  /** The phases of each non-ESU level, by level code: from the level's start to its own end. */
  levelRanges: ReadonlyMap<string, PhaseRange[]>;
}

export function phaseProfile(product: ProductRecord): PhaseProfile {
  const dates = effectiveDates(product);
  const levels = levelSupports(product);
  const selfHelpMonths = LIFECYCLE_RULES.selfHelp.months;
  const start = dates.generalAvailability;
  const levelRanges = new Map<string, PhaseRange[]>();
  for (const level of levels) {
    if (level.kind === 'ESU' || levelRanges.has(level.code)) continue;
    levelRanges.set(level.code, phaseTimeline({ start: level.start ?? start, mainstreamEnd: dates.mainstreamEnd, lastSupportDay: level.end, selfHelpMonths }));
  }
  return {
    product,
    dates,
    levels,
    traits: productTraits(product),
    entitlementCategory: product.policy === 'ONLINE' ? 'ONLINE_SERVICE' : product.category,
    ranges: phaseTimeline({ start, mainstreamEnd: dates.mainstreamEnd, lastSupportDay: dates.lastSupportDay, selfHelpMonths }),
    levelRanges,
  };
}
