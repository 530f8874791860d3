/**
 * The lifecycle policy's rule tables (docs/domain.md §1), kept as data in seed/policies/lifecycle-rules.json so a
 * reviewer can check every number against its clause. This module only types the JSON and offers lookups;
 * the computations live in effectiveDates, servicePackSupport, entitlements, supportPhase and
 * onlineServiceNotice.
 */
import rules from '../../../seed/policies/lifecycle-rules.json' with { type: 'json' };
import { lifecycleCitation, type Citation } from '../../kernel/citations.js';
import type { ProductCategory, ServicePackFamily } from './lifecycleTypes.js';
import type { SupportPhase } from './supportPhase.js';
import type { Availability, EntitlementKind } from './entitlements.js';

/** Every rule record says where it comes from; `summary` becomes the citation's text. */
export interface RuleSource {
  document: '000_ce973374ecf40211';
  clause: string;
  summary: string;
}

export interface PhaseLengthRule extends RuleSource {
  category: ProductCategory;
  /** null: the category has no default (Online Services). */
  mainstreamMonths: number | null;
  /** null: the category has no extended phase (L-EXTENDED). */
  extendedMonths: number | null;
}

export interface ServicePackRule extends RuleSource {
  spFamily: ServicePackFamily;
  months: number;
}

export interface EntitlementRule extends RuleSource {
  kind: EntitlementKind;
  availability: Availability;
  condition: string | null;
}

export interface EntitlementTable {
  id: string;
  categories: ProductCategory[];
  /** Every kind the table answers; a kind missing from a column is NOT_AVAILABLE in that phase. */
  kinds: EntitlementKind[];
  columns: Partial<Record<SupportPhase, EntitlementRule[]>>;
}

export interface TraitRule extends RuleSource {
  categories: ProductCategory[];
  spFamilies: ServicePackFamily[];
  /** Case-insensitive regular expressions matched against the product's name and its slug read as words. */
  namePatterns: string[];
}

export interface LifecycleRules {
  phaseLengths: PhaseLengthRule[];
  phases: RuleSource;
  selfHelp: RuleSource & { months: number; minimum: boolean };
  servicePackMonths: ServicePackRule[];
  servicePackRounding: RuleSource & { quarterMonths: number[]; since: string };
  servicePackPolicy: RuleSource;
  unsupportedLevel: RuleSource;
  securityUpdates: RuleSource;
  paidEsu: RuleSource;
  downloadCenterOnly: RuleSource;
  maintenanceProgramme: RuleSource;
  extendedNotOffered: RuleSource;
  policyScope: RuleSource;
  componentFollowsParent: RuleSource;
  onlineSupport: RuleSource;
  hardwareSurface: RuleSource;
  onlineNotice: {
    disruptive: RuleSource & { months: number };
    crmOnlineDisruptive: RuleSource & { months: number };
    crmOnlineSystemRequirement: RuleSource & { months: number };
    security: RuleSource & { months: null };
    endOfService: RuleSource & { months: number };
    dataRetention: RuleSource & { days: number };
  };
  productTraits: { consumerDesktopOs: TraitRule; surface: TraitRule; downloadCenterOnly: TraitRule };
  entitlementTables: EntitlementTable[];
}

export const LIFECYCLE_RULES: LifecycleRules = rules as unknown as LifecycleRules;

const citationOf = new WeakMap<RuleSource, Citation>();

/**
 * The citation of a rule record. One frozen object per record (the rule file is constant), so a
 * 10,000-row bulk lookup shares its citations instead of building tens of thousands of copies.
 */
export function cite(rule: RuleSource): Citation {
  let c = citationOf.get(rule);
  if (!c) citationOf.set(rule, (c = Object.freeze(lifecycleCitation(rule.clause, rule.summary))));
  return c;
}

export function phaseLengths(category: ProductCategory): PhaseLengthRule {
  const rule = LIFECYCLE_RULES.phaseLengths.find((r) => r.category === category);
  if (!rule) throw new Error(`lifecycle-rules.json has no phase lengths for category ${category}`);
  return rule;
}

export function servicePackMonths(family: ServicePackFamily): ServicePackRule {
  const rule = LIFECYCLE_RULES.servicePackMonths.find((r) => r.spFamily === family);
  if (!rule) throw new Error(`lifecycle-rules.json has no service-pack months for family ${family}`);
  return rule;
}

export function entitlementTable(category: ProductCategory): EntitlementTable {
  const table = LIFECYCLE_RULES.entitlementTables.find((t) => t.categories.includes(category));
  if (!table) throw new Error(`lifecycle-rules.json has no entitlement table for category ${category}`);
  return table;
}

/** One citation per clause (the first text wins), in first-seen order: answers list each clause once. */
export function uniqueCitations(citations: Citation[]): Citation[] {
  // An answer has a dozen citations or so: comparing with those kept beats building a key per citation.
  const out: Citation[] = [];
  for (const c of citations) {
    if (!out.some((k) => k === c || (k.clause === c.clause && k.document === c.document))) out.push(c);
  }
  return out;
}
