/**
 * The (product, date) pairs a spreadsheet asks about: drawn from the whole catalogue, in the forms people
 * type them — the name, the name in lower case, an alias, the name with a level ("Windows 7 SP1") or the
 * level in its own column — on dates spread over 2000–2030. Only forms the catalogue resolves to that
 * very product (and level) are used, so every lookup is a hit: the benchmarks measure indexed look-ups,
 * not the fuzzy suggestions of a miss.
 */
import type { Catalogue } from '../../server/lifecycle/catalogue/catalogue.js';
import { addDays, type IsoDate } from '../../server/kernel/dates.js';
import type { ProductRecord } from '../../server/lifecycle/policy/lifecycleTypes.js';
import { pick, rng } from './rng.js';

export interface Lookup {
  product: string;
  date: IsoDate;
  level?: string;
}

type Form = Omit<Lookup, 'date'>;

const FIRST_DAY = '2000-01-01';
const DAYS = 11_323; // 2000-01-01 … 2030-12-31

/** The typed forms of one product that resolve to it (and to the level they name). */
export function formsOf(catalogue: Catalogue, p: ProductRecord): Form[] {
  const candidates: (Form & { levelCode: string | null })[] = [
    { product: p.name, levelCode: null },
    { product: p.name.toLowerCase(), levelCode: null },
    ...p.aliases.slice(0, 2).map((a) => ({ product: a, levelCode: null })),
  ];
  for (const l of p.levels.filter((l) => l.kind !== 'RTM').slice(0, 3)) {
    candidates.push({ product: `${p.name} ${l.code}`, levelCode: l.code });
    candidates.push({ product: p.name, level: l.code, levelCode: null });
  }
  return candidates
    .filter((c) => {
      const r = catalogue.resolve(c.product);
      return r.ok && r.product === p && (c.levelCode === null || r.levelCode === c.levelCode);
    })
    .map(({ product, level }) => (level ? { product, level } : { product }));
}

/** `count` lookups over the products of the catalogue (products without a resolving form are skipped). */
export function phaseWorkload(catalogue: Catalogue, count: number, seed = 6): Lookup[] {
  const next = rng(seed);
  const memo = new Map<ProductRecord, Form[]>();
  const out: Lookup[] = [];
  for (let misses = 0; out.length < count; ) {
    const p = pick(next, catalogue.products);
    let forms = memo.get(p);
    if (!forms) memo.set(p, (forms = formsOf(catalogue, p)));
    if (forms.length === 0) {
      if (++misses > 100 * count) throw new Error('no product of the catalogue resolves by name');
      continue;
    }
    out.push({ ...pick(next, forms), date: addDays(FIRST_DAY, Math.floor(next() * DAYS)) });
  }
  return out;
}

/** Splits lookups into request-sized batches. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
