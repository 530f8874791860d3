/**
 * The support phase of a product (or of one of its levels) on a date, with what it entitles the customer
 * to, the dates behind it and their clauses (docs/domain.md §1, L-POLICY … L-ONLINE-SUPPORT).
 *
 * - Product question: phases run from GA over the effective mainstream/extended ends (effectiveDates).
 * - RTM/service-pack/version level: the same phases, but the level's support end (servicePackSupport,
 *   capped at the product's) is the last support day, so Windows 7 RTM on 2013-04-10 is SELF_HELP_ONLY
 *   with levelSupported=false and L-SP entitlements (limited troubleshooting, no updates).
 * - ESU level, or the product on a date an ESU year covers: the product's phase (past extended end) with
 *   `paidEsu` set and security updates PAID. An ESU year is honoured only after the product's last
 *   support day, and never for a level that has a later service pack (ESU requires the final level).
 * An unknown level code throws UnknownLevelError (a caller bug; the GraphQL layer validates first).
 */
import { daysBetween, isIsoDate, type IsoDate } from '../../kernel/dates.js';
import type { Citation } from '../../kernel/citations.js';
import type { ProductRecord } from './lifecycleTypes.js';
import { LIFECYCLE_RULES, cite, uniqueCitations } from './lifecycleRules.js';
import { entitlementCitations, entitlementsFor, type Entitlement } from './entitlements.js';
import type { LevelSupport } from './servicePackSupport.js';
import { locatePhase } from './phaseTimeline.js';
import { phaseProfile, type PhaseProfile } from './phaseProfile.js';
import { phaseNotes } from './phaseNotes.js';
import { covers, paidEsuOn, supportedSuccessor } from './levelCoverage.js';
import { UnknownLevelError } from './unknownLevelError.js';

export { UnknownLevelError } from './unknownLevelError.js';
/**
 * The phases in the order a release passes through them (L-POLICY, L-SELFHELP), and FOLLOWS_PARENT: a
 * component asked about without the product it runs on (componentSupport.ts) has the phase of its parent.
 */
export const SUPPORT_PHASES = ['PRE_RELEASE', 'MAINSTREAM', 'EXTENDED', 'SELF_HELP_ONLY', 'END_OF_SUPPORT', 'FOLLOWS_PARENT'] as const;
export type SupportPhase = (typeof SUPPORT_PHASES)[number];
/** PUBLISHED: the date is in the catalogue; DERIVED: computed from the policy defaults. */
export const DATE_SOURCES = ['PUBLISHED', 'DERIVED'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

export interface PhaseAnswer {
  date: IsoDate;
  /** The level asked about; null = the product as a whole. */
  levelCode: string | null;
  phase: SupportPhase;
  /** Last day of the current phase; null when open-ended (Modern/Online with no end) or END_OF_SUPPORT. */
  phaseEnds: IsoDate | null;
  nextPhase: SupportPhase | null;
  /** daysBetween(date, phaseEnds): 0 on the phase's last day; null when phaseEnds is null. */
  daysLeft: number | null;
  generalAvailability: IsoDate | null;
  mainstreamEnds: IsoDate | null;
  /** null when the category/policy has no extended phase. */
  extendedEnds: IsoDate | null;
  /** Last day of any support for the product, or for a level min(level end, product's last support day). */
  supportEnds: IsoDate | null;
  /** supportEnds + 12 months (L-SELFHELP): a minimum, see selfHelpMinimum. */
  selfHelpEnds: IsoDate | null;
  /** Always true when selfHelpEnds is set: the policy promises "at least" 12 months. */
  selfHelpMinimum: boolean;
  /** DERIVED if any date of this answer was derived from defaults rather than published. */
  dateSource: DateSource;
  /** For a level question: is the level supported (an ESU year: does it cover) on the date; null for product questions. */
  levelSupported: boolean | null;
  /** An ESU year covering the date (after the product's last support day), where the data has one. */
  paidEsu: { code: string; label: string; ends: IsoDate; year: number | null } | null;
  entitlements: Entitlement[];
  notes: string[];
  citations: Citation[];
}

export function supportPhase(product: ProductRecord, date: IsoDate, levelCode?: string | null): PhaseAnswer {
  if (!isIsoDate(date)) throw new TypeError(`supportPhase: not an ISO calendar date: ${String(date)}`);
  return supportPhaseOn(phaseProfile(product), date, levelCode);
}

/** supportPhase with the product's date-independent facts computed beforehand (phaseProfile.ts). */
export function supportPhaseOn(profile: PhaseProfile, date: IsoDate, levelCode?: string | null): PhaseAnswer {
  if (!isIsoDate(date)) throw new TypeError(`supportPhase: not an ISO calendar date: ${String(date)}`);
  const { product, dates, levels, traits } = profile;
  const level = levelCode == null ? null : findLevel(product, levels, levelCode);
  const servicePack = level && level.kind !== 'ESU' ? level : null;

  const productRanges = profile.ranges;
  const productPhase = locatePhase(productRanges, date).current.phase;
  // A service-pack level runs the product's phases with its own (capped) end as the last support day.
  const ranges = servicePack ? profile.levelRanges.get(servicePack.code)! : productRanges;
  const { current, next } = locatePhase(ranges, date);
  const supportEnds = servicePack ? servicePack.end : dates.lastSupportDay;
  const selfHelpEnds = ranges.find((r) => r.phase === 'SELF_HELP_ONLY')?.end ?? null;

  const levelSupported = level ? covers(level, date) : null;
  const esu = paidEsuOn(levels, level, date, dates.lastSupportDay);
  const upgradeTo = servicePack && !levelSupported ? supportedSuccessor(levels, servicePack, date) : null;
  return new LazyPhaseAnswer(
    {
      date,
      levelCode: level?.code ?? null,
      phase: current.phase,
      phaseEnds: current.end,
      nextPhase: next?.phase ?? null,
      daysLeft: current.end === null ? null : daysBetween(date, current.end),
      generalAvailability: dates.generalAvailability,
      mainstreamEnds: dates.mainstreamEnd,
      extendedEnds: dates.extendedEnd,
      supportEnds,
      selfHelpEnds,
      selfHelpMinimum: selfHelpEnds !== null && LIFECYCLE_RULES.selfHelp.minimum,
      dateSource: dates.derived.length > 0 || servicePack?.source === 'DERIVED' ? 'DERIVED' : 'PUBLISHED',
      levelSupported,
      paidEsu: esu ? { code: esu.code, label: esu.label, ends: esu.ends, year: esu.year } : null,
    },
    { profile, date, phase: current.phase, productPhase, level, servicePack, levelSupported, upgradeTo, esu, supportEnds, selfHelpEnds },
  );
}

/** What an answer's entitlements, notes and citations are computed from, besides the answer itself. */
interface DetailInputs {
  profile: PhaseProfile;
  date: IsoDate;
  phase: SupportPhase;
  productPhase: SupportPhase;
  level: LevelSupport | null;
  servicePack: LevelSupport | null;
  levelSupported: boolean | null;
  upgradeTo: ReturnType<typeof supportedSuccessor>;
  esu: ReturnType<typeof paidEsuOn>;
  supportEnds: IsoDate | null;
  selfHelpEnds: IsoDate | null;
}

type AnswerFields = Omit<PhaseAnswer, 'entitlements' | 'notes' | 'citations'>;
type Details = Pick<PhaseAnswer, 'entitlements' | 'notes' | 'citations'>;

/**
 * A PhaseAnswer whose entitlements, notes and citations are computed when first read (then kept): they
 * are about half of an answer's work, and a spreadsheet's bulk lookup asks for none of them (issue 14).
 * They are getters on the prototype, so a spread copy (`{ ...answer }`) would not carry them: code that
 * derives an answer from another completes it in place (phaseLookup.ts), and JSON gets all fields
 * (toJSON). They may be replaced (componentAnswer adds a note).
 */
// The answer's own fields, declared once (PhaseAnswer's): the constructor assigns each of them.
interface LazyPhaseAnswer extends AnswerFields {}
class LazyPhaseAnswer implements PhaseAnswer {
  #inputs: DetailInputs;
  #details: Details | undefined;

  constructor(f: AnswerFields, inputs: DetailInputs) {
    this.date = f.date;
    this.levelCode = f.levelCode;
    this.phase = f.phase;
    this.phaseEnds = f.phaseEnds;
    this.nextPhase = f.nextPhase;
    this.daysLeft = f.daysLeft;
    this.generalAvailability = f.generalAvailability;
    this.mainstreamEnds = f.mainstreamEnds;
    this.extendedEnds = f.extendedEnds;
    this.supportEnds = f.supportEnds;
    this.selfHelpEnds = f.selfHelpEnds;
    this.selfHelpMinimum = f.selfHelpMinimum;
    this.dateSource = f.dateSource;
    this.levelSupported = f.levelSupported;
    this.paidEsu = f.paidEsu;
    this.#inputs = inputs;
  }

  get entitlements(): Entitlement[] {
    return this.#computed().entitlements;
  }
  set entitlements(v: Entitlement[]) {
    this.#computed().entitlements = v;
  }
  get notes(): string[] {
    return this.#computed().notes;
  }
  set notes(v: string[]) {
    this.#computed().notes = v;
  }
  get citations(): Citation[] {
    return this.#computed().citations;
  }
  set citations(v: Citation[]) {
    this.#computed().citations = v;
  }

  /** Every field, details included, as supportPhase answered before they were lazy. */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), entitlements: this.entitlements, notes: this.notes, citations: this.citations };
  }

  #computed(): Details {
    if (this.#details) return this.#details;
    const { profile, date, phase, productPhase, level, servicePack, levelSupported, upgradeTo, esu, supportEnds, selfHelpEnds } = this.#inputs;
    const { product, dates, traits } = profile;
    const entitlements = entitlementsFor(profile.entitlementCategory, phase, {
      levelSupported: servicePack ? levelSupported : null,
      paidEsu: esu !== null,
      esuYear: esu?.year ?? null,
      productPhase,
      upgradeTo,
      consumerDesktopOs: traits.consumerDesktopOs,
      surface: traits.surface,
    });
    const { notes, citations } = phaseNotes({
      product,
      date,
      phase,
      productPhase,
      dates,
      level,
      levelSupported,
      upgradeTo,
      esu,
      traits,
      supportEnds,
      selfHelpEnds,
    });
    return (this.#details = {
      entitlements,
      notes,
      citations: uniqueCitations([
        ...dates.citations,
        cite(LIFECYCLE_RULES.phases),
        ...(level?.citations ?? []),
        ...citations,
        ...entitlementCitations(entitlements),
      ]),
    });
  }
}

function findLevel(product: ProductRecord, levels: LevelSupport[], code: string): LevelSupport {
  const wanted = code.trim().toUpperCase();
  const level = levels.find((l) => l.code.toUpperCase() === wanted);
  if (!level) throw new UnknownLevelError(product.slug, code, levels.map((l) => l.code));
  return level;
}
