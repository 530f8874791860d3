import { aliasesFor } from './aliases.js';

describe('aliases', () => {
  it('Windows 7 is also Win 7, Win7 and Windows7', () => {
    expect(aliasesFor('Windows 7')).toEqual(expect.arrayContaining(['Win 7', 'Win7', 'Windows7']));
  });
  it('drops the "Microsoft " prefix', () => {
    expect(aliasesFor('Microsoft Office 2013')).toContain('Office 2013');
  });
  it('names server products without "Server"', () => {
    expect(aliasesFor('Exchange Server 2016')).toContain('Exchange 2016');
    expect(aliasesFor('SQL Server 2016')).toEqual(expect.arrayContaining(['SQL 2016', 'MSSQL 2016', 'MS SQL 2016']));
    expect(aliasesFor('Windows Server 2012')).toEqual(expect.arrayContaining(['Server 2012', 'Windows 2012']));
  });
  it('does not name a server after its client product ("Lync 2013", "Project 2016" are clients)', () => {
    expect(aliasesFor('Microsoft Lync Server 2013')).not.toContain('Lync 2013');
    expect(aliasesFor('Project Server 2016')).not.toContain('Project 2016');
  });
  it('splits two editions in one row and accepts both word orders Microsoft uses', () => {
    expect(aliasesFor('Windows 10 Enterprise and Education')).toEqual(expect.arrayContaining(['Windows 10 Enterprise', 'Windows 10 Education']));
    expect(aliasesFor('Excel for Mac 2011')).toContain('Excel 2011 for Mac');
    expect(aliasesFor('Office 2024 LTSC')).toContain('Office LTSC 2024');
    expect(aliasesFor('Microsoft Office Word 2003')).toContain('Word 2003');
  });
  it('uses the small table of well-known abbreviations', () => {
    expect(aliasesFor('Internet Explorer 11')).toContain('IE 11');
    expect(aliasesFor('Visual Studio Team Foundation Server 2018')).toEqual(expect.arrayContaining(['Team Foundation Server 2018', 'TFS 2018']));
    expect(aliasesFor('Internet Information Services (IIS)')).toEqual(expect.arrayContaining(['Internet Information Services', 'IIS']));
    expect(aliasesFor('Softgrid for Terminal Server (MDOP)')).not.toContain('MDOP');
  });
  it('keeps source names (the German one) and never repeats the name or an alias', () => {
    const aliases = aliasesFor('Excel 2016 for Mac', ['Excel 2016 für Mac', 'excel 2016 for mac']);
    expect(aliases).toContain('Excel 2016 für Mac');
    expect(aliases).not.toContain('excel 2016 for mac');
    expect(new Set(aliases.map((a) => a.toLowerCase())).size).toBe(aliases.length);
  });
  it('does not store level suffixes: the resolver handles them', () => {
    expect(aliasesFor('Windows 7').some((a) => /SP1|RTM/.test(a))).toBe(false);
  });
});
