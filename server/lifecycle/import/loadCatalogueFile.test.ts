import { readFileSync } from 'node:fs';
import { buildSeedCatalogue, CATALOGUE_FORMAT, convertAny, detectFormat, isProductRecord } from './loadCatalogueFile.js';

const seed = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../../seed/lifecycle/${file}`, import.meta.url), 'utf8'));
const ms = seed('microsoft-lifecycle-2023-01.json');
const eol = seed('endoflife-microsoft-2026-08.json');
const facts = seed('product-facts.json');
const esuYears = seed('esu-years.json');
const catalogueFile = seed('catalogue.json') as { format: string; generatedAt: string; products: unknown[]; skipped: unknown[]; sources: { file: string; licence: string }[] };

describe('reading any lifecycle file', () => {
  it('detects each format from its shape', () => {
    expect(convertAny(ms, 'm.json')).toMatchObject({ format: 'microsoft', skipped: [] });
    expect(convertAny(eol, 'e.json').format).toBe('endoflife');
    expect(convertAny(facts, 'f.json').format).toBe('facts');
    expect(convertAny(catalogueFile, 'catalogue.json')).toMatchObject({ format: 'catalogue', skipped: [] });
    expect(convertAny(catalogueFile, 'catalogue.json').products).toHaveLength(catalogueFile.products.length);
  });

  it('throws a clear error naming the file for anything else', () => {
    for (const raw of [null, 42, 'text', [], {}, [{ name: 'x' }], { rows: [] }]) {
      expect(detectFormat(raw)).toBeNull();
      expect(() => convertAny(raw, 'upload.json')).toThrow(/^upload\.json: unrecognised lifecycle file/);
    }
  });

  it('reports catalogue rows that are not valid products instead of importing them', () => {
    const good = catalogueFile.products[0];
    const result = convertAny({ format: CATALOGUE_FORMAT, products: [good, { slug: 'bad', name: 'Bad', generalAvailability: '2020-13-01' }, 7] }, 'c.json');
    expect(result.products).toHaveLength(1);
    expect(result.skipped).toEqual([{ id: 'bad', reason: 'not a valid catalogue product' }, { id: '(unnamed row)', reason: 'not a valid catalogue product' }]);
    expect(isProductRecord({ ...(good as object), levels: [{ code: 'SP1', start: 'x', end: null }] })).toBe(false);
  });
});

describe('the committed seed catalogue', () => {
  const built = buildSeedCatalogue(ms, eol, facts, esuYears);

  it('is exactly what the committed sources build (no drift: rerun scripts/buildLifecycleSeed.ts)', () => {
    expect(catalogueFile.format).toBe(CATALOGUE_FORMAT);
    expect(catalogueFile.products).toEqual(built.products);
    expect(catalogueFile.skipped).toEqual(built.skipped);
  });

  it('is dated by its newest source, not by the clock, and names each source\'s licence', () => {
    expect(catalogueFile.generatedAt).toBe('2026-08-22');
    expect(catalogueFile.sources.map((s) => [s.file, s.licence.split(' ')[0]])).toEqual([
      ['microsoft-lifecycle-2023-01.json', 'CC'], ['endoflife-microsoft-2026-08.json', 'MIT'],
      ['endoflife-microsoft-2026-08.meta.json', 'MIT'], ['product-facts.json', 'CC'], ['esu-years.json', 'CC'],
    ]);
  });

  it('holds 702 Microsoft, 180 endoflife.date and 6 product-facts products (the 27 Server Core and Nano Server rows folded)', () => {
    const count = (source: string) => built.products.filter((p) => p.source === source).length;
    expect([count('MICROSOFT_LIFECYCLE'), count('ENDOFLIFE_DATE'), count('PRODUCT_FACTS')]).toEqual([702, 180, 6]);
    expect(built.skipped.filter((s) => s.reason.startsWith('folded into '))).toHaveLength(27);
    expect(built.products.every(isProductRecord)).toBe(true);
  });

  it('keeps the confidence notes of the facts it uses, and of the ESU years it applies', () => {
    expect(built.notes.map((n) => n.slug).sort()).toEqual(['eol-windows-10-22h2', 'office-2000', 'sql-server-2014', 'windows-live-mail', 'windows-nt-40-embedded', 'windows-nt-40-server', 'windows-nt-40-workstation']);
    expect(built.notes.find((n) => n.slug === 'sql-server-2014')!.note).toMatch(/^ESU years ESU1 2024-07-10 – 2025-07-08, .*: confidence medium/);
  });

  it('splits an ESU range over several paid years into its years where they are known, and keeps the others as one range', () => {
    const levels = (slug: string) => built.products.find((p) => p.slug === slug)!.levels.filter((l) => l.kind === 'ESU').map((l) => [l.code, l.start, l.end]);
    expect(levels('eol-windows-10-22h2')).toEqual([['ESU1', '2025-10-15', '2026-10-13'], ['ESU2', '2026-10-14', '2027-10-12'], ['ESU3', '2027-10-13', '2028-10-10']]);
    expect(levels('sql-server-2014')).toEqual([['ESU1', '2024-07-10', '2025-07-08'], ['ESU2', '2025-07-09', '2026-07-14'], ['ESU3', '2026-07-15', '2027-07-12']]);
    // Boundaries not published (the last day is no Patch Tuesday): one range.
    expect(levels('windows-server-2016')).toEqual([['ESU', '2027-01-13', '2030-01-12']]);
    expect(buildSeedCatalogue(ms, eol, facts).products.find((p) => p.slug === 'sql-server-2014')!.levels.filter((l) => l.kind === 'ESU')).toHaveLength(1);
  });
});
