import { readFileSync } from 'node:fs';
import type { ProductRecord } from '../policy/lifecycleTypes.js';
import { Catalogue, ResolveBudget } from './catalogue.js';
import type { Resolution } from './catalogue.js';
import { LIMITS } from '../../kernel/limits.js';
import { WorkBudget } from '../../kernel/workBudget.js';
import { budgetedCatalogue } from './requestCatalogue.js';

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

  it('a misspelt word is corrected when the rest of the name, numbers included, names one product', () => {
    expect(catalogue.resolve('Windws 7')).toMatchObject({ ok: true, product: { slug: 'windows-7' }, match: 'TYPO' });
    expect(catalogue.resolve('Exchnage 2016')).toMatchObject({ ok: true, product: { slug: 'exchange-server-2016' }, match: 'TYPO' });
  });

  it('an unknown name is not found, with the closest products first — those with its version number first', () => {
    const r = failure(catalogue.resolve('Exchange 2106'));
    expect(r.code).toBe('PRODUCT_NOT_FOUND');
    expect(r.candidates.length).toBeLessThanOrEqual(5);
    expect(r.message).toMatch(/^Unknown product 'Exchange 2106' — did you mean Exchange Server /);
    const windows = failure(catalogue.resolve('Windws 2016 Servr Foo'));
    expect(windows.code).toBe('PRODUCT_NOT_FOUND');
    expect(windows.candidates[0]).toMatch(/2016/);
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

describe('names as people write them: how a name matched', () => {
  const match = (q: string) => {
    const r = catalogue.resolve(q);
    return r.ok ? [r.product.slug, r.levelCode, r.match] : [r.code, r.candidates.slice(0, 3)];
  };
  it.each([
    ['Windows 7', 'windows-7', null, 'EXACT'],
    ['windows-7', 'windows-7', null, 'EXACT'],
    ['Win 7', 'windows-7', null, 'ALIAS'],
    ['Windows 11 24H2 (E)', 'eol-windows-11-24h2-e', null, 'ALIAS'],
    ['Windows 11 24H2 Enterprise', 'eol-windows-11-24h2-e', null, 'ALIAS'], // the words of the alias 'Windows 11 Enterprise 24H2', in another order
    ['SQL Server 2017 Express', 'sql-server-2017', null, 'EDITION_WORDS_REMOVED'],
    ['Windows 10 LTSC 2021', 'windows-10-enterprise-ltsc-2021', null, 'EDITION_WORDS_REMOVED'],
    ['Office 2016 (32-bit)', 'microsoft-office-2016', null, 'EDITION_WORDS_REMOVED'],
    ['Microsoft Exchange Server 2016 CU23', 'exchange-server-2016', null, 'EDITION_WORDS_REMOVED'],
    ['Windows 10 Pro 10.0.19045', 'eol-windows-10-22h2', null, 'BUILD_NUMBER'],
    ['Windows 7 Professional 6.1.7601', 'windows-7', 'SP1', 'BUILD_NUMBER'],
    ['Windows Server 2019 Datacenter 10.0.17763', 'windows-server-2019', null, 'BUILD_NUMBER'],
    ['WS2016', 'windows-server-2016', null, 'ABBREVIATION'],
    ['SCCM 2012 R2', 'microsoft-system-center-2012-r2-configuration-manager', null, 'ABBREVIATION'],
    ['Exchnage 2016', 'exchange-server-2016', null, 'TYPO'],
    ['SQLServer 2017', 'sql-server-2017', null, 'TYPO'],
  ])('"%s" → %s %s (%s)', (q, slug, level, how) => {
    expect(match(q)).toEqual([slug, level, how]);
  });

  it('honours edition words where editions have their own lifecycles', () => {
    expect(match('Windows 10 Pro 21H2')).toEqual(['windows-10-home-and-pro', '21H2', 'ALIAS']);
    expect(match('Windows 10 Education 21H2')).toEqual(['windows-10-enterprise-and-education', '21H2', 'ALIAS']);
    expect(match('Windows 11 Home 10.0.26100')[0]).toBe('eol-windows-11-24h2-w');
    expect(match('Windows 11 Enterprise 10.0.26100')[0]).toBe('eol-windows-11-24h2-e');
  });

  it('a build that fits several products, or contradicts the name beside it, is ambiguous with the readings', () => {
    expect(match('6.1.7601')).toEqual(['PRODUCT_AMBIGUOUS', ['Windows 7 SP1', 'Windows Server 2008 R2 SP1']]);
    const r = catalogue.resolve('Windows Server 2016 10.0.17763');
    expect(r).toMatchObject({ ok: false, code: 'PRODUCT_AMBIGUOUS' });
    expect(r.ok ? [] : r.candidates).toEqual(expect.arrayContaining(['Windows Server 2016', 'Windows Server 2019']));
  });

  it('takes one longer name only when what it adds is a level, a version or an edition', () => {
    expect(match('SQL Server 2000')).toEqual(['eol-mssqlserver-8-0-sp4', null, 'ALIAS']);
    expect(match('Office Online')[0]).toBe('PRODUCT_NOT_FOUND'); // not Office Online Server
    expect(match('Project Online')[0]).toBe('PRODUCT_NOT_FOUND'); // not Project Online Desktop Client
    expect(match('Windows 10 Version 22H2')).toEqual(['eol-windows-10-22h2', null, 'ALIAS']);
    expect(match('Office 365 Business Premium')[0]).not.toBe('microsoft-365-apps');
  });

  it('never changes a number the user typed, and where readings disagree it is ambiguous', () => {
    expect(match('Exchnage 2106')[0]).toBe('PRODUCT_NOT_FOUND');
    expect(match('Windows 12')[0]).toBe('PRODUCT_NOT_FOUND');
    expect(match('SCCM')[0]).toBe('PRODUCT_AMBIGUOUS');
    expect(match('PowerShell 7')).toEqual(['PRODUCT_AMBIGUOUS', ['PowerShell 7.0', 'PowerShell 7.1', 'PowerShell 7.2']]);
  });
});

describe('the per-request budget for unknown names', () => {
  it('spends one unit per unknown name, none on known names; once spent, unknown names get cheap answers that are not cached', () => {
    const shared = new Catalogue(seed.products);
    const budget = new ResolveBudget(2);
    const view = shared.forRequest(budget);
    expect(view.resolve('Windows 7').ok).toBe(true);
    expect(budget.left).toBe(2);
    expect(view.resolve('Windos 7')).toMatchObject({ ok: true, match: 'TYPO' });
    expect(view.resolve('Qwertz Blorp 11')).toMatchObject({ ok: false, code: 'PRODUCT_NOT_FOUND' });
    expect(budget.left).toBe(0);
    // Spent: a misspelt name is not searched for, and that answer is not kept for other requests.
    expect(view.resolve('Exchnage 2013')).toMatchObject({ ok: false, code: 'PRODUCT_NOT_FOUND' });
    expect(shared.forRequest().resolve('Exchnage 2013')).toMatchObject({ ok: true, product: { slug: 'exchange-server-2013' } });
    // Answers found with budget are shared by every view of the catalogue.
    expect(shared.forRequest(new ResolveBudget(0)).resolve('Windos 7')).toMatchObject({ ok: true, match: 'TYPO' });
  });

  it("a request's view (budgetedCatalogue) resolves every name within the request's work budget, and is a Catalogue like any other", () => {
    let charged = 0;
    let deadlineChecks = 0;
    const work = new WorkBudget({ suggestions: 1, unitsPerSuggestion: 5, charge: (u) => (charged += u), checkDeadline: () => void deadlineChecks++ });
    const view = budgetedCatalogue(new Catalogue(seed.products).forRequest(), work);
    expect(view).toBeInstanceOf(Catalogue);
    expect(view.resolve('Windows 7').ok).toBe(true);
    expect(view.resolve('Blorp Qwertz 1')).toMatchObject({ ok: false, code: 'PRODUCT_NOT_FOUND' });
    expect(charged).toBe(5);
    expect(failure(view.resolve('Blorp Qwertz 2')).message).not.toEqual(failure(catalogue.resolve('Blorp Qwertz 2')).message);
    expect(work.skipped).toBe(1);
    expect(deadlineChecks).toBe(3);
    expect(view.size).toBe(catalogue.size);
  });

  it('1,000 distinct unknown names cost little (indexes built once, typo search by deletions)', () => {
    const fresh = new Catalogue(seed.products).forRequest(new ResolveBudget(1000));
    fresh.resolve('Windos 7');
    const names = Array.from({ length: 1000 }, (_, i) => `Servr Exchnage Blorp ${3000 + i}`);
    const started = performance.now();
    for (const n of names) expect(fresh.resolve(n).ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
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
