/**
 * The name corpus (test/fixtures/name-corpus.json): names as procurement sheets and inventory exports
 * write them, each with the product it must resolve to (or AMBIGUOUS / NOT_FOUND / LEVEL_NOT_FOUND).
 * Prints the rate and fails below 97 % right, or on any name resolved to a wrong product — a wrong
 * answer is worse than no answer.
 */
import { readFileSync } from 'node:fs';
import type { ProductRecord } from '../policy/lifecycleTypes.js';
import { Catalogue } from './catalogue.js';
import type { Resolution } from './catalogue.js';

interface CorpusName {
  name: string;
  /** A product slug, or AMBIGUOUS / NOT_FOUND / LEVEL_NOT_FOUND. */
  expect: string;
  /** For a slug: the level the name identifies (checked only when given). For AMBIGUOUS: candidates that must be listed. */
  level?: string;
  candidates?: string[];
  style: string;
}

const seed = JSON.parse(readFileSync(new URL('../../../seed/lifecycle/catalogue.json', import.meta.url), 'utf8')) as { products: ProductRecord[] };
const corpus = JSON.parse(readFileSync(new URL('../../../test/fixtures/name-corpus.json', import.meta.url), 'utf8')) as { names: CorpusName[] };
const catalogue = new Catalogue(seed.products);

type Verdict = 'right' | 'wrong' | 'unresolved';
const FAILURES = new Set(['AMBIGUOUS', 'NOT_FOUND', 'LEVEL_NOT_FOUND']);

function verdict(c: CorpusName, r: Resolution): Verdict {
  if (!FAILURES.has(c.expect)) {
    if (!r.ok) return 'unresolved';
    return r.product.slug === c.expect && (c.level === undefined || r.levelCode === c.level) ? 'right' : 'wrong';
  }
  if (r.ok) return 'wrong';
  const code = c.expect === 'AMBIGUOUS' ? 'PRODUCT_AMBIGUOUS' : c.expect === 'NOT_FOUND' ? 'PRODUCT_NOT_FOUND' : 'LEVEL_NOT_FOUND';
  if (r.code !== code) return 'unresolved';
  return (c.candidates ?? []).every((name) => r.candidates.includes(name)) ? 'right' : 'unresolved';
}

const shown = (r: Resolution): string =>
  r.ok ? `${r.product.slug}${r.levelCode ? ` ${r.levelCode}` : ''}` : `${r.code} [${r.candidates.slice(0, 3).join('; ')}]`;

describe('the name corpus (test/fixtures/name-corpus.json)', () => {
  const results = corpus.names.map((c) => ({ c, r: catalogue.resolve(c.name) })).map(({ c, r }) => ({ c, r, v: verdict(c, r) }));
  const count = (v: Verdict) => results.filter((x) => x.v === v).length;
  const rate = (100 * count('right')) / results.length;

  afterAll(() => {
    const misses = results.filter((x) => x.v !== 'right').map((x) => `  ${x.v.padEnd(10)} ${x.c.style.padEnd(12)} "${x.c.name}" → ${shown(x.r)} (expected ${x.c.expect}${x.c.level ? ` ${x.c.level}` : ''})`);
    // eslint-disable-next-line no-console
    console.log(`Name corpus: ${count('right')} of ${results.length} names resolved right (${rate.toFixed(1)} %), ${count('wrong')} to a wrong product, ${count('unresolved')} unresolved\n${misses.join('\n')}`);
  });

  it('has at least 300 names', () => {
    expect(results.length).toBeGreaterThanOrEqual(300);
  });

  it('resolves no name to a wrong product', () => {
    expect(results.filter((x) => x.v === 'wrong').map((x) => `${x.c.name} → ${shown(x.r)}`)).toEqual([]);
  });

  it('resolves at least 97 % of the names right', () => {
    expect(rate).toBeGreaterThanOrEqual(97);
  });
});
