import { readFileSync } from 'node:fs';
import type { ProductRecord } from '../policy/lifecycleTypes.js';
import { convertEndoflife, convertEndoflifeCycle, endoflifeSlug } from './convertEndoflife.js';

const raw = JSON.parse(readFileSync(new URL('../../../seed/lifecycle/endoflife-microsoft-2026-08.json', import.meta.url), 'utf8')) as Record<string, unknown>[];
const { products, skipped } = convertEndoflife(raw);
const product = (slug: string): ProductRecord => {
  const p = products.find((x) => x.slug === slug);
  if (!p) throw new Error(`no ${slug}`);
  return p;
};
const cycle = (over: Record<string, unknown>) => ({
  product: 'windows', productLabel: 'Microsoft Windows', cycle: '11-99h9-e', label: '11 99H9 (E)', releaseDate: '2030-01-01',
  mainstreamEnd: '2033-01-11', extendedEnd: '2033-01-11', eoes: null, lts: false, booleans: {}, ...over,
});

describe('endoflife.date cycles → products', () => {
  it('one product per cycle; only the Exchange 4.0 cycle (ended, date unknown) is skipped', () => {
    expect(products).toHaveLength(369);
    expect(skipped).toEqual([{ id: 'eol-msexchange-4-0', reason: 'ended on a date the source does not give (endoflife.date: eol = true)' }]);
    expect(new Set(products.map((p) => p.slug)).size).toBe(products.length);
    expect(products.every((p) => /^eol-[a-z0-9-]+$/.test(p.slug) && p.source === 'ENDOFLIFE_DATE')).toBe(true);
  });

  it('a Windows 11 feature update is a Modern desktop OS with one end date, named after its editions (the (E)/(W) name kept as an alias)', () => {
    expect(product('eol-windows-11-24h2-w')).toMatchObject({ name: 'Windows 11 Home and Pro 24H2' });
    expect(product('eol-windows-11-24h2-w')!.aliases).toContain('Windows 11 24H2 (W)');
    expect(product('eol-windows-11-24h2-e')!.aliases).toEqual(expect.arrayContaining(['Windows 11 24H2 (E)', 'Windows 11 Enterprise 24H2', 'Windows 11 Education 24H2']));
    expect(product('eol-windows-11-24h2-e')).toMatchObject({
      name: 'Windows 11 Enterprise and Education 24H2', family: 'windows', policy: 'MODERN', category: 'DESKTOP_OS', spFamily: 'WINDOWS',
      generalAvailability: '2024-10-01', mainstreamEnd: '2027-10-12', extendedEnd: null, retirement: '2027-10-12',
    });
    expect(product('eol-windows-11-24h2-e').aliases).toEqual(expect.arrayContaining(['Windows 11 Enterprise 24H2', 'Windows 11 Education 24H2']));
    expect(product('eol-windows-11-24h2-w').aliases).toEqual(expect.arrayContaining(['Windows 11 Home 24H2', 'Windows 11 Pro 24H2']));
  });

  it('Windows Server 2025 keeps both published phases (two-phase product)', () => {
    expect(product('eol-windows-server-2025')).toMatchObject({
      name: 'Windows Server 2025', policy: 'FIXED', category: 'BUSINESS', generalAvailability: '2024-11-01', mainstreamEnd: '2029-11-13', extendedEnd: '2034-11-14', retirement: null,
    });
    expect(product('eol-windows-server-2025').levels).toEqual([{ code: 'RTM', label: 'Original Release', kind: 'RTM', ordinal: 0, start: '2024-11-01', end: '2034-11-14' }]);
  });

  it('an LTSC release gets Microsoft\'s marketing name; the label-derived one stays an alias', () => {
    expect(product('eol-windows-11-24h2-e-lts')).toMatchObject({ name: 'Windows 11 Enterprise LTSC 2024', policy: 'FIXED', extendedEnd: '2029-10-09' });
    expect(product('eol-windows-11-24h2-e-lts').aliases).toContain('Windows 11 24H2 (E) LTSC');
  });

  it('Extended Security Updates become one paid level from the day after support ends', () => {
    expect(product('eol-windows-10-22h2').levels.at(-1)).toEqual({ code: 'ESU', label: 'Extended Security Updates', kind: 'ESU', ordinal: 1, start: '2025-10-15', end: '2028-10-10' });
  });

  it('a product without a mainstream column: the end of support is the mainstream end, no extended phase', () => {
    expect(product('eol-dotnet-8')).toMatchObject({ name: '.NET 8', policy: 'MODERN', category: 'DEVELOPER', mainstreamEnd: '2026-11-10', extendedEnd: null });
    expect(product('eol-surface-pro-9')).toMatchObject({ name: 'Surface Pro 9', policy: 'FIXED_MAINSTREAM_ONLY', category: 'CONSUMER_HARDWARE', spFamily: 'CONSUMER', mainstreamEnd: '2028-10-25', extendedEnd: null });
    expect(product('eol-azure-database-for-mysql-8-0')).toMatchObject({ policy: 'ONLINE', category: 'ONLINE_SERVICE', mainstreamEnd: '2026-12-31', retirement: '2026-12-31' });
    expect(product('eol-azure-database-for-mysql-8-0').levels.at(-1)).toMatchObject({ code: 'EXTENDED', kind: 'ESU', start: '2027-01-01', end: '2029-05-31' });
  });

  it('"no end date set" makes a fixed release Modern with no end; components keep their policy', () => {
    expect(product('eol-sharepoint-subscription')).toMatchObject({ name: 'SharePoint Server Subscription Edition', policy: 'MODERN', mainstreamEnd: null, extendedEnd: null, retirement: null });
    expect(product('eol-dotnetfx-4-8')).toMatchObject({ policy: 'COMPONENT', mainstreamEnd: null });
  });

  it('names read naturally: latest patch level, codenames and stems dropped, labels that name the product kept', () => {
    expect(product('eol-msexchange-2019').name).toBe('Exchange Server 2019');
    expect(product('eol-mssqlserver-16-0').name).toBe('SQL Server 2022');
    expect(product('eol-mssqlserver-10-50-sp3').name).toBe('SQL Server 2008 R2 SP3');
    expect(product('eol-office-2013').name).toBe('Office 2013');
    expect(product('eol-azure-devops-server-2018').name).toBe('Team Foundation Server 2018');
    expect(product('eol-visual-studio-17-14').name).toBe('Visual Studio 2022 17.14');
    expect(product('eol-windows-server-core-2012-r2').name).toBe('Windows Server Core 2012 R2');
    expect(product('eol-windows-6-sp2').name).toBe('Windows Vista SP2');
  });

  it('slugs are stable, lower case and keep "+" distinct', () => {
    expect(endoflifeSlug('surface', 'studio-2+')).toBe('eol-surface-studio-2-plus');
    expect(endoflifeSlug('dotnetfx', '3.5-sp1')).toBe('eol-dotnetfx-3-5-sp1');
  });

  it('reports unusable cycles instead of guessing', () => {
    expect(convertEndoflifeCycle(cycle({ product: 'xbox' }))).toEqual({ id: 'eol-xbox-11-99h9-e', reason: "no column mapping for endoflife.date product 'xbox'" });
    expect(convertEndoflifeCycle(cycle({ releaseDate: null, mainstreamEnd: null, extendedEnd: null }))).toMatchObject({ reason: 'no dates at all' });
    expect(convertEndoflifeCycle({ label: 'x' })).toMatchObject({ reason: 'malformed row: no product or cycle' });
    expect(convertEndoflife([cycle({}), cycle({})]).skipped).toEqual([{ id: 'eol-windows-11-99h9-e', reason: 'duplicate cycle' }]);
    expect(() => convertEndoflife({})).toThrow(/array/);
  });
});
