/**
 * docs/domain.md §4: scope and lifecycle meet in a platform. "Windows 7" is in the contract's scope (T-§6) but past
 * Microsoft's end of support: a scope answer says both. The platform (with its version, when given) is
 * looked up in the lifecycle catalogue like supportPhase's names; a platform that is no catalogue product
 * has no lifecycle line.
 */
import type { IsoDate } from '../kernel/dates.js';
import type { Catalogue } from '../lifecycle/catalogue/catalogue.js';
import { isFailure, lookupPhase } from '../lifecycle/catalogue/phaseLookup.js';

const PHASE_WORDS: Record<string, string> = {
  PRE_RELEASE: 'not yet released',
  MAINSTREAM: 'in mainstream support',
  EXTENDED: 'in extended support',
  SELF_HELP_ONLY: 'past Microsoft’s end of support (online self-help only)',
  END_OF_SUPPORT: 'past Microsoft’s end of support',
  FOLLOWS_PARENT: 'a component supported as long as the product it is installed on',
};

export function platformLifecycle(catalogue: Catalogue, platform: string, version: string | null, today: IsoDate): string[] {
  const names = version ? [`${platform} ${version}`, platform] : [platform];
  for (const name of names) {
    const r = lookupPhase(catalogue, name, today);
    if (isFailure(r)) continue;
    const ends = r.supportEnds ? ` (Microsoft support ${r.supportEnds < today ? 'ended' : 'ends'} ${r.supportEnds})` : '';
    return [`${r.product.name} is ${PHASE_WORDS[r.phase]} on ${today}${ends}: ${r.citations[0]?.clause ?? 'L-POLICY'}.`];
  }
  return [];
}
