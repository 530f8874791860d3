import { checkPlatform } from './platformCheck.js';

const opts = { latestMacOs: '15' };
const check = (platform: string, version: string | null = null) => checkPlatform(platform, version, opts);

describe('client platforms covered by T-§6', () => {
  it('covers Windows 7 and later, not Vista or XP', () => {
    expect(check('Windows 7')).toMatchObject({ kind: 'WINDOWS', version: '7', supported: true });
    expect(check('Win 7')).toMatchObject({ kind: 'WINDOWS', version: '7', supported: true });
    expect(check('Windows', '10')).toMatchObject({ kind: 'WINDOWS', version: '10', supported: true });
    expect(check('Windows 11 Pro')).toMatchObject({ version: '11', supported: true });
    expect(check('Windows 8.1')).toMatchObject({ version: '8.1', supported: true });
    expect(check('Windows Vista')).toMatchObject({ version: 'Vista', supported: false });
    expect(check('Windows', 'XP')).toMatchObject({ version: 'XP', supported: false });
    expect(check('Windows NT 4.0')).toMatchObject({ version: 'NT 4.0', supported: false });
    expect(check('Windows 2000')).toMatchObject({ version: '2000', supported: false });
    expect(check('Windows Vista').reason).toBe('Windows Vista is below the minimum: only Windows 7 or later is covered (T-§6)');
  });

  it('lets an explicit version win over one in the name', () => {
    expect(check('Windows 7', '10')).toMatchObject({ version: '10', supported: true });
    expect(check('Windows 10', 'Windows XP')).toMatchObject({ version: 'XP', supported: false });
  });

  it('answers covered-with-a-condition when no Windows version is given', () => {
    const c = check('Windows');
    expect(c).toMatchObject({ kind: 'WINDOWS', version: null, supported: true });
    expect(c.reason).toMatch(/from Windows 7; no version was given/);
  });

  it('does not treat a server operating system as a client', () => {
    expect(check('Windows Server 2019')).toMatchObject({ kind: 'WINDOWS', supported: false });
    expect(check('Windows Server 2019').reason).toMatch(/server/);
  });

  it('covers only the latest macOS, by number or by name', () => {
    expect(check('macOS', '15')).toMatchObject({ kind: 'MACOS', version: '15', supported: true });
    expect(check('macOS 15.3')).toMatchObject({ version: '15.3', supported: true });
    expect(check('macOS Sequoia')).toMatchObject({ version: '15', supported: true });
    expect(check('macOS', '14')).toMatchObject({ version: '14', supported: false });
    expect(check('Mac OS X 10.15')).toMatchObject({ version: '10.15', supported: false });
    expect(checkPlatform('macOS', '15', { latestMacOs: '26' })).toMatchObject({ supported: false });
    expect(checkPlatform('macOS Tahoe', null, { latestMacOs: '26' })).toMatchObject({ version: '26', supported: true });
    expect(check('macOS', '10.9').supported).toBe(false);
  });

  it('covers Outlook 2013 and later and every Windows Live Mail', () => {
    expect(check('Outlook', '2013')).toMatchObject({ kind: 'OUTLOOK', version: '2013', supported: true });
    expect(check('Outlook 2010')).toMatchObject({ kind: 'OUTLOOK', version: '2010', supported: false });
    expect(check('Outlook for Mac 2011')).toMatchObject({ kind: 'OUTLOOK', supported: false });
    expect(check('Outlook', '16.0')).toMatchObject({ version: '2016', supported: true });
    expect(check('Windows Live Mail', '2012')).toMatchObject({ kind: 'WINDOWS_LIVE_MAIL', supported: true });
  });

  it('covers the Office suite from 2013 and software licensed through Office 365', () => {
    expect(check('Office 2010')).toMatchObject({ kind: 'OFFICE', version: '2010', supported: false });
    expect(check('Office 2013')).toMatchObject({ kind: 'OFFICE', version: '2013', supported: true });
    expect(check('Word 2007')).toMatchObject({ kind: 'OFFICE', version: '2007', supported: false });
    expect(check('Office for Mac 2011')).toMatchObject({ kind: 'OFFICE', supported: false });
    expect(check('Office 365')).toMatchObject({ kind: 'OFFICE', version: '365', supported: true });
    expect(check('Microsoft Teams')).toMatchObject({ kind: 'OFFICE', supported: true });
    expect(check('Microsoft Teams').reason).toMatch(/licensed through Office 365/);
  });

  it('covers iOS, Android and Windows Phone for Office 365 matters only', () => {
    expect(check('iOS', '17.2')).toMatchObject({ kind: 'IOS', version: '17.2', supported: true });
    expect(check('iPad')).toMatchObject({ kind: 'IOS', supported: true });
    expect(check('Android 14')).toMatchObject({ kind: 'ANDROID', supported: true });
    expect(check('Windows Phone 8.1')).toMatchObject({ kind: 'WINDOWS_PHONE', supported: true });
    expect(check('Android').reason).toMatch(/Office 365 matters only/);
  });

  it('treats anything else as other software, which is not covered', () => {
    expect(check('Ubuntu Linux', '24.04')).toMatchObject({ kind: 'OTHER', supported: false });
    expect(check('Thunderbird')).toMatchObject({ kind: 'OTHER', supported: false });
    expect(check('Windows Media Player')).toMatchObject({ kind: 'WINDOWS', version: null });
  });

  it('refuses an unreadable latest macOS version: it is configuration, not user input', () => {
    expect(() => checkPlatform('macOS', '15', { latestMacOs: 'latest' })).toThrow(RangeError);
  });
});
