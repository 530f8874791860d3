import { cleanLabel, levelCode, sanitiseCode, toLevels } from './levels.js';

describe('level codes', () => {
  it.each([
    ['Original Release', 'RTM', 'RTM'],
    ['RTM', 'RTM', 'RTM'],
    ['Original Relase', 'RTM', 'RTM'],
    ['Original Release (ver 9.0)', 'RTM', 'RTM'],
    ['Service Pack 2', 'SP2', 'SERVICE_PACK'],
    ['Service Pack 1a', 'SP1A', 'SERVICE_PACK'],
    ['Service Pack 1 (ver 9.1)', 'SP1', 'SERVICE_PACK'],
    ['Extended Security Update Year 3*', 'ESU3', 'ESU'],
    ['Extended Security Update Year 4 (Azure only)', 'ESU4', 'ESU'],
    ['ESU Year 1', 'ESU1', 'ESU'],
    ['Version 21H2', '21H2', 'VERSION'],
    ['Version 1.4 (LTS)', '1.4', 'VERSION'],
    ['Version 17.2 (LTSC channel)', '17.2', 'VERSION'],
    ['Update 5', 'UPDATE5', 'VERSION'],
    ['2022 release wave 1, version 20.x', '20.X', 'VERSION'],
    ['Feature Pack 1', 'FEATURE-PACK-1', 'VERSION'],
  ])('"%s" → %s (%s)', (label, code, kind) => {
    expect(levelCode(label, 'Some Product')).toMatchObject({ code, kind });
  });

  it('drops the product name from a label that repeats it', () => {
    expect(levelCode('Windows RT 8.1', 'Windows RT').code).toBe('8.1');
    expect(levelCode('Windows RT', 'Windows RT')).toMatchObject({ code: 'RTM', kind: 'RTM' });
    expect(levelCode('.NET Framework 4.8', 'Microsoft .NET Framework').code).toBe('4.8');
    expect(levelCode('PowerShell Core 6.2', 'PowerShell').code).toBe('6.2');
  });

  it('sanitises free text into an upper-case code with dots between digits kept', () => {
    expect(sanitiseCode('IIS 8.5 on Windows 8.1')).toBe('IIS-8.5-ON-WINDOWS-8.1');
    expect(cleanLabel('Extended Security Update Year 1*')).toBe('Extended Security Update Year 1');
  });
});

describe('level order', () => {
  const windows7 = [
    { version: 'Extended Security Update Year 3*', start: '2022-01-12', end: '2023-01-10' },
    { version: 'Extended Security Update Year 2*', start: '2021-01-13', end: '2022-01-11' },
    { version: 'Extended Security Update Year 1*', start: '2020-01-14', end: '2021-01-12' },
    { version: 'Service Pack 1', start: '2011-02-22', end: '2020-01-14' },
    { version: 'Original Release', start: '2009-10-22', end: '2013-04-09' },
  ];

  it('is RTM, service packs by number, then ESU years, whatever the source order', () => {
    expect(toLevels(windows7, 'Windows 7').map((l) => [l.code, l.ordinal])).toEqual([['RTM', 0], ['SP1', 1], ['ESU1', 2], ['ESU2', 3], ['ESU3', 4]]);
  });

  it('keeps the published dates, the footnote star removed from the label', () => {
    const [rtm, , esu1] = toLevels(windows7, 'Windows 7');
    expect(rtm).toEqual({ code: 'RTM', label: 'Original Release', kind: 'RTM', ordinal: 0, start: '2009-10-22', end: '2013-04-09' });
    expect(esu1!.label).toBe('Extended Security Update Year 1');
  });

  it('orders versions by start date and puts SP1a between SP1 and SP2', () => {
    const levels = toLevels([
      { version: 'Version 21H2', start: '2021-11-16', end: null }, { version: 'Version 1809', start: '2018-11-13', end: '2020-11-10' },
    ], 'Windows 10');
    expect(levels.map((l) => l.code)).toEqual(['1809', '21H2']);
    expect(toLevels([{ version: 'Service Pack 2' }, { version: 'Service Pack 1a' }, { version: 'Service Pack 1' }], 'XP').map((l) => l.code)).toEqual(['SP1', 'SP1A', 'SP2']);
  });

  it('gives a repeated code the whole label, so codes stay unique', () => {
    const levels = toLevels([{ version: 'Version 1606', start: '2016-07-22' }, { version: 'Version 1606 with KB3186654', start: '2016-11-18' }], 'ConfigMgr');
    expect(levels.map((l) => l.code)).toEqual(['1606', 'VERSION-1606-WITH-KB3186654']);
  });

  it('turns dates that are not calendar dates into null and skips empty labels', () => {
    expect(toLevels([{ version: 'Service Pack 1', start: '2021-02-29', end: 'soon' }, { version: ' ' }], 'X')).toEqual([
      { code: 'SP1', label: 'Service Pack 1', kind: 'SERVICE_PACK', ordinal: 0, start: null, end: null },
    ]);
  });
});
