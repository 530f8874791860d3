/**
 * ProductRecord fixtures for the lifecycle-policy tests (and for other layers' tests to reuse). Dates are
 * Microsoft's published ones from seed/lifecycle/ (microsoft-lifecycle-2023-01.json and
 * product-facts.json) unless a fixture says it is hypothetical; some rows have dates removed on purpose
 * to exercise derivation.
 */
import type { LevelRecord, ProductRecord } from '../lifecycle/policy/lifecycleTypes.js';

export function productFixture(overrides: Partial<ProductRecord> & Pick<ProductRecord, 'slug' | 'name'>): ProductRecord {
  return {
    aliases: [],
    family: 'windows',
    policy: 'FIXED',
    category: 'BUSINESS',
    spFamily: 'WINDOWS',
    generalAvailability: null,
    mainstreamEnd: null,
    extendedEnd: null,
    retirement: null,
    levels: [],
    source: 'MICROSOFT_LIFECYCLE',
    ...overrides,
  };
}

function level(code: string, label: string, kind: LevelRecord['kind'], ordinal: number, start: string | null, end: string | null): LevelRecord {
  return { code, label, kind, ordinal, start, end };
}

/** Windows 7 as published (product-facts.json): RTM ended two years after SP1, then three paid ESU years. */
export const windows7: ProductRecord = productFixture({
  slug: 'windows-7',
  name: 'Windows 7',
  aliases: ['Win 7'],
  category: 'DESKTOP_OS',
  generalAvailability: '2009-10-22',
  mainstreamEnd: '2015-01-13',
  extendedEnd: '2020-01-14',
  levels: [
    level('RTM', 'Original Release', 'RTM', 0, '2009-10-22', '2013-04-09'),
    level('SP1', 'Service Pack 1', 'SERVICE_PACK', 1, '2011-02-22', '2020-01-14'),
    level('ESU1', 'Extended Security Update Year 1', 'ESU', 2, '2020-01-14', '2021-01-12'),
    level('ESU2', 'Extended Security Update Year 2', 'ESU', 3, '2021-01-13', '2022-01-11'),
    level('ESU3', 'Extended Security Update Year 3', 'ESU', 4, '2022-01-12', '2023-01-10'),
  ],
});

/** Windows 7 with the level end dates removed, so the engine must derive them (L-SP-TABLE). */
export const windows7Unpublished: ProductRecord = {
  ...windows7,
  slug: 'windows-7-unpublished',
  levels: windows7.levels.map((l) => (l.kind === 'ESU' ? l : { ...l, end: null })),
};

/** Office 2013: Office family, the previous service pack stays supported 12 months. */
export const office2013: ProductRecord = productFixture({
  slug: 'microsoft-office-2013',
  name: 'Microsoft Office 2013',
  family: 'office',
  spFamily: 'OFFICE',
  generalAvailability: '2013-01-09',
  mainstreamEnd: '2018-04-10',
  extendedEnd: '2023-04-11',
  levels: [
    level('RTM', 'Original Release', 'RTM', 0, '2013-01-09', '2015-04-14'),
    level('SP1', 'Service Pack 1', 'SERVICE_PACK', 1, '2014-02-25', '2023-04-11'),
  ],
});

/** Dynamics C5 2010 (mainstream only) with SP1's published end (2014-07-08) removed: the derived end is capped. */
export const dynamicsC5: ProductRecord = productFixture({
  slug: 'dynamics-c5-2010',
  name: 'Dynamics C5 2010',
  family: 'dynamics',
  policy: 'FIXED_MAINSTREAM_ONLY',
  spFamily: 'DYNAMICS',
  generalAvailability: '2009-11-30',
  mainstreamEnd: '2015-01-13',
  levels: [
    level('RTM', 'Original Release', 'RTM', 0, '2009-11-30', '2013-04-09'),
    level('SP1', 'Service Pack 1', 'SERVICE_PACK', 1, '2012-02-28', null),
    level('SP2', 'Service Pack 2', 'SERVICE_PACK', 2, '2013-04-15', '2015-01-13'),
  ],
});

/** Office 2000: Download Center only for security updates (L-SEC); low-confidence dates from product-facts.json. */
export const office2000: ProductRecord = productFixture({
  slug: 'office-2000',
  name: 'Office 2000',
  family: 'office',
  spFamily: 'OFFICE',
  generalAvailability: '1999-06-07', // product-facts.json only says "1999-06"
  mainstreamEnd: '2004-06-30',
  extendedEnd: '2009-07-14',
  source: 'PRODUCT_FACTS',
});

/** Windows Live Mail (Windows Essentials 2012): consumer software, mainstream only. */
export const windowsLiveMail: ProductRecord = productFixture({
  slug: 'windows-live-mail',
  name: 'Windows Live Mail',
  family: 'windows-essentials',
  category: 'CONSUMER',
  spFamily: 'CONSUMER',
  generalAvailability: '2012-08-07',
  mainstreamEnd: '2017-01-10',
  source: 'PRODUCT_FACTS',
});

/** Surface Pro 3: consumer hardware whose security updates follow the device OS (L-HW-SEC). */
export const surfacePro3: ProductRecord = productFixture({
  slug: 'eol:surface:pro-3',
  name: 'Surface Pro 3',
  family: 'surface',
  category: 'CONSUMER_HARDWARE',
  spFamily: 'CONSUMER',
  generalAvailability: '2014-06-20',
  mainstreamEnd: '2021-11-13',
  source: 'ENDOFLIFE_DATE',
});

/** Hypothetical consumer device with only a release date: the 4-year default applies (L-POLICY). */
export const contosoHeadset: ProductRecord = productFixture({
  slug: 'contoso-headset',
  name: 'Contoso Headset (hypothetical)',
  family: 'devices',
  category: 'CONSUMER_HARDWARE',
  spFamily: 'CONSUMER',
  generalAvailability: '2016-03-31',
});

/** Access 2021: Modern policy on-premises with a published end. */
export const access2021: ProductRecord = productFixture({
  slug: 'access-2021',
  name: 'Access 2021',
  family: 'office',
  policy: 'MODERN',
  spFamily: 'OFFICE',
  generalAvailability: '2021-10-05',
  mainstreamEnd: '2026-10-13',
});

/** Azure Stack HCI: Modern policy on-premises, no end date. */
export const azureStackHci: ProductRecord = productFixture({
  slug: 'azure-stack-hci',
  name: 'Azure Stack HCI',
  family: 'azure',
  policy: 'MODERN',
  spFamily: 'SERVER',
  generalAvailability: '2020-12-10',
});

/** Dynamics 365 Business Central (online): Online Services, no end date. */
export const businessCentral: ProductRecord = productFixture({
  slug: 'dynamics-365-business-central',
  name: 'Dynamics 365 Business Central',
  family: 'dynamics',
  policy: 'ONLINE',
  category: 'ONLINE_SERVICE',
  spFamily: 'DYNAMICS',
  generalAvailability: '2016-11-01',
});

/** Azure Scheduler: an Online Service retired on 2022-02-15. */
export const azureScheduler: ProductRecord = productFixture({
  slug: 'azure-scheduler',
  name: 'Azure Scheduler',
  family: 'azure',
  policy: 'ONLINE',
  category: 'ONLINE_SERVICE',
  spFamily: 'SERVER',
  generalAvailability: '2014-07-01',
  retirement: '2022-02-15',
});

/** Windows Small Business Server 2008: the data has an extended end but no mainstream end. */
export const sbs2008: ProductRecord = productFixture({
  slug: 'windows-small-business-server-2008',
  name: 'Windows Small Business Server 2008',
  generalAvailability: '2008-11-21',
  extendedEnd: '2020-01-14',
});

/** Windows 8: extended end 2016-01-12 only, earlier than GA + 5 years, so the derived mainstream end is capped. */
export const windows8: ProductRecord = productFixture({
  slug: 'windows-8',
  name: 'Windows 8',
  category: 'DESKTOP_OS',
  generalAvailability: '2012-10-30',
  extendedEnd: '2016-01-12',
});

/** Hypothetical business product released on a leap day, with no end dates: both are derived. */
export const leapDayServer: ProductRecord = productFixture({
  slug: 'leap-day-server',
  name: 'Leap Day Server (hypothetical)',
  family: 'microsoft-servers',
  spFamily: 'SERVER',
  generalAvailability: '2012-02-29',
});

/** Internet Explorer 11: a component with no dates of its own (it follows the Windows it ships with). */
export const ie11: ProductRecord = productFixture({
  slug: 'internet-explorer-11',
  name: 'Internet Explorer 11',
  family: 'internet-explorer',
  policy: 'COMPONENT',
  generalAvailability: '2013-11-13',
});

/** Internet Explorer 10: a component with its own published end. */
export const ie10: ProductRecord = productFixture({
  slug: 'internet-explorer-10',
  name: 'Internet Explorer 10',
  family: 'internet-explorer',
  policy: 'COMPONENT',
  generalAvailability: '2012-10-30',
  mainstreamEnd: '2020-01-31',
});
