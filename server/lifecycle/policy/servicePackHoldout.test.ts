/**
 * Holdout of the derived service-pack ends (L-SP, L-SP-TABLE) against Microsoft's published ones: for
 * every RTM or service-pack level of the seed catalogue that has a published end and a later service
 * pack, remove that end, derive it, and compare. Prints the exact-match rate and fails below 79 %
 * (the 12/24-month rule alone matched 67.1 % of these 322 levels). Also printed: the same with the
 * "Update N" levels of Visual Studio / TFS counted as successors.
 */
import { readFileSync } from 'node:fs';
import type { LevelRecord, ProductRecord } from './lifecycleTypes.js';
import { levelSupports } from './servicePackSupport.js';

const seed = JSON.parse(readFileSync(new URL('../../../seed/lifecycle/catalogue.json', import.meta.url), 'utf8')) as { products: ProductRecord[] };

const isUpdate = (l: LevelRecord) => l.kind === 'VERSION' && /^UPDATE\d/.test(l.code);

interface Held {
  product: ProductRecord;
  level: LevelRecord;
  derived: ReturnType<typeof levelSupports>[number];
}

function holdout(later: (l: LevelRecord) => boolean, own: (l: LevelRecord) => boolean): Held[] {
  return seed.products.flatMap((product) => product.levels
    .filter((level) => level.end !== null && own(level) && product.levels.some((x) => x.ordinal > level.ordinal && later(x)))
    .map((level) => {
      const withoutEnd = { ...product, levels: product.levels.map((x) => (x === level ? { ...x, end: null } : x)) };
      return { product, level, derived: levelSupports(withoutEnd).find((x) => x.code === level.code)! };
    }));
}

const rate = (held: Held[]) => (100 * held.filter((h) => h.derived.end === h.level.end).length) / held.length;

describe('derived service-pack ends against Microsoft\'s published ones (holdout)', () => {
  const servicePacks = holdout((x) => x.kind === 'SERVICE_PACK', (l) => l.kind === 'RTM' || l.kind === 'SERVICE_PACK');
  const withUpdates = holdout((x) => x.kind === 'SERVICE_PACK' || isUpdate(x), (l) => l.kind === 'RTM' || l.kind === 'SERVICE_PACK' || isUpdate(l));

  afterAll(() => {
    const right = (held: Held[]) => held.filter((h) => h.derived.end === h.level.end).length;
    // eslint-disable-next-line no-console
    console.log(`Service-pack holdout: ${right(servicePacks)} of ${servicePacks.length} derived ends equal the published ones (${rate(servicePacks).toFixed(1)} %); `
      + `with Visual Studio / TFS updates as levels too: ${right(withUpdates)} of ${withUpdates.length} (${rate(withUpdates).toFixed(1)} %)`);
  });

  it('holds out the 322 RTM and service-pack levels that have a later service pack', () => {
    expect(servicePacks).toHaveLength(322);
  });

  it('derives at least 79 % of them exactly', () => {
    expect(rate(servicePacks)).toBeGreaterThanOrEqual(79);
  });

  it('flags every held-out end DERIVED', () => {
    expect(withUpdates.filter((h) => h.derived.source !== 'DERIVED').map((h) => `${h.product.slug} ${h.level.code}`)).toEqual([]);
  });
});

describe('a level never claims a published end it does not have', () => {
  it('a level without any end date is DERIVED, never PUBLISHED', () => {
    const open = seed.products.flatMap((p) => levelSupports(p).filter((l) => l.end === null).map((l) => [p.slug, l.code, l.source]));
    expect(open.length).toBeGreaterThan(0);
    expect(open.filter(([, , source]) => source === 'PUBLISHED')).toEqual([]);
  });
});
