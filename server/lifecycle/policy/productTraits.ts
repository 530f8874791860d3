/**
 * Traits the policy text singles out but the catalogue has no column for. They are recognised from the
 * category, the service-pack family and the product's name/slug, with the patterns kept in
 * seed/policies/lifecycle-rules.json (`productTraits`):
 * - consumer desktop OS (L-EXTENDED: no Extended Hotfix Support agreement): a DESKTOP_OS product whose
 *   service-pack family is CONSUMER or whose name says Home, Media Center or Starter. Microsoft lists
 *   Windows 7, XP … as one product for every edition, so those count as business desktop OSes; the
 *   answer for any DESKTOP_OS product in extended support also notes the consumer exception.
 * - Surface (L-HW-SEC): consumer hardware named "Surface …".
 * - Download Center only (L-SEC): Office 2000.
 */
import type { ProductRecord } from './lifecycleTypes.js';
import { LIFECYCLE_RULES, type TraitRule } from './lifecycleRules.js';

export interface ProductTraits {
  consumerDesktopOs: boolean;
  surface: boolean;
  downloadCenterOnly: boolean;
}

export function productTraits(product: ProductRecord): ProductTraits {
  const t = LIFECYCLE_RULES.productTraits;
  return {
    consumerDesktopOs: matches(t.consumerDesktopOs, product),
    surface: matches(t.surface, product),
    downloadCenterOnly: matches(t.downloadCenterOnly, product),
  };
}

const compiled = new WeakMap<TraitRule, RegExp[]>();

/** The rule's name patterns, compiled once (the rule file is constant). */
function patterns(rule: TraitRule): RegExp[] {
  let list = compiled.get(rule);
  if (!list) compiled.set(rule, (list = rule.namePatterns.map((p) => new RegExp(p, 'i'))));
  return list;
}

/** Category (when the rule lists any) must match; then the family or one name pattern decides. */
function matches(rule: TraitRule, product: ProductRecord): boolean {
  if (rule.categories.length > 0 && !rule.categories.includes(product.category)) return false;
  if (rule.spFamilies.includes(product.spFamily)) return true;
  const texts = [product.name, product.slug.replace(/[-_:]+/g, ' ')];
  return patterns(rule).some((p) => texts.some((text) => p.test(text)));
}
