import { ABBREVIATIONS, aliasForms, expansions, OTHER_NAMES, otherNamesOf } from './abbreviations.js';
import { keyTokens, searchKey } from './searchKey.js';

const expand = (text: string) => expansions(keyTokens(searchKey(text))).map((t) => t.join(' '));

describe('abbreviations and other names (seed/lifecycle/name-abbreviations.json)', () => {
  it('every entry says where it comes from', () => {
    for (const a of ABBREVIATIONS) expect([a.short, a.sources.length > 0 && ['microsoft', 'shorthand'].includes(a.kind)]).toEqual([a.short, true]);
    for (const n of OTHER_NAMES) expect([n.product, n.sources.length > 0]).toEqual([n.product, true]);
  });

  it('reads abbreviations as their long forms, the longest first, one variant per long form', () => {
    expect(expand('WS2016')).toEqual(['windows server 2016']);
    expect(expand('Win2k8 R2')).toEqual(['windows 2008 r 2']);
    expect(expand('W2K8R2')).toEqual(['windows 2008 r 2']);
    expect(expand('SCCM 2012 R2')).toEqual(['system center configuration manager 2012 r 2', 'microsoft endpoint configuration manager 2012 r 2']);
    expect(expand('D365 BC')).toEqual(['dynamics 365 business central']);
    expect(expand('SQL2019 Std')).toEqual(['sql 2019 standard']);
  });

  it('keeps start-only short forms to the first word ("SP" after a product is a service pack)', () => {
    expect(expand('SP2016')).toEqual(['sharepoint 2016']);
    expect(expand('Office 2016 SP2')).toEqual([]);
  });

  it('gives alias forms and other names for the import', () => {
    expect(aliasForms()).toEqual(expect.arrayContaining([['System Center Configuration Manager', 'SCCM'], ['SQL Server', 'MSSQL']]));
    expect(otherNamesOf('microsoft 365 apps')).toContain('Office 365 ProPlus');
    expect(otherNamesOf('Windows 7')).toEqual([]);
  });
});
