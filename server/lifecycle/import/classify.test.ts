import { categoryFor, familyFor, isDesktopOs, policyFromMicrosoft, spFamilyFor } from './classify.js';
import type { ClassifyInput } from './classify.js';

const fixed = (name: string, family: string, hasExtendedEnd = true): ClassifyInput => ({ name, family, policy: 'FIXED', hasExtendedEnd });

describe('policy', () => {
  it('maps every Microsoft policyType and rejects unknown ones', () => {
    expect(['fixed', 'fixed-mainstream-only', 'modern-on-prem', 'modern-online', 'component'].map(policyFromMicrosoft))
      .toEqual(['FIXED', 'FIXED_MAINSTREAM_ONLY', 'MODERN', 'ONLINE', 'COMPONENT']);
    expect(policyFromMicrosoft('lifetime')).toBeNull();
    expect(policyFromMicrosoft(undefined)).toBeNull();
  });
});

describe('category (L-POLICY)', () => {
  it('Windows client releases are desktop OSes; server, embedded and IoT ones are not', () => {
    expect(['Windows 7', 'Windows XP', 'Windows 10 Enterprise and Education', 'Windows 10 2015 LTSB', 'Windows 11 24H2 (E)', 'Microsoft Windows XP Media Center Edition 2004'].every(isDesktopOs)).toBe(true);
    expect(['Windows Server 2012', 'Windows Embedded Standard 7', 'Windows 10 IoT Enterprise', 'Windows Phone 8.1', 'Windows Defender for Windows 10', 'Windows Automated Installation Kit for Windows 7'].some(isDesktopOs)).toBe(false);
  });
  it('decides by the first rule that applies', () => {
    expect(categoryFor({ ...fixed('Microsoft Teams', 'office'), policy: 'ONLINE' })).toBe('ONLINE_SERVICE');
    expect(categoryFor(fixed('Surface Pro 9', 'surface', false))).toBe('CONSUMER_HARDWARE');
    expect(categoryFor(fixed('Windows 7', 'windows'))).toBe('DESKTOP_OS');
    expect(categoryFor(fixed('Visual Studio 2019', 'vs'))).toBe('DEVELOPER');
    expect(categoryFor(fixed('Azure DevOps Server 2020', 'azure'))).toBe('DEVELOPER');
    expect(categoryFor(fixed('Windows Live Mail', 'windows', false))).toBe('CONSUMER');
    expect(categoryFor(fixed('Windows MovieMaker 2.0', 'windows', false))).toBe('MULTIMEDIA');
    expect(categoryFor(fixed('SQL Server 2016', 'sql-server'))).toBe('BUSINESS');
  });
  it('a published extended phase keeps a consumer-sounding product in BUSINESS (L-EXTENDED)', () => {
    expect(categoryFor(fixed('Windows 10 Mobile, released in October 2017', 'windows', true))).toBe('BUSINESS');
    expect(categoryFor(fixed('Windows 10 Mobile, released in April 2017', 'windows', false))).toBe('CONSUMER');
  });
});

describe('service-pack family (L-SP-TABLE)', () => {
  it('follows the README mapping of Microsoft families', () => {
    expect(spFamilyFor('dynamics', 'Dynamics AX 2012', 'BUSINESS')).toBe('DYNAMICS');
    expect(spFamilyFor('m365', 'Some M365 app', 'BUSINESS')).toBe('OFFICE');
    expect(spFamilyFor('msc', 'System Center 2012', 'BUSINESS')).toBe('SERVER');
    expect(spFamilyFor('sql-server', 'SQL Server 2016', 'BUSINESS')).toBe('SERVER');
    expect(spFamilyFor('silverlight', 'Silverlight 5', 'DEVELOPER')).toBe('DEVELOPER_TOOLS');
  });
  it('decides the families the README leaves open', () => {
    expect(spFamilyFor('azure', 'Azure Stack Hub', 'BUSINESS')).toBe('SERVER');
    expect(spFamilyFor('internet-explorer', 'Internet Explorer 11', 'BUSINESS')).toBe('WINDOWS');
    expect(spFamilyFor('customer-care-framework', 'Customer Care Framework 2009', 'BUSINESS')).toBe('DYNAMICS');
    expect(spFamilyFor('connected-services-framework', 'Connected Services Framework 3.0', 'BUSINESS')).toBe('SERVER');
  });
  it('a Windows OS is WINDOWS (24 months) even as a consumer product; other consumer software CONSUMER', () => {
    expect(spFamilyFor('windows', 'Windows Home Server 2011', 'CONSUMER')).toBe('WINDOWS');
    expect(spFamilyFor('office', 'Microsoft Works', 'CONSUMER')).toBe('CONSUMER');
  });
  it('a tool Microsoft files under Windows that is no operating system gets 12 months (SERVER), HPC Pack excepted', () => {
    for (const tool of ['Microsoft Application Virtualization 5.0', 'Microsoft Enterprise Desktop Virtualization 2.0', 'User Experience Virtualization (UE-V) 2.1',
      'Microsoft Diagnostics and Recovery Toolset 8.0', 'Microsoft Advanced Group Policy Management 4.0', 'Windows Server Update Services 3.0', 'Virtual PC 2007']) {
      expect([tool, spFamilyFor('windows', tool, 'BUSINESS')]).toEqual([tool, 'SERVER']);
    }
    expect(spFamilyFor('windows', 'Windows Server 2008', 'BUSINESS')).toBe('WINDOWS');
    expect(spFamilyFor('windows', 'HPC Pack 2008 R2', 'BUSINESS')).toBe('WINDOWS');
  });
  it('files Windows 11 Enterprise under windows although the data says office', () => {
    expect(familyFor(['office'], 'Windows 11 Enterprise and Education')).toBe('windows');
    expect(familyFor(['Office'], 'Access 2016')).toBe('office');
    expect(familyFor([], 'Something')).toBe('other');
  });
});
