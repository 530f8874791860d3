import { readFileSync } from 'node:fs';
import type { ProductRecord } from '../policy/lifecycleTypes.js';
import { convertMicrosoft, convertMicrosoftRow } from './convertMicrosoft.js';

const raw = JSON.parse(readFileSync(new URL('../../../seed/lifecycle/microsoft-lifecycle-2023-01.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const { products, skipped } = convertMicrosoft(raw);
const bySlug = new Map(products.map((p) => [p.slug, p]));
const product = (slug: string): ProductRecord => {
  const p = bySlug.get(slug);
  if (!p) throw new Error(`no ${slug}`);
  return p;
};
const levels = (slug: string) => product(slug).levels.map((l) => [l.code, l.start, l.end]);

describe('Microsoft lifecycle data → products', () => {
  it('converts all 702 rows: every one has a start date', () => {
    expect(products).toHaveLength(702);
    expect(skipped).toEqual([]);
    expect(products.every((p) => p.source === 'MICROSOFT_LIFECYCLE')).toBe(true);
  });

  it('Windows 7: RTM ended 2013-04-09, SP1 to the extended end, then three paid ESU years', () => {
    expect(product('windows-7')).toMatchObject({
      name: 'Windows 7', family: 'windows', policy: 'FIXED', category: 'DESKTOP_OS', spFamily: 'WINDOWS',
      generalAvailability: '2009-10-22', mainstreamEnd: '2015-01-13', extendedEnd: '2020-01-14', retirement: null,
    });
    expect(levels('windows-7')).toEqual([
      ['RTM', '2009-10-22', '2013-04-09'], ['SP1', '2011-02-22', '2020-01-14'],
      ['ESU1', '2020-01-14', '2021-01-12'], ['ESU2', '2021-01-13', '2022-01-11'], ['ESU3', '2022-01-12', '2023-01-10'],
    ]);
    expect(product('windows-7').levels.map((l) => l.kind)).toEqual(['RTM', 'SERVICE_PACK', 'ESU', 'ESU', 'ESU']);
  });

  it('SQL Server 2016: RTM and SP1–SP3 with their published ends, Server family (12 months)', () => {
    expect(product('sql-server-2016')).toMatchObject({ name: 'SQL Server 2016', spFamily: 'SERVER', category: 'BUSINESS', extendedEnd: '2026-07-14' });
    expect(levels('sql-server-2016')).toEqual([
      ['RTM', '2016-06-01', '2018-01-09'], ['SP1', '2016-11-16', '2019-07-09'], ['SP2', '2018-04-24', '2022-10-11'], ['SP3', '2021-09-15', '2026-07-14'],
    ]);
    expect(product('sql-server-2016').aliases).toEqual(expect.arrayContaining(['SQL 2016', 'MSSQL 2016']));
  });

  it('Office 2013: RTM to 2015-04-14 and SP1 to 2023-04-11, Office family; "Office 2013" is an alias', () => {
    expect(product('microsoft-office-2013')).toMatchObject({ name: 'Microsoft Office 2013', spFamily: 'OFFICE', mainstreamEnd: '2018-04-10', extendedEnd: '2023-04-11' });
    expect(levels('microsoft-office-2013')).toEqual([['RTM', '2013-01-09', '2015-04-14'], ['SP1', '2014-02-25', '2023-04-11']]);
    expect(product('microsoft-office-2013').aliases).toContain('Office 2013');
  });

  it('Exchange Server 2016: one original release to the extended end; "Exchange 2016" is an alias', () => {
    expect(product('exchange-server-2016')).toMatchObject({ generalAvailability: '2015-10-01', mainstreamEnd: '2020-10-13', extendedEnd: '2025-10-14', aliases: ['Exchange 2016'] });
    expect(levels('exchange-server-2016')).toEqual([['RTM', '2015-10-01', '2025-10-14']]);
  });

  it('a Dynamics product is in the Dynamics family (24 months) with its service pack', () => {
    expect(product('dynamics-ax-2009')).toMatchObject({ family: 'dynamics', spFamily: 'DYNAMICS', category: 'BUSINESS', extendedEnd: '2022-04-12' });
    expect(product('dynamics-ax-2009').levels.map((l) => l.code)).toEqual(['RTM', 'SP1']);
  });

  it('a German-named product gets its English name and keeps the German one as an alias', () => {
    expect(product('excel-2016-for-mac').name).toBe('Excel 2016 for Mac');
    expect(product('excel-2016-for-mac').aliases).toContain('Excel 2016 für Mac');
    expect(product('dynamics-crm-2013')).toMatchObject({ name: 'Dynamics CRM 2013', spFamily: 'DYNAMICS' });
    expect(product('dynamics-crm-2013').aliases).toContain('Dynamics CRM 2013 erstellt haben');
  });

  it('a modern-online product is ONLINE / ONLINE_SERVICE, its published end mirrored as the retirement date', () => {
    expect(product('skype-for-business-online')).toMatchObject({ policy: 'ONLINE', category: 'ONLINE_SERVICE', mainstreamEnd: '2021-07-31', extendedEnd: null, retirement: '2021-07-31' });
    expect(product('microsoft-teams')).toMatchObject({ policy: 'ONLINE', retirement: null, mainstreamEnd: null });
  });

  it('a Modern on-premises product keeps its versions as levels, by start date', () => {
    expect(product('windows-10-enterprise-and-education')).toMatchObject({ policy: 'MODERN', category: 'DESKTOP_OS', retirement: '2025-10-14' });
    expect(product('windows-10-enterprise-and-education').levels.at(-1)).toMatchObject({ code: '21H2', kind: 'VERSION', start: '2021-11-16', end: '2024-06-11' });
  });

  it('Windows Server 2008 R2 notes the Azure-only fourth ESU year in its label', () => {
    expect(product('windows-server-2008-r2').levels.at(-1)).toMatchObject({ code: 'ESU4', label: 'Extended Security Update Year 4 (Azure only)', kind: 'ESU' });
  });

  it('skips rows it cannot use, with the reason', () => {
    expect(convertMicrosoftRow('x', { name: 'X', policyType: 'fixed', start: null, mainstreamEnd: null, extendedEnd: null, retirement: null, releases: [] })).toBe('no dates at all');
    expect(convertMicrosoftRow('x', { name: 'X', policyType: 'eternal', start: '2020-01-01', releases: [] })).toBe('unknown policyType "eternal"');
    expect(convertMicrosoftRow('x', 42)).toBe('malformed row: no name');
    expect(convertMicrosoft({ a: { name: 'A', policyType: 'fixed', start: '2020-02-30' } }).skipped).toEqual([{ id: 'a', reason: 'no dates at all' }]);
  });

  it('rejects a file that is not an object keyed by slug', () => {
    expect(() => convertMicrosoft([])).toThrow(/keyed by slug/);
  });
});
