/**
 * The products a component runs on and follows (docs/domain.md §1 "Components follow their parent"):
 * from seed/lifecycle/component-parents.json (Internet Explorer, .NET Framework, Windows PowerShell …,
 * each with its source), and from the component's own words — "Windows Server Update Services for
 * Windows Server 2016" follows Windows Server 2016, the IIS level "IIS 10 on Windows Server 2019" follows
 * Windows Server 2019. Parent names are catalogue names, matched exactly.
 */
import data from '../../../seed/lifecycle/component-parents.json' with { type: 'json' };
import type { IsoDate } from '../../kernel/dates.js';
import type { ProductRecord } from '../policy/lifecycleTypes.js';

export interface ParentLink {
  parent: ProductRecord;
  /** The last day Microsoft supported the component there, when that is before the parent's end. */
  until: IsoDate | null;
  /** The component's level that is its release on this parent (an IIS version), if any. */
  levelCode: string | null;
}

interface ComponentEntry {
  product: string;
  parents: { product: string; until?: IsoDate }[];
  sources: string[];
}

export const COMPONENT_PARENTS: readonly ComponentEntry[] = (data as { components: ComponentEntry[] }).components;
const byName = new Map(COMPONENT_PARENTS.map((c) => [c.product.toLowerCase(), c]));

/** "… for Windows Server 2016", "… on Windows 8.1": the parent a name or level label says it runs on. */
const RUNS_ON = /\b(?:for|on) (Windows [^()]+?)\s*$/i;

/**
 * The parents of `component`. `named` finds the products a name names exactly (Catalogue.named); a name
 * that names no product, or several, is left out.
 */
export function parentLinks(component: ProductRecord, named: (name: string) => readonly ProductRecord[]): ParentLink[] {
  const one = (name: string): ProductRecord | null => {
    const found = named(name);
    return found.length === 1 && found[0] !== component ? found[0]! : null;
  };
  const links: ParentLink[] = [];
  const add = (parent: ProductRecord | null, until: IsoDate | null, levelCode: string | null) => {
    if (parent && !links.some((l) => l.parent === parent && l.levelCode === levelCode)) links.push({ parent, until, levelCode });
  };
  for (const p of byName.get(component.name.toLowerCase())?.parents ?? []) add(one(p.product), p.until ?? null, null);
  const own = RUNS_ON.exec(component.name);
  if (own) add(one(own[1]!), null, null);
  for (const level of component.levels) {
    const on = RUNS_ON.exec(level.label);
    if (on) add(one(on[1]!), null, level.code);
  }
  return links;
}
