import { readFileSync } from 'node:fs';
import { englishName } from '../catalogue/englishName.js';
import { aliasesFor } from './aliases.js';

/** German words of the source's names (germanGlossary.ts). */
const GERMAN_WORDS = /\b(und|für|oder|früher|lokal|lokales|erstellt|haben|Richtlinie|klassisch|Kanal|mit|auf|Serie|veröffentlicht|Besprechungsraum|Berichtsserver|Installationsoption|Abonnementedition|Korrekturhilfen|Endpunkt|Planer|Verwaltung|Überwachung|Internetinformationsdienste|Softwareziel|Arbeitsbereichsammlung|Desktopclient)\b|-Version von|-Adapter/;

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
  it('keeps source names (the German one as it is) and never repeats the name or an alias', () => {
    const aliases = aliasesFor('Excel 2016 for Mac', ['excel 2016 for mac'], ['Excel 2016 für Mac']);
    expect(aliases).toContain('Excel 2016 für Mac');
    expect(aliases).not.toContain('excel 2016 for mac');
    expect(new Set(aliases.map((a) => a.toLowerCase())).size).toBe(aliases.length);
  });

  it('applies no rule to a German name: no "Win 10 Home und Pro", no "für Mac 2016"', () => {
    const aliases = aliasesFor('Windows 10 Home and Pro', [], ['Windows 10 Home und Pro']);
    expect(aliases.filter((a) => /\bund\b/.test(a))).toEqual(['Windows 10 Home und Pro']);
  });

  it('in the seed catalogue, the only German alias of a product is its German source name', () => {
    const seed = JSON.parse(readFileSync(new URL('../../../seed/lifecycle/catalogue.json', import.meta.url), 'utf8')) as { products: { slug: string; name: string; aliases: string[] }[] };
    const microsoft = JSON.parse(readFileSync(new URL('../../../seed/lifecycle/microsoft-lifecycle-2023-01.json', import.meta.url), 'utf8')) as Record<string, { name: string }>;
    const german = (slug: string) => {
      const row = microsoft[slug];
      return row ? englishName(slug, row.name).germanName : null;
    };
    const generated = seed.products.flatMap((p) => {
      const source = german(p.slug);
      return p.aliases.filter((a) => a !== source && GERMAN_WORDS.test(a)).map((a) => `${p.slug}: ${a}`);
    });
    expect(generated).toEqual([]);
    expect(seed.products.filter((p) => german(p.slug) !== null).every((p) => p.aliases.includes(german(p.slug)!))).toBe(true);
  });

  it('gives products their short forms and other names from seed/lifecycle/name-abbreviations.json', () => {
    expect(aliasesFor('Microsoft System Center Configuration Manager 2007')).toContain('SCCM 2007');
    expect(aliasesFor('Microsoft 365 Apps')).toEqual(expect.arrayContaining(['Office 365 ProPlus', 'Microsoft 365 Apps for enterprise']));
    expect(aliasesFor('User Experience Virtualization (UE-V) 2.1')).toEqual(expect.arrayContaining(['User Experience Virtualization 2.1', 'UE-V 2.1']));
    expect(aliasesFor('Azure DevOps Server 2022 Update 1')).toContain('Azure DevOps Server 2022.1');
  });
  it('does not store level suffixes: the resolver handles them', () => {
    expect(aliasesFor('Windows 7').some((a) => /SP1|RTM/.test(a))).toBe(false);
  });
});
