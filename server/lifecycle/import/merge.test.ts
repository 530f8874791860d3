import { readFileSync } from 'node:fs';
import type { ProductRecord } from '../policy/lifecycleTypes.js';
import { convertEndoflife } from './convertEndoflife.js';
import { convertMicrosoft } from './convertMicrosoft.js';
import { mergeCatalogue } from './merge.js';
import { convertFacts } from './productFacts.js';

const seed = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../../seed/lifecycle/${file}`, import.meta.url), 'utf8'));
const ms = convertMicrosoft(seed('microsoft-lifecycle-2023-01.json')).products;
const eol = convertEndoflife(seed('endoflife-microsoft-2026-08.json')).products;
const facts = convertFacts(seed('product-facts.json')).products;
const { products, skipped } = mergeCatalogue(ms, eol, facts);
const reason = (id: string) => skipped.find((s) => s.id === id)?.reason;
const product = (slug: string): ProductRecord | undefined => products.find((p) => p.slug === slug);

describe('merging the three sources', () => {
  it('drops endoflife.date rows Microsoft covers, naming the Microsoft product', () => {
    expect(reason('eol-windows-7-sp1')).toBe('covered by Microsoft data (windows-7)');
    expect(reason('eol-office-2013')).toBe('covered by Microsoft data (microsoft-office-2013)');
    expect(reason('eol-mssqlserver-13-0-sp2')).toBe('covered by Microsoft data (sql-server-2016)');
    expect(reason('eol-windows-10-21h2-e')).toBe('covered by Microsoft data (windows-10-enterprise-and-education)');
    expect(reason('eol-windows-10-1809-e-lts')).toBe('covered by Microsoft data (windows-10-enterprise-ltsc-2019)');
    expect(reason('eol-dotnet-6')).toBe('covered by Microsoft data (microsoft-net-and-net-core)');
    expect(reason('eol-visual-studio-10-0')).toBe('covered by Microsoft data (visual-studio-2010)');
    expect(product('eol-windows-7-sp1')).toBeUndefined();
  });

  it('keeps what is newer than Microsoft\'s 2023-01 data', () => {
    for (const slug of ['eol-windows-11-24h2-e', 'eol-windows-server-2025', 'eol-office-2024', 'eol-mssqlserver-17-0', 'eol-windows-10-22h2']) {
      expect([slug, product(slug)?.source]).toEqual([slug, 'ENDOFLIFE_DATE']);
    }
  });

  it('keeps a release with another name even when its dates equal a Microsoft product\'s', () => {
    expect(product('eol-mssqlserver-13-0-sp3-acp')).toBeDefined();
  });

  it('folds Server Core and Nano Server into the Windows Server releases they are installation options of', () => {
    expect(products.filter((p) => /^eol-windows-(server-core|nano-server)-/.test(p.slug))).toEqual([]);
    expect(product('windows-server-2019')!.aliases).toEqual(expect.arrayContaining(['Windows Server Core 2019', 'Nano Server 2019']));
    expect(product('windows-server-2008-r2')!.aliases).toContain('Windows Server Core 2008 R2');
    expect(product('eol-windows-server-2025')!.aliases).toContain('Windows Server Core 2025');
    // 1607 is Windows Server 2016; Nano Server 1607 is Microsoft's own Nano Server installation option (its own lifecycle).
    expect(product('windows-server-2016')!.aliases).toContain('Windows Server Core 1607');
    expect(product('windows-server-2016-nano-server-installation-option')!.aliases).toContain('Nano Server 1607');
    // A channel release is a level of Windows Server, not an alias.
    expect(product('windows-server')!.aliases.some((a) => /Core|Nano/.test(a))).toBe(false);
    expect(skipped).toEqual(expect.arrayContaining([
      { id: 'eol-windows-nano-server-1709', reason: 'folded into windows-server: an installation option of that release, not a product (its version is the level 1709)' },
      { id: 'eol-windows-server-core-2016', reason: 'folded into windows-server-2016: an installation option of that release, not a product (its name is an alias)' },
    ]));
  });

  it('keeps a paid-ESU end Microsoft\'s 2023 data lacks, as level ESU of the Microsoft product', () => {
    expect(reason('eol-msexchange-2016')).toBe('covered by Microsoft data (exchange-server-2016); its paid ESU end 2026-11-01 is kept as level ESU of exchange-server-2016');
    expect(product('exchange-server-2016')!.levels.at(-1)).toEqual({ code: 'ESU', label: 'Extended Security Updates (endoflife.date)', kind: 'ESU', ordinal: 1, start: '2025-10-15', end: '2026-11-01' });
    // Windows Server 2012's ESU years are already in Microsoft's data up to the same day: nothing added.
    expect(reason('eol-windows-server-2012')).toBe('covered by Microsoft data (windows-server-2012)');
    expect(product('windows-server-2012')!.levels.map((l) => l.code)).toEqual(['RTM', 'ESU1', 'ESU2', 'ESU3']);
  });

  it('adds only the facts neither source has', () => {
    expect(products.filter((p) => p.source === 'PRODUCT_FACTS').map((p) => p.slug).sort())
      .toEqual(['dynamics-crm-online', 'office-2000', 'windows-live-mail', 'windows-nt-40-embedded', 'windows-nt-40-server', 'windows-nt-40-workstation']);
    expect(reason('windows-7')).toBe('covered by Microsoft data (windows-7)');
    expect(reason('windows-10-mobile-1511')).toBe('covered by Microsoft data (windows-10-mobile-released-in-november-2015)');
    expect(reason('surface-rt')).toBe('covered by endoflife.date data (eol-surface-rt)');
  });

  it('gives every product a unique slug and sorts by slug; Microsoft wins all its 702 rows', () => {
    expect(new Set(products.map((p) => p.slug)).size).toBe(products.length);
    expect(products.map((p) => p.slug)).toEqual([...products.map((p) => p.slug)].sort());
    expect(products.filter((p) => p.source === 'MICROSOFT_LIFECYCLE')).toHaveLength(702);
  });

  it('a name match with no agreeing date is not a duplicate', () => {
    const other: ProductRecord = { ...product('windows-7')!, slug: 'eol-x', aliases: [], generalAvailability: '1999-01-01', mainstreamEnd: '1999-02-01', extendedEnd: '1999-03-01', levels: [], source: 'ENDOFLIFE_DATE' };
    expect(mergeCatalogue(ms, [other], []).skipped).toEqual([]);
  });
});
