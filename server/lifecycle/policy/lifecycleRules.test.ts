import { LIFECYCLE_RULES, entitlementTable, phaseLengths, servicePackMonths, uniqueCitations, type RuleSource } from './lifecycleRules.js';
import type { ProductCategory, ServicePackFamily } from './lifecycleTypes.js';
import { lifecycleCitation } from '../../kernel/citations.js';

const CATEGORIES: ProductCategory[] = ['BUSINESS', 'DEVELOPER', 'DESKTOP_OS', 'CONSUMER', 'MULTIMEDIA', 'CONSUMER_HARDWARE', 'ONLINE_SERVICE'];
const FAMILIES: ServicePackFamily[] = ['WINDOWS', 'DYNAMICS', 'OFFICE', 'SERVER', 'DEVELOPER_TOOLS', 'CONSUMER'];

/** Every object in the rule file that has a clause, however deeply nested. */
function records(x: unknown): RuleSource[] {
  if (Array.isArray(x)) return x.flatMap(records);
  if (x && typeof x === 'object') {
    const own = 'clause' in x ? [x as RuleSource] : [];
    return [...own, ...Object.values(x).flatMap(records)];
  }
  return [];
}

describe('lifecycle-rules.json', () => {
  it('cites the lifecycle policy document and an L- clause with a summary in every record', () => {
    const all = records(LIFECYCLE_RULES);
    expect(all.length).toBeGreaterThan(40);
    for (const r of all) {
      expect(r.document).toBe('000_ce973374ecf40211');
      expect(r.clause).toMatch(/^L-[A-Z-]+$/);
      expect(r.summary.length).toBeGreaterThan(20);
    }
  });

  it('has phase lengths and an entitlement table for every category', () => {
    for (const c of CATEGORIES) {
      expect(() => phaseLengths(c)).not.toThrow();
      expect(entitlementTable(c).kinds.length).toBeGreaterThan(0);
    }
  });

  it('gives 5 + 5 years to business, developer and desktop OS, 5 to consumer and multimedia, 4 to hardware (L-POLICY)', () => {
    for (const c of ['BUSINESS', 'DEVELOPER', 'DESKTOP_OS'] as const) {
      expect(phaseLengths(c)).toMatchObject({ mainstreamMonths: 60, extendedMonths: 60 });
    }
    expect(phaseLengths('CONSUMER')).toMatchObject({ mainstreamMonths: 60, extendedMonths: null });
    expect(phaseLengths('MULTIMEDIA')).toMatchObject({ mainstreamMonths: 60, extendedMonths: null });
    expect(phaseLengths('CONSUMER_HARDWARE')).toMatchObject({ mainstreamMonths: 48, extendedMonths: null });
  });

  it('gives Windows and Dynamics 24 service-pack months and the other families 12 (L-SP-TABLE)', () => {
    expect(FAMILIES.map((f) => servicePackMonths(f).months)).toEqual([24, 24, 12, 12, 12, 12]);
  });

  it('keeps online self-help 12 months, a minimum', () => {
    expect(LIFECYCLE_RULES.selfHelp).toMatchObject({ months: 12, minimum: true, clause: 'L-SELFHELP' });
  });

  it('only lists entitlement kinds a table declares', () => {
    for (const t of LIFECYCLE_RULES.entitlementTables) {
      for (const rows of Object.values(t.columns)) for (const r of rows ?? []) expect(t.kinds).toContain(r.kind);
    }
  });
});

describe('uniqueCitations', () => {
  it('keeps the first citation of each clause in order', () => {
    const a = lifecycleCitation('L-SP', 'first');
    const b = lifecycleCitation('L-SEC', 'sec');
    expect(uniqueCitations([a, b, lifecycleCitation('L-SP', 'second')])).toEqual([a, b]);
  });
});
