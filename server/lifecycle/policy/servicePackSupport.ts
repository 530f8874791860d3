/**
 * Support of one level of a product (L-SP, L-SP-TABLE): RTM and service packs, named versions, and paid
 * Extended Security Update years.
 *
 * - A published level end wins. Otherwise, when a successor has shipped — a later service pack (not a
 *   lettered one: SP1a re-released SP1) or a later Visual Studio / TFS "Update N" — the level ends 12 or
 *   24 months (by service-pack family) after that successor's start, rounded up to the next quarterly
 *   Patch Tuesday, as Microsoft publishes them (Windows 7 SP1 2011-02-22 + 24 months → 2013-04-09, the
 *   RTM end); an end before 2006 is not rounded (Microsoft ended levels exactly N months after the
 *   successor then: Office 2003 RTM, SP1 2004-07-27 + 12 months).
 * - The last service-pack level (no successor), and a VERSION level without a published end, end with
 *   the product.
 * - Every RTM/SP/VERSION end is capped at the product's last support day (L-SP: the product's lifecycle
 *   overrides the service-pack policy); `capped` says so.
 * - ESU years are paid security updates after extended end, not service packs: their own dates, never
 *   capped, never derived.
 * `source` is DERIVED whenever the end is not the level's own published date or rests on a derived
 * product date, and for a level with no end date at all (nobody published one).
 */
import { addMonths, minDate, type IsoDate } from '../../kernel/dates.js';
import type { Citation } from '../../kernel/citations.js';
import type { LevelKind, LevelRecord, ProductRecord } from './lifecycleTypes.js';
import type { DateSource } from './supportPhase.js';
import { cite, LIFECYCLE_RULES, servicePackMonths } from './lifecycleRules.js';
import { effectiveDates, type EffectiveDates } from './effectiveDates.js';
import { nextQuarterlyPatchTuesday } from './patchTuesday.js';

export interface LevelSupport {
  code: string;
  label: string;
  kind: LevelKind;
  ordinal: number;
  /** First day of the level (RTM without a published start: the product's GA). */
  start: IsoDate | null;
  /** Last day the level is supported; null when open-ended (a Modern product still serviced). */
  end: IsoDate | null;
  source: DateSource;
  /** True when the published or derived end fell after the product's last support day and was cut to it. */
  capped: boolean;
  /** Plain-English explanation of a derived or capped end, for the answer's notes. */
  notes: string[];
  citations: Citation[];
}

export function levelSupports(product: ProductRecord): LevelSupport[] {
  const ordered = [...product.levels].sort((a, b) => a.ordinal - b.ordinal);
  // The product's dates once for all its levels (ESU years do not need them).
  let dates: EffectiveDates | undefined;
  const datesOf = () => (dates ??= effectiveDates(product));
  return ordered.map((l, i) => supportOf(product, l, ordered, i, datesOf));
}

/** The support of the level with this code (case-insensitive), or null when the product has no such level. */
export function servicePackSupport(product: ProductRecord, levelCode: string): LevelSupport | null {
  return levelSupports(product).find((l) => l.code.toUpperCase() === levelCode.trim().toUpperCase()) ?? null;
}

/** `ordered`: the product's levels by ordinal, `level` at `index`; `datesOf`: the product's effective dates. */
function supportOf(product: ProductRecord, level: LevelRecord, ordered: readonly LevelRecord[], index: number, datesOf: () => EffectiveDates): LevelSupport {
  const base = { code: level.code, label: level.label, kind: level.kind, ordinal: level.ordinal };
  if (level.kind === 'ESU') {
    return { ...base, start: level.start, end: level.end, source: level.end === null ? 'DERIVED' : 'PUBLISHED', capped: false, notes: [], citations: [cite(LIFECYCLE_RULES.paidEsu)] };
  }
  const { lastSupportDay: productEnd, lastSupportDayDerived: productEndDerived } = datesOf();
  const citations = [cite(LIFECYCLE_RULES.servicePackPolicy)];
  const start = level.start ?? (level.kind === 'RTM' ? product.generalAvailability : null);

  const notes: string[] = [];
  let end: IsoDate | null;
  let derived: boolean;
  const successor = level.kind === 'VERSION' && !isUpdate(level) ? undefined : nextSuccessor(ordered, index);
  if (level.end) {
    [end, derived] = [level.end, false];
  } else if (successor?.start) {
    const rule = servicePackMonths(product.spFamily);
    const rounding = LIFECYCLE_RULES.servicePackRounding;
    const plain = addMonths(successor.start, rule.months);
    const rounded = plain >= rounding.since;
    citations.push(cite(rule), cite(rounding));
    [end, derived] = [rounded ? nextQuarterlyPatchTuesday(plain) : plain, true];
    notes.push(
      `${level.code} support end ${end} is derived: ${successor.code} shipped ${successor.start}, + ${rule.months} months ` +
        `(${product.spFamily} family)${rounded ? ', rounded up to the next quarterly Patch Tuesday' : ` (an end before ${rounding.since}: Microsoft ended levels exactly then, without rounding)`}.`,
    );
  } else {
    // Last service pack (or a version, or a successor without a start date): it ends with the product.
    [end, derived] = [productEnd, productEnd !== null];
    if (productEnd !== null) {
      const why = level.kind === 'VERSION' ? '' : ' and no later service pack';
      notes.push(`${level.code} has no published end${why}: it ends with the product on ${productEnd}.`);
    }
  }

  const capped = end !== null && productEnd !== null && end > productEnd;
  if (capped) {
    notes.push(`${level.code} support end ${end} is capped at the product's last support day ${productEnd} (L-SP).`);
    end = minDate(end!, productEnd!);
  }
  // A level without any end date was published by no one: never PUBLISHED.
  const source: DateSource = derived || (capped && productEndDerived) || end === null ? 'DERIVED' : 'PUBLISHED';
  return { ...base, start, end, source, capped, notes, citations };
}

/** Visual Studio / TFS "Update N" levels: serviced like service packs (the next one starts the previous one's grace period). */
const isUpdate = (l: LevelRecord): boolean => l.kind === 'VERSION' && /^UPDATE\d+(?:\.\d+)?$/.test(l.code);
/** A lettered service pack (SP1a: SP1 re-released, e.g. without the Java VM) does not start a grace period. */
const isLettered = (l: LevelRecord): boolean => l.kind === 'SERVICE_PACK' && /^SP\d+[A-Z]$/.test(l.code);

/** The first later level that succeeds `ordered[index]`: a service pack (not a lettered one) or an "Update N". */
function nextSuccessor(ordered: readonly LevelRecord[], index: number): LevelRecord | undefined {
  const ordinal = ordered[index]!.ordinal;
  return ordered.find((l) => l.ordinal > ordinal && ((l.kind === 'SERVICE_PACK' && !isLettered(l)) || isUpdate(l)));
}
