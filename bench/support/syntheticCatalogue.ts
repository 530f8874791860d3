/**
 * A catalogue grown to any size: the real seed products plus synthetic ones, each a copy of a random real
 * product (same policy, category, service-pack family and levels) under a new, unique name
 * ("Fabrikam Ledger Server 2031"), with its dates moved by a few whole years. Names are built from word
 * lists that share no word with Microsoft product names, so every real name still resolves as before.
 */
import { addMonths, type IsoDate } from '../../server/kernel/dates.js';
import type { ProductRecord } from '../../server/lifecycle/policy/lifecycleTypes.js';
import { pick, rng } from './rng.js';

const BRANDS = ['Fabrikam', 'Northwind', 'Tailspin', 'Woodgrove', 'Litware', 'Adatum', 'Proseware', 'Wingtip', 'Lucerne', 'Humongous',
  'Trey', 'Coho', 'Alpine', 'Bellows', 'Blue Yonder', 'Consolidated', 'Graphic', 'Margie', 'Nod', 'Southridge'];
const LINES = ['Ledger', 'Harbor', 'Quill', 'Beacon', 'Cinder', 'Lattice', 'Meridian', 'Orchard', 'Pylon', 'Quarry',
  'Rivet', 'Sextant', 'Tundra', 'Umbra', 'Vellum', 'Wicket', 'Yarrow', 'Zephyr', 'Anvil', 'Bramble',
  'Cobalt', 'Dovetail', 'Ember', 'Fathom', 'Gantry', 'Hollow', 'Inkwell', 'Juniper', 'Kestrel', 'Lantern',
  'Mosaic', 'Nimbus', 'Oxbow', 'Pebble', 'Quiver', 'Rampart', 'Sorrel', 'Thicket', 'Upland', 'Vesper'];
const KINDS = ['Server', 'Studio', 'Suite', 'Gateway', 'Agent'];
const VERSIONS = Array.from({ length: 25 }, (_, i) => String(2001 + i));

/** The synthetic name of number `i` (0 … 100,000 − 1 are all different). */
export function syntheticName(i: number): string {
  const v = i % VERSIONS.length;
  const k = Math.floor(i / VERSIONS.length) % KINDS.length;
  const l = Math.floor(i / (VERSIONS.length * KINDS.length)) % LINES.length;
  const b = Math.floor(i / (VERSIONS.length * KINDS.length * LINES.length));
  if (b >= BRANDS.length) throw new Error(`only ${BRANDS.length * LINES.length * KINDS.length * VERSIONS.length} synthetic names`);
  return `${BRANDS[b]} ${LINES[l]} ${KINDS[k]} ${VERSIONS[v]}`;
}

const shift = (d: IsoDate | null, years: number): IsoDate | null => (d === null ? null : addMonths(d, 12 * years));

/** The seed products, then synthetic copies until there are `total` products. */
export function growCatalogue(seed: readonly ProductRecord[], total: number, randomSeed = 4): ProductRecord[] {
  const next = rng(randomSeed);
  const out = seed.slice(0, total);
  for (let i = 0; out.length < total; i++) {
    const model = pick(next, seed);
    const years = Math.floor(next() * 11) - 5;
    const name = syntheticName(i);
    out.push({
      ...model,
      slug: `synthetic-${i}`,
      name,
      aliases: [],
      generalAvailability: shift(model.generalAvailability, years),
      mainstreamEnd: shift(model.mainstreamEnd, years),
      extendedEnd: shift(model.extendedEnd, years),
      retirement: shift(model.retirement, years),
      levels: model.levels.map((l) => ({ ...l, start: shift(l.start, years), end: shift(l.end, years) })),
    });
  }
  return out;
}

export const levelCount = (products: readonly ProductRecord[]): number => products.reduce((n, p) => n + p.levels.length, 0);
