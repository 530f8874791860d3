import { parsePlatform, versionRank } from './platformParsing.js';

const kindOf = (platform: string) => parsePlatform(platform, null).kind;
const versionOf = (platform: string, version: string | null = null) => parsePlatform(platform, version).version;

describe('parsePlatform: which client platform the text names (T-§6)', () => {
  it('tries the more specific names first, so a name that contains another is not mistaken for it', () => {
    // "Windows Live Mail", "Windows Phone" and "Windows 10 Mobile" all contain "Windows": read as plain
    // Windows, a covered mail client or phone would be judged as a desktop operating system.
    expect(kindOf('Windows Live Mail')).toBe('WINDOWS_LIVE_MAIL');
    expect(kindOf('Windows Phone 8.1')).toBe('WINDOWS_PHONE');
    expect(kindOf('Windows 10 Mobile')).toBe('WINDOWS_PHONE');
    // "… for Mac" is Office or Outlook software, not the Mac operating system.
    expect(kindOf('Outlook for Mac')).toBe('OUTLOOK');
    expect(kindOf('Office for Mac 2011')).toBe('OFFICE');
  });

  it('recognises every other kind by its usual names, and anything unknown (even nothing) as OTHER', () => {
    const kinds = ['Microsoft Excel', 'iPadOS', 'iPhone', 'MacBook Air', 'OS X', 'Android', 'Win 7', 'Ubuntu Linux', ''].map(kindOf);
    expect(kinds).toEqual(['OFFICE', 'IOS', 'IOS', 'MACOS', 'MACOS', 'ANDROID', 'WINDOWS', 'OTHER', 'OTHER']);
  });

  it('ignores case and extra spacing, and does not find a name inside a longer word', () => {
    expect(parsePlatform('  WINDOWS    7 ', null)).toEqual({ kind: 'WINDOWS', version: '7', server: false, office365Licensed: false });
    // "WordPerfect" is not Word and "Windward" is not Windows: only whole words count.
    expect(kindOf('WordPerfect')).toBe('OTHER');
    expect(kindOf('Windward')).toBe('OTHER');
  });
});

describe('parsePlatform: versions', () => {
  it('reads the Windows version after the word Windows, with the old releases by their names', () => {
    expect(versionOf('Windows 10 Pro')).toBe('10');
    expect(versionOf('Windows 8.1')).toBe('8.1');
    expect(versionOf('Windows xp')).toBe('XP');
    expect(versionOf('windows vista')).toBe('Vista');
    expect(versionOf('Windows Me')).toBe('ME');
    expect(versionOf('Windows NT 4.0')).toBe('NT 4.0');
    expect(versionOf('Windows NT')).toBe('NT');
    expect(versionOf('Windows')).toBeNull();
  });

  it('lets an explicit version win over one in the name, and falls back to the name when the explicit one is unreadable', () => {
    expect(versionOf('Windows 7', '10')).toBe('10');
    expect(versionOf('Windows', 'Windows 11')).toBe('11');
    // "latest" says nothing readable: the 7 in the name is still the best answer.
    expect(versionOf('Windows 7', 'latest')).toBe('7');
    expect(versionOf('macOS Sonoma', '13')).toBe('13');
    expect(versionOf('Office 2010', 'the old one')).toBe('2010');
  });

  it('marks Windows Server as a server operating system, and nothing else', () => {
    // T-§6 excludes problems on a server, so this flag is what keeps "Windows Server 2019" from being
    // accepted as a Windows client.
    expect(parsePlatform('Windows Server 2019', null)).toEqual({ kind: 'WINDOWS', version: '2019', server: true, office365Licensed: false });
    expect(parsePlatform('Windows 10', null).server).toBe(false);
    expect(parsePlatform('Exchange Server', null)).toMatchObject({ kind: 'OTHER', server: false });
  });

  it('reads macOS by number or by marketing name, High Sierra before Sierra', () => {
    expect(versionOf('macOS Sequoia')).toBe('15');
    expect(versionOf('macOS Tahoe')).toBe('26');
    expect(versionOf('macOS', '15.3')).toBe('15.3');
    // "sierra" is also a word of "High Sierra": the longer name must be tried first.
    expect(versionOf('macOS High Sierra')).toBe('10.13');
    expect(versionOf('macOS Sierra')).toBe('10.12');
    expect(versionOf('OS X Yosemite')).toBe('10.10');
    // The X of "OS X" is a name, not the version ten.
    expect(versionOf('Mac OS X 10.15')).toBe('10.15');
    expect(versionOf('macOS')).toBeNull();
  });

  it('reads Office and Outlook versions from 365, a year, XP, 97 or the About box’s internal number', () => {
    expect(versionOf('Office 365')).toBe('365');
    expect(versionOf('Office 2016')).toBe('2016');
    expect(versionOf('Office XP')).toBe('2002');
    expect(versionOf('Office 97')).toBe('1997');
    expect(versionOf('Outlook', '16.0')).toBe('2016');
    expect(versionOf('Office', '15.0.4420.1017')).toBe('2013');
    expect(versionOf('Outlook', '12')).toBe('2007');
    // The build part of 16.0.14326.20404 must not be read as a year.
    expect(versionOf('Office', '16.0.14326.20404')).toBe('2016');
    expect(versionOf('Outlook')).toBeNull();
  });

  it('reads the version of any other kind from the version given', () => {
    expect(versionOf('iOS', '17.2')).toBe('17.2');
    expect(versionOf('Android', 'Android 14')).toBe('14');
    expect(versionOf('Windows Phone', '8.1')).toBe('8.1');
    expect(versionOf('Ubuntu Linux', '24.04')).toBe('24.04');
    expect(versionOf('Android', 'latest')).toBeNull();
  });
});

describe('parsePlatform: software licensed through Office 365', () => {
  it('counts Office 365 itself and the apps licensed only through it', () => {
    expect(parsePlatform('Office 365', null)).toEqual({ kind: 'OFFICE', version: '365', server: false, office365Licensed: true });
    expect(parsePlatform('Microsoft 365 Apps', null)).toMatchObject({ kind: 'OFFICE', version: '365', office365Licensed: true });
    expect(parsePlatform('Microsoft Teams', null)).toMatchObject({ kind: 'OFFICE', version: null, office365Licensed: true });
    expect(parsePlatform('OneDrive', null).office365Licensed).toBe(true);
    expect(parsePlatform('Exchange Online', null).office365Licensed).toBe(true);
    // An Office product whose given version is 365 is the subscription edition.
    expect(parsePlatform('Word', '365').office365Licensed).toBe(true);
  });

  it('does not count boxed Office versions as licensed through Office 365', () => {
    expect(parsePlatform('Office 2019', null).office365Licensed).toBe(false);
    expect(parsePlatform('Word 2016', null).office365Licensed).toBe(false);
    expect(parsePlatform('Excel', null).office365Licensed).toBe(false);
  });
});

describe('versionRank: ordering versions of one kind', () => {
  it('orders Windows releases by name and number: 95 and NT, 98, ME, 2000, XP, Vista, then 7 onwards', () => {
    // 2000 is a name here, not the number 2000, which would put it above Windows 11.
    const ranks = ['95', 'NT 4.0', '98', 'ME', '2000', 'XP', 'Vista', '7', '8.1', '10', '11'].map((v) => versionRank('WINDOWS', v));
    expect(ranks).toEqual([1, 1, 2, 3, 4, 5, 6, 7, 8.1, 10, 11]);
    expect(versionRank('WINDOWS', ' vista ')).toBe(6);
    // A number too large to be a client release (a server year) cannot be placed at all.
    expect(versionRank('WINDOWS', '2019')).toBeNull();
    expect(versionRank('WINDOWS', 'latest')).toBeNull();
  });

  it('orders Mac OS X 10.x by its minor number, below macOS 11', () => {
    // Read as decimals 10.10 would be 10.1, below 10.9: the minor number is what counts.
    expect(versionRank('MACOS', '10.9')).toBe(10.09);
    expect(versionRank('MACOS', '10.10')).toBe(10.1);
    expect(versionRank('MACOS', '10.15')).toBe(10.15);
    expect(versionRank('MACOS', '11')).toBe(11);
    expect(versionRank('MACOS', '15.3')).toBe(15);
    expect(versionRank('MACOS', 'Sequoia')).toBeNull();
  });

  it('ranks Office and Outlook by year, with 365 above every year', () => {
    // The subscription is always the current version, so it must meet any minimum year.
    expect(versionRank('OFFICE', '365')).toBe(9999);
    expect(versionRank('OUTLOOK', '2013')).toBe(2013);
    expect(versionRank('OFFICE', '1997')).toBe(1997);
    expect(versionRank('OFFICE', '16.0')).toBeNull();
  });

  it('ranks any other kind by a plain number with at most one decimal part', () => {
    expect(versionRank('IOS', '17.2')).toBe(17.2);
    expect(versionRank('ANDROID', ' 14 ')).toBe(14);
    expect(versionRank('ANDROID', '8.1.2')).toBeNull();
  });
});
