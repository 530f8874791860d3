import { cleanTokens, editionsOf, withoutEditionWords } from './nameWords.js';
import { searchKey } from './searchKey.js';

const clean = (text: string) => cleanTokens(searchKey(text));

describe('the words around a product name', () => {
  it.each([
    ['Office 2016 (32-bit)', 'office 2016'],
    ['Microsoft Office 2016 - nb-no', 'microsoft office 2016'],
    ['Microsoft Visual Studio 2010 Professional - ENU', 'microsoft visual studio 2010 professional'],
    ['Windows 10 Enterprise 64-bit (English)', 'windows 10 enterprise'],
    ['Windows 11 Pro 23H2 ARM64', 'windows 11 pro 23 h 2'],
    ['Microsoft Office 2013 Volume License', 'microsoft office 2013'],
    ['Office 2021 Click-to-Run', 'office 2021'],
    ['Windows Server 2016 Datacenter (Desktop Experience)', 'windows server 2016 datacenter'],
    ['Microsoft Exchange Server 2016 CU23', 'microsoft exchange server 2016'],
    ['Exchange Server 2016 CU23 SU14', 'exchange server 2016'],
    ['Exchange 2010 SP3 RU32', 'exchange 2010 sp 3'],
    ['Microsoft SQL Server 2019 (RTM-CU25) (KB5033688)', 'microsoft sql server 2019 rtm'],
    ['SQL Server 2014 SP3 GDR', 'sql server 2014 sp 3'],
    ['SharePoint Server 2019 (16.0.10337)', 'sharepoint server 2019'],
    ['Exchange 2019 CU14 (15.2.1544.4)', 'exchange 2019'],
    ['Windows 10 Pro for Workstations', 'windows 10 pro'],
    ['Windows 11 Pro Education 22H2', 'windows 11 pro 22 h 2'],
    ['Windows 10 Enterprise multi-session 21H2', 'windows 10 enterprise 21 h 2'],
    ['Windows 10 Home Single Language', 'windows 10 home'],
    ['Windows Server 2019 Datacentre', 'windows server 2019 datacenter'],
    ['Windows Server Core 2016', 'windows server 2016'],
    ['Windows Server 2019 Server Core', 'windows server 2019'],
    ['Nano Server 2022', 'windows server 2022'],
    ['Microsoft 365 E3', 'microsoft 365'],
  ])('%s → %s', (text, tokens) => {
    const c = clean(text);
    expect(c.tokens.join(' ')).toBe(tokens);
    expect(c.changed).toBe(true);
  });

  it('keeps a release version of small numbers (".NET Framework 4.7.2") and the words of real names', () => {
    expect(clean('Microsoft .NET Framework 4.7.2').tokens.join(' ')).toBe('microsoft net framework 4.7.2');
    expect(clean('Windows 10 IoT Core').changed).toBe(false);
    expect(clean('Microsoft .NET and .NET Core').changed).toBe(false);
    expect(clean('Windows Embedded 8 Standard').changed).toBe(false);
  });

  it('takes an OS build number out, wherever it stands', () => {
    expect(clean('Windows 10 Pro 10.0.19045')).toMatchObject({ tokens: ['windows', '10', 'pro'], osBuild: { version: '10.0.19045', build: 19045 } });
    expect(clean('Windows 11 Pro 10.0.22631.4460').osBuild).toEqual({ version: '10.0.22631', build: 22631 });
    expect(clean('Windows 10 Enterprise Version 21H2 (OS Build 19044.3693)')).toMatchObject({ tokens: ['windows', '10', 'enterprise', 'version', '21', 'h', '2'], osBuild: { build: 19044 } });
    expect(clean('6.1.7601')).toMatchObject({ tokens: [], osBuild: { version: '6.1.7601' } });
  });

  it('never removes the first word', () => {
    expect(clean('Retail Manager 2').tokens[0]).toBe('retail');
  });

  it('names the edition words and removes them (never the first word; "N" only beside another edition word)', () => {
    expect([...editionsOf(['windows', '7', 'professional'])]).toEqual(['pro']);
    expect(withoutEditionWords(['windows', '10', 'enterprise', 'n', '21', 'h', '2'])).toEqual(['windows', '10', '21', 'h', '2']);
    expect(withoutEditionWords(['windows', 'n'])).toEqual(['windows', 'n']);
  });
});
