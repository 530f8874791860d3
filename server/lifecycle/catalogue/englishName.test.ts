import { readFileSync } from 'node:fs';
import { englishName, normaliseWhitespace, translateGerman } from './englishName.js';

const microsoft = JSON.parse(readFileSync(new URL('../../../seed/lifecycle/microsoft-lifecycle-2023-01.json', import.meta.url), 'utf8')) as Record<string, { name: string }>;
const GERMAN = /\b(für|und|mit|auf|oder|früher|lokal|lokales|klassisch|veröffentlicht|halbjährlicher|erstellt|Richtlinie|von|das|Desktopclient)\b|ü|ö|ä|ß/;

describe('whitespace', () => {
  it('turns non-breaking, thin and ideographic spaces into one space and drops zero-width characters', () => {
    expect(normaliseWhitespace('SQL\u00a0Server\u202f\u00a02016 ')).toBe('SQL Server 2016');
    expect(normaliseWhitespace('Win\u200bdows\u3000XP')).toBe('Windows XP');
  });
});

describe('English names from the German lifecycle data', () => {
  it.each([
    ['excel-2016-for-mac', 'Excel 2016 für Mac', 'Excel 2016 for Mac'],
    ['adxstudio-portals-v6x-or-prior', 'Adxstudio Portals v6.x oder früher', 'Adxstudio Portals v6.x or prior'],
    ['dynamics-365-for-customer-engagement-apps-version-9-onpremises-update', 'Dynamics 365 for Customer Engagement Apps, Version 9 (lokales Update)', 'Dynamics 365 for Customer Engagement Apps, Version 9 (on-premises update)'],
    ['office-2013-version-of-office-365-proplus', 'Office 2013-Version von Office\u00a0365 ProPlus', 'Office 2013 version of Office 365 ProPlus'],
    ['windows-10-home-and-pro', 'Windows 10 Home und Pro', 'Windows 10 Home and Pro'],
    ['learning-essentials-v15-with-scorm', 'Learning Essentials v1.5 mit SCORM', 'Learning Essentials v1.5 with SCORM'],
    ['windows-azure-pack-on-windows-server-2012-r2', 'Windows Azure Pack (auf Windows Server 2012 R2)', 'Windows Azure Pack (on Windows Server 2012 R2)'],
    ['windows-10-mobile-released-in-october-2017', 'Windows 10 Mobile, veröffentlicht im Oktober 2017', 'Windows 10 Mobile, released in October 2017'],
    ['dynamics-crm-2011', 'Dynamics CRM 2011 erstellt haben', 'Dynamics CRM 2011'],
    ['dynamics-nav-40', 'Dynamics NAV 4,0', 'Dynamics NAV 4.0'],
    ['power-bi-report-server-choose-correct-start-date', 'Power BI-Berichtsserver', 'Power BI Report Server'],
  ])('%s: "%s" → "%s", the German name kept', (slug, german, english) => {
    expect(englishName(slug, german)).toEqual({ name: english, germanName: normaliseWhitespace(german) });
  });

  it('an English name only gets its whitespace normalised and no German alias', () => {
    expect(englishName('sql-server-2016', 'SQL\u00a0Server\u00a02016')).toEqual({ name: 'SQL Server 2016', germanName: null });
  });

  it('corrects the one name the German copy gets wrong beyond translation, by its slug', () => {
    expect(englishName('microsoft-system-center-mobile-device-manager-2008', 'Microsoft System Center Data Protection Manager 2008').name)
      .toBe('Microsoft System Center Mobile Device Manager 2008');
  });

  it('leaves no German word in any of the 702 names', () => {
    const left = Object.entries(microsoft).map(([slug, row]) => englishName(slug, row.name).name).filter((n) => GERMAN.test(n));
    expect(left).toEqual([]);
  });

  it('every translated name uses the words of its English slug (which often omits "Microsoft")', () => {
    const mismatches = Object.entries(microsoft).flatMap(([slug, row]) => {
      const { name, germanName } = englishName(slug, row.name);
      if (!germanName) return [];
      const compactSlug = slug.replace(/-/g, '');
      const words = name.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '' && w !== 'microsoft');
      return words.every((w) => compactSlug.includes(w)) ? [] : [`${slug}: ${name}`];
    });
    expect(mismatches).toEqual([]);
  });

  it('translates exactly as many German names as the README says (decimal commas and fragments included)', () => {
    const translated = Object.entries(microsoft).filter(([slug, row]) => englishName(slug, row.name).germanName !== null);
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const stated = /(\d+) German display names\s+of Microsoft's German-locale data are translated/.exec(readme);
    expect(stated).not.toBeNull();
    expect(translated.length).toBe(Number(stated![1]));
    expect(translated.length).toBe(120);
  });

  it('joins a German compound to its English prefix with a space', () => {
    expect(translateGerman('SharePoint Server-Abonnementedition')).toBe('SharePoint Server Subscription Edition');
    expect(translateGerman('Lync-Besprechungsraum')).toBe('Lync Meeting Room');
  });
});
