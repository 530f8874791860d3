/**
 * What a phase entitles the customer to (L-PHASES, L-MAINSTREAM, L-EXTENDED, L-HW, L-SP, L-SEC). The
 * tables are data (seed/policies/lifecycle-rules.json `entitlementTables`): software (business,
 * developer, desktop OS, consumer, multimedia), consumer hardware, Online Services. Every kind of the
 * category's table is answered in every phase, so a caller can look any kind up; a kind the phase's
 * column does not grant is NOT_AVAILABLE. SELF_HELP_ONLY grants online self-help only; PRE_RELEASE and
 * END_OF_SUPPORT grant nothing (paid ESU security updates excepted).
 *
 * `condition` qualifies the availability: what the customer needs (CONDITIONAL, PAID), a limit
 * (AVAILABLE), or why not / what would make it available (NOT_AVAILABLE).
 */
import type { Citation } from '../../kernel/citations.js';
import type { ProductCategory } from './lifecycleTypes.js';
import type { SupportPhase } from './supportPhase.js';
import { cite, entitlementTable, LIFECYCLE_RULES, phaseLengths, type RuleSource } from './lifecycleRules.js';

/** What a support phase may entitle the customer to (L-PHASES, L-HW); the GraphQL enum is made from this list. */
export const ENTITLEMENT_KINDS = [
  'DESIGN_CHANGE_REQUESTS',
  'SECURITY_UPDATES',
  'NON_SECURITY_HOTFIXES',
  'FREE_SUPPORT',
  'PAID_SUPPORT',
  'WARRANTY_CLAIMS',
  'ONLINE_SELF_HELP',
  'HARDWARE_REPAIR',
  'FIRMWARE_UPDATES',
] as const;
export type EntitlementKind = (typeof ENTITLEMENT_KINDS)[number];
/** CONDITIONAL and PAID come with a condition text. */
export const AVAILABILITIES = ['AVAILABLE', 'NOT_AVAILABLE', 'CONDITIONAL', 'PAID'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

export interface Entitlement {
  kind: EntitlementKind;
  availability: Availability;
  condition: string | null;
  citations: Citation[];
}

export interface EntitlementOptions {
  /** For a service-pack level question: is the level supported on the date; null for product questions. */
  levelSupported: boolean | null;
  /** A paid Extended Security Updates year covers the date. */
  paidEsu: boolean;
  /** Which ESU year (1, 2, 3 …), for the condition text. */
  esuYear?: number | null;
  /** The product's own phase on the date, for a level question (an unsupported level of a supported product, L-SP). */
  productPhase?: SupportPhase | null;
  /** The supported level to upgrade to, for the L-SP condition text. */
  upgradeTo?: string | null;
  /** L-EXTENDED: Extended Hotfix Support is not offered for consumer desktop-OS products. */
  consumerDesktopOs?: boolean;
  /** L-HW-SEC: Surface security updates follow the device OS. */
  surface?: boolean;
}

// The answer depends on a handful of small values only, so bulk lookups share one frozen list per
// combination instead of building seven entitlements with their citations for every row. Bounded: the
// combinations a catalogue produces number in the hundreds; anything beyond just starts over.
const memo = new Map<string, Entitlement[]>();
const MEMO_LIMIT = 5_000;

export function entitlementsFor(category: ProductCategory, phase: SupportPhase, opts: EntitlementOptions): Entitlement[] {
  const flags = (opts.levelSupported === null ? 0 : opts.levelSupported ? 1 : 2) | (opts.paidEsu ? 4 : 0) | (opts.consumerDesktopOs ? 8 : 0) | (opts.surface ? 16 : 0);
  const key = `${category}|${phase}|${opts.productPhase ?? ''}|${flags}|${opts.esuYear ?? ''}|${opts.upgradeTo ?? ''}`;
  let list = memo.get(key);
  if (!list) {
    list = Object.freeze(computeEntitlements(category, phase, opts).map((e) => Object.freeze({ ...e, citations: Object.freeze(e.citations) as Citation[] }))) as Entitlement[];
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, list);
  }
  return list;
}

const citationsOf = new WeakMap<readonly Entitlement[], readonly Citation[]>();

/** Every citation of a list from entitlementsFor, in order (computed once per shared list). */
export function entitlementCitations(list: readonly Entitlement[]): readonly Citation[] {
  let all = citationsOf.get(list);
  if (!all) citationsOf.set(list, (all = Object.freeze(list.flatMap((e) => e.citations))));
  return all;
}

function computeEntitlements(category: ProductCategory, phase: SupportPhase, opts: EntitlementOptions): Entitlement[] {
  const table = entitlementTable(category);
  // L-SP: on an unsupported level of a product still in support the customer keeps limited troubleshooting.
  const productPhase = opts.productPhase ?? null;
  const unsupportedLevel =
    opts.levelSupported === false &&
    (phase === 'SELF_HELP_ONLY' || phase === 'END_OF_SUPPORT') &&
    (productPhase === 'MAINSTREAM' || productPhase === 'EXTENDED');
  const column = unsupportedLevel ? productPhase! : phase;
  const noExtended = column === 'EXTENDED' && phaseLengths(category).extendedMonths === null;
  const rows = noExtended ? [] : (table.columns[column] ?? []);
  const missingReason = noExtended ? LIFECYCLE_RULES.extendedNotOffered : LIFECYCLE_RULES.phases;

  return table.kinds.map((kind) => {
    const row = rows.find((r) => r.kind === kind);
    let e: Entitlement = row
      ? { kind, availability: row.availability, condition: row.condition, citations: [cite(row)] }
      : entitlement(kind, 'NOT_AVAILABLE', null, missingReason);
    // L-SEC states the security-update promise for software on its own; cite it beside the phase's clause.
    if (row && kind === 'SECURITY_UPDATES' && table.id === 'SOFTWARE') e.citations.push(cite(LIFECYCLE_RULES.securityUpdates));
    if (unsupportedLevel) e = limitedTroubleshooting(e, opts.upgradeTo ?? null);
    if (kind === 'NON_SECURITY_HOTFIXES' && column === 'EXTENDED' && opts.consumerDesktopOs) {
      const why = 'Extended Hotfix Support is not offered for consumer desktop-OS products';
      e = entitlement(kind, 'NOT_AVAILABLE', why, LIFECYCLE_RULES.productTraits.consumerDesktopOs);
    }
    if (kind === 'SECURITY_UPDATES' && opts.surface && phase !== 'PRE_RELEASE') {
      e = entitlement(kind, 'CONDITIONAL', "follows the lifecycle of the device's operating system", LIFECYCLE_RULES.hardwareSurface);
    }
    if (kind === 'SECURITY_UPDATES' && opts.paidEsu) {
      const year = opts.esuYear ? ` year ${opts.esuYear}` : '';
      e = entitlement(kind, 'PAID', `Extended Security Updates${year}, purchased separately`, LIFECYCLE_RULES.paidEsu);
    }
    return e;
  });
}

function entitlement(kind: EntitlementKind, availability: Availability, condition: string | null, rule: RuleSource): Entitlement {
  return { kind, availability, condition, citations: [cite(rule)] };
}

/** L-SP: no updates, no product team, and support only as limited troubleshooting until the customer upgrades. */
function limitedTroubleshooting(e: Entitlement, upgradeTo: string | null): Entitlement {
  const upgrade = `upgrading to ${upgradeTo ?? 'a supported service-pack level'}`;
  const rule = LIFECYCLE_RULES.unsupportedLevel;
  switch (e.kind) {
    case 'SECURITY_UPDATES':
    case 'NON_SECURITY_HOTFIXES':
      return {
        ...entitlement(e.kind, 'NOT_AVAILABLE', `not built for an unsupported level; requires ${upgrade}`, rule),
        citations: e.kind === 'SECURITY_UPDATES' ? [cite(rule), cite(LIFECYCLE_RULES.securityUpdates)] : [cite(rule)],
      };
    case 'DESIGN_CHANGE_REQUESTS':
      return entitlement(e.kind, 'NOT_AVAILABLE', 'no access to the product team on an unsupported level', rule);
    case 'FREE_SUPPORT':
    case 'PAID_SUPPORT':
    case 'WARRANTY_CLAIMS':
      return e.availability === 'AVAILABLE'
        ? entitlement(e.kind, 'CONDITIONAL', `limited troubleshooting only; escalation requires ${upgrade}`, rule)
        : e;
    default:
      return e;
  }
}
