import { readFileSync } from 'node:fs';
import type { ProductRecord } from '../policy/lifecycleTypes.js';
import { Catalogue } from './catalogue.js';
import { COMPONENT_PARENTS } from './componentParents.js';
import { lookupPhase, type PhaseView } from './phaseLookup.js';

const seed = JSON.parse(readFileSync(new URL('../../../seed/lifecycle/catalogue.json', import.meta.url), 'utf8')) as { products: ProductRecord[] };
const catalogue = new Catalogue(seed.products);
const answer = (name: string, date: string, parent?: string) => lookupPhase(catalogue, name, date, null, parent) as PhaseView;

describe('components follow their parent', () => {
  it('every component and parent of seed/lifecycle/component-parents.json is a catalogue product, named exactly', () => {
    for (const c of COMPONENT_PARENTS) {
      expect([c.product, catalogue.named(c.product).map((p) => p.policy)]).toEqual([c.product, ['COMPONENT']]);
      for (const p of c.parents) expect([p.product, catalogue.named(p.product).length]).toEqual([p.product, 1]);
      expect(c.sources.length).toBeGreaterThan(0);
    }
  });

  it('reads the parent from the name or the level label ("… for Windows Server 2016", "IIS 10 on Windows Server 2019")', () => {
    const wsus = catalogue.bySlug('windows-server-update-services-for-windows-server-2016')!;
    expect(catalogue.parentsOf(wsus).map((l) => l.parent.slug)).toEqual(['windows-server-2016']);
    const iis = catalogue.bySlug('internet-information-services-iis')!;
    expect(catalogue.parentsOf(iis).find((l) => l.parent.slug === 'windows-server-2019')?.levelCode).toBe('IIS-10-ON-WINDOWS-SERVER-2019');
    expect(catalogue.parentsOf(catalogue.bySlug('windows-7')!)).toEqual([]);
  });

  it('no component answers an open-ended MAINSTREAM on any date: it follows its parents, or its one parent', () => {
    const components = seed.products.filter((p) => p.policy === 'COMPONENT');
    for (const date of ['2026-01-01', '2040-01-01']) {
      const bare = components.map((p) => lookupPhase(catalogue, p.slug, date) as PhaseView).filter((a) => a.phase === 'MAINSTREAM' && a.phaseEnds === null);
      expect(bare.map((a) => a.product.slug)).toEqual([]);
    }
  });

  it('IE 11 in 2040: FOLLOWS_PARENT, with the parents and their ends; on Windows Server 2016: that server\'s phase', () => {
    const bare = answer('Internet Explorer 11', '2040-01-01');
    expect(bare).toMatchObject({ phase: 'FOLLOWS_PARENT', phaseEnds: null, supportEnds: null, parent: null });
    expect(bare.parents.find((p) => p.product.slug === 'windows-server-2016')).toMatchObject({ phase: 'END_OF_SUPPORT', supportEnds: '2027-01-12', until: null });
    expect(bare.parents.find((p) => p.product.slug === 'windows-10-home-and-pro')).toMatchObject({ supportEnds: '2022-06-14', until: '2022-06-14' });
    expect(answer('IE 11', '2026-01-01', 'Windows Server 2016')).toMatchObject({ phase: 'EXTENDED', phaseEnds: '2027-01-12', parent: { slug: 'windows-server-2016' }, parents: [] });
  });

  it('a component with one parent answers on it; one with none says so', () => {
    expect(answer('WSUS for Windows Server 2016', '2026-01-01')).toMatchObject({ phase: 'EXTENDED', supportEnds: '2027-01-12', parent: { slug: 'windows-server-2016' } });
    expect(answer('Microsoft Defender for Endpoint', '2026-01-01')).toMatchObject({ phase: 'FOLLOWS_PARENT', parents: [] });
  });

  it('IIS on a parent answers the IIS release for it', () => {
    expect(answer('IIS', '2026-01-01', 'Windows Server 2016')).toMatchObject({ phase: 'EXTENDED', level: { code: 'IIS-10-ON-WINDOWS-SERVER-2016' } });
  });

  it('a parent the component does not run on, a parent that is no product, or a parent for a non-component is a problem with candidates', () => {
    expect(lookupPhase(catalogue, 'IE 11', '2026-01-01', null, 'Windows XP')).toMatchObject({ code: 'BAD_USER_INPUT', candidates: expect.arrayContaining(['Windows 7']) });
    expect(lookupPhase(catalogue, 'IE 11', '2026-01-01', null, 'Wndws 7')).toMatchObject({ code: 'PRODUCT_NOT_FOUND' });
    expect(lookupPhase(catalogue, 'Windows 7', '2026-01-01', null, 'Windows 10')).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
