import { readFileSync } from 'node:fs';
import type { ProductRecord } from '../policy/lifecycleTypes.js';
import { Catalogue } from './catalogue.js';
import type { Resolution } from './catalogue.js';
import { LIMITS } from '../../kernel/limits.js';

const seed = JSON.parse(readFileSync(new URL('../../../seed/lifecycle/catalogue.json', import.meta.url), 'utf8')) as { products: ProductRecord[] };
const catalogue = new Catalogue(seed.products);

const ok = (r: Resolution) => (r.ok ? [r.product.slug, r.levelCode] : [r.code, r.message]);
const failure = (r: Resolution) => {
  if (r.ok) throw new Error(`resolved to ${r.product.slug}`);
  return r;
};

describe('resolving what users type', () => {
  it.each([
    ['Windows 7', 'windows-7', null],
    ['win 7', 'windows-7', null],
    ['Win7', 'windows-7', null],
    ['Microsoft Windows 7', 'windows-7', null],
    ['Windows 7 SP1', 'windows-7', 'SP1'],
    ['WINDOWS 7 rtm', 'windows-7', 'RTM'],
    ['windows 7 service pack 1', 'windows-7', 'SP1'],
    ['Windows 7 ESU Year 2', 'windows-7', 'ESU2'],
    ['Windows 7 Professional SP1', 'windows-7', 'SP1'],
    ['Office 2013', 'microsoft-office-2013', null],
    ['Office 2013 SP1', 'microsoft-office-2013', 'SP1'],
    ['SQL Server 2016 SP2', 'sql-server-2016', 'SP2'],
    ['SQL 2016 SP3', 'sql-server-2016', 'SP3'],
    ['sql-server 2016', 'sql-server-2016', null],
    ['SQL  Server 2016', 'sql-server-2016', null],
    ['Exchange 2016', 'exchange-server-2016', null],
    ['Server 2012', 'windows-server-2012', null],
    ['Windows 10 Enterprise 21H2', 'windows-10-enterprise-and-education', '21H2'],
    ['Windows 11 Enterprise 24H2', 'eol-windows-11-24h2-e', null],
    ['Windows Server 2025', 'eol-windows-server-2025', null],
    ['Excel 2016 für Mac', 'excel-2016-for-mac', null],
    ['windows-7', 'windows-7', null],
  ])('"%s" → %s %s', (query, slug, level) => {
    expect(ok(catalogue.resolve(query))).toEqual([slug, level]);
  });

  it('every name and alias in the seed catalogue resolves to its own product', () => {
    const wrong = seed.products.flatMap((p) => [p.name, ...p.aliases].filter((n) => {
      const r = catalogue.resolve(n);
      return !r.ok || r.product.slug !== p.slug || r.levelCode !== null;
    }).map((n) => `${p.slug}: ${n}`));
    expect(wrong).toEqual([]);
  });

  it('a misspelt name is not found, with the closest product first', () => {
    const r = failure(catalogue.resolve('Windws 7'));
    expect(r.code).toBe('PRODUCT_NOT_FOUND');
    expect(r.candidates[0]).toBe('Windows 7');
    expect(r.candidates.length).toBeLessThanOrEqual(5);
    expect(r.message).toBe("Unknown product 'Windws 7' — did you mean Windows 7?");
  });

  it('a name that starts several products is ambiguous and lists them, closest first', () => {
    const r = failure(catalogue.resolve('Windows NT 4.0'));
    expect(r.code).toBe('PRODUCT_AMBIGUOUS');
    expect(r.candidates).toEqual(['Windows NT 4.0 Server', 'Windows NT 4.0 Embedded', 'Windows NT 4.0 Workstation']);
    expect(r.message).toMatch(/^'Windows NT 4\.0' matches several products: Windows NT 4\.0 Server, /);
    const windows10 = failure(catalogue.resolve('Windows 10'));
    expect(windows10.code).toBe('PRODUCT_AMBIGUOUS');
    expect(windows10.candidates).toHaveLength(5);
    expect(windows10.message).toMatch(/and \d+ more\. Please give the full name\.$/);
  });

  it('with a level, only products that have the level are candidates', () => {
    const r = failure(catalogue.resolve('Windows 11 24H2'));
    expect(r.candidates).toEqual(expect.arrayContaining(['Windows 11 Enterprise and Education 24H2', 'Windows 11 Home and Pro 24H2']));
  });

  it('an unknown level names the product and lists its levels, the same kind first', () => {
    const r = failure(catalogue.resolve('Windows 7 SP9'));
    expect(r.code).toBe('LEVEL_NOT_FOUND');
    expect(r.message).toBe("Windows 7 has no level 'SP9' — its levels are RTM, SP1, ESU1, ESU2, ESU3.");
    expect(r.candidates[0]).toBe('Windows 7 SP1');
  });

  it.each(["'; DROP TABLE products; --", '.*', '(a+)+$', '%', '\u0000', ''])('%j is simply not found', (query) => {
    expect(failure(catalogue.resolve(query)).code).toBe('PRODUCT_NOT_FOUND');
  });

  it('a 10,000-character string is not found, at once', () => {
    const started = performance.now();
    const r = failure(catalogue.resolve('Windows 7 '.repeat(1000)));
    expect(performance.now() - started).toBeLessThan(50);
    expect(r.code).toBe('PRODUCT_NOT_FOUND');
    expect(r.message.length).toBeLessThan(120);
    expect(r.message).toContain(`longer than ${LIMITS.maxNameLength} characters`);
  });

  it('answers a repeated query from its cache, and 10,000 spreadsheet rows quickly', () => {
    const first = catalogue.resolve('SQL Server 2016 SP2');
    expect(catalogue.resolve('SQL Server 2016 SP2')).toBe(first);
    const names = ['Windows 7 SP1', 'Office 2013', 'Exchange 2016', 'SQL 2016 SP2', 'Windws 7'];
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) catalogue.resolve(`${names[i % 5]}${i % 7 === 0 ? '' : ` `.repeat(i % 3)}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('several products with the same name are ambiguous and told apart by slug', () => {
    const base = seed.products.find((p) => p.slug === 'windows-7')!;
    const twins = new Catalogue([{ ...base, slug: 'a' }, { ...base, slug: 'b' }]);
    expect(failure(twins.resolve('Windows 7')).candidates).toEqual(['Windows 7 (a)', 'Windows 7 (b)']);
    expect(failure(new Catalogue([]).resolve('Windows 7')).code).toBe('PRODUCT_NOT_FOUND');
  });
});

describe('listing and filtering', () => {
  it('knows its size, slugs and families', () => {
    expect(catalogue.size).toBe(seed.products.length);
    expect(catalogue.bySlug('windows-7')!.name).toBe('Windows 7');
    expect(catalogue.bySlug('nope')).toBeUndefined();
    const families = catalogue.families();
    expect(families).toEqual([...families].sort());
    expect(families).toEqual(expect.arrayContaining(['windows', 'office', 'sql-server', 'dynamics']));
  });

  it('filters by search text, family and policy, sorted by name then slug', () => {
    const sql = catalogue.search({ search: 'sql server 2016', family: 'SQL-Server' });
    expect(sql.map((p) => p.slug)).toEqual(['sql-server-2016', 'eol-mssqlserver-13-0-sp3-acp']);
    const online = catalogue.search({ policy: 'ONLINE' });
    expect(online.every((p) => p.policy === 'ONLINE')).toBe(true);
    expect(online.map((p) => p.name)).toEqual([...online.map((p) => p.name)].sort((a, b) => a.localeCompare(b, 'en')));
    expect(catalogue.search({})).toHaveLength(catalogue.size);
  });

  it('an end date filter includes both window edges: Windows 7 ended 2020-01-14', () => {
    const ids = (from: string | null, to: string | null) => catalogue.search({ search: 'Windows 7', family: 'windows', endingFrom: from, endingTo: to }).map((p) => p.slug);
    expect(ids('2020-01-14', '2020-01-14')).toContain('windows-7');
    expect(ids('2020-01-15', null)).not.toContain('windows-7');
    expect(ids(null, '2020-01-13')).toContain('windows-7'); // its mainstream end 2015-01-13 is in the window
    expect(ids('2015-01-14', '2020-01-13')).not.toContain('windows-7');
  });

  it('a retirement date counts as an ending', () => {
    expect(catalogue.search({ endingFrom: '2021-07-31', endingTo: '2021-07-31' }).map((p) => p.slug)).toContain('skype-for-business-online');
  });
});
