import { fitBuild, isWindowsName, releasesOf } from './osBuilds.js';
import { keyTokens, searchKey } from './searchKey.js';

const fit = (version: string, words: string) => {
  const releases = releasesOf({ version, build: Number(version.split('.')[2]) })!;
  const { fits, conflicts } = fitBuild(releases, keyTokens(searchKey(words)));
  return { fits: fits.map((f) => f.key), conflicts: conflicts.map((c) => c.release.name) };
};

describe('OS build numbers beside a name', () => {
  it('knows Windows builds from 2000 to Windows 11 25H2 and Server 2025', () => {
    expect(releasesOf({ version: '10.0.19045', build: 19045 })).toEqual([{ name: 'Windows 10', level: '22H2' }]);
    expect(releasesOf({ version: '6.1.7601', build: 7601 })!.map((r) => r.name)).toEqual(['Windows 7', 'Windows Server 2008 R2']);
    expect(releasesOf({ version: '?.?.19044', build: 19044 })!.map((r) => r.name)).toContain('Windows 10 Enterprise LTSC 2021');
    expect(releasesOf({ version: '10.0.99999', build: 99999 })).toBeNull();
  });

  it('keeps the release the words describe, with the edition words beside it', () => {
    expect(fit('10.0.19045', 'Windows 10 Pro')).toEqual({ fits: ['windows 10 pro 22 h 2'], conflicts: [] });
    expect(fit('10.0.17763', 'Windows 10 Enterprise').fits).toEqual(['windows 10 enterprise 1809']);
    expect(fit('10.0.17763', 'Windows 10 Enterprise LTSC').fits).toEqual(['windows 10 enterprise ltsc 2019']);
    expect(fit('10.0.17763', 'Windows Server 2019 Datacenter').fits).toEqual(['windows server 2019']);
    expect(fit('10.0.17763', 'Windows Server').fits).toEqual(['windows server 2019', 'windows server 1809']);
    expect(fit('6.1.7601', 'Windows 7 Professional').fits).toEqual(['windows 7 professional sp 1']);
    expect(fit('5.2.3790', 'Windows Server 2003 R2 Standard').fits).toEqual(['windows server 2003 r 2']);
  });

  it('fits every release to a build alone, and none whose version the words contradict', () => {
    expect(fit('10.0.17763', '').fits).toHaveLength(5);
    expect(fit('10.0.17763', 'Windows Server 2016')).toEqual({ fits: [], conflicts: ['Windows Server 2019', 'Windows Server'] });
    expect(fit('10.0.22631', 'Windows 10 Pro')).toEqual({ fits: [], conflicts: ['Windows 11'] });
  });

  it('reads a number as an OS build only beside Windows words (SQL Server 2008 is 10.0.6000 too)', () => {
    expect(isWindowsName(['windows', '10', 'pro'])).toBe(true);
    expect(isWindowsName([])).toBe(true);
    expect(isWindowsName(['sql', 'server', '2008'])).toBe(false);
  });
});
