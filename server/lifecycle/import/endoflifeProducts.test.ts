import { readFileSync } from 'node:fs';
import { EOL_PRODUCTS } from './endoflifeProducts.js';

interface MetaProduct { product: string; columns: { eoasColumn?: boolean; eolColumn?: string; eoesColumn?: string } }
const meta = JSON.parse(readFileSync(new URL('../../../seed/lifecycle/endoflife-microsoft-2026-08.meta.json', import.meta.url), 'utf8')) as { products: MetaProduct[] };
const cycles = JSON.parse(readFileSync(new URL('../../../seed/lifecycle/endoflife-microsoft-2026-08.json', import.meta.url), 'utf8')) as { product: string; eoes: string | null; mainstreamEnd: string | null }[];

describe('endoflife.date column decisions agree with the meta file', () => {
  it('every product in the meta file has a rule, and no rule is for a product it does not list', () => {
    expect(Object.keys(EOL_PRODUCTS).sort()).toEqual(meta.products.map((p) => p.product).sort());
  });
  it('two phases exactly where the source has a mainstream (eoas) column', () => {
    for (const p of meta.products) expect([p.product, EOL_PRODUCTS[p.product]!.phases]).toEqual([p.product, p.columns.eoasColumn ? 'FIXED' : 'SINGLE']);
  });
  it('every product with eoes values reads them as a paid level', () => {
    const withEoes = new Set(cycles.filter((c) => c.eoes).map((c) => c.product));
    for (const product of withEoes) expect([product, EOL_PRODUCTS[product]!.eoes]).toEqual([product, expect.objectContaining({ code: expect.any(String) })]);
    for (const p of meta.products.filter((m) => m.columns.eoesColumn)) expect(EOL_PRODUCTS[p.product]!.eoes).toBeDefined();
  });
  it('the cycles without a mainstream date are all in single-phase products or have no end at all', () => {
    const noMainstream = cycles.filter((c) => !c.mainstreamEnd);
    expect(noMainstream).toHaveLength(196);
    const twoPhase = noMainstream.filter((c) => EOL_PRODUCTS[c.product]!.phases === 'FIXED').map((c) => c.product);
    expect(new Set(twoPhase)).toEqual(new Set(['azure-devops-server', 'msexchange', 'sharepoint']));
  });
});
