import { componentOnParent, followsParent } from './componentSupport.js';
import { supportPhase } from './supportPhase.js';
import { ie11, productFixture, windows7 } from '../../testing/lifecycleFixtures.js';

const server2016 = productFixture({
  slug: 'windows-server-2016', name: 'Windows Server 2016', generalAvailability: '2016-10-15', mainstreamEnd: '2022-01-11', extendedEnd: '2027-01-12',
  levels: [{ code: 'RTM', label: 'Original Release', kind: 'RTM', ordinal: 0, start: '2016-10-15', end: '2027-01-12' }],
});

describe('a component on its parent (L-POLICY: components follow the product they are installed on)', () => {
  it('has the parent\'s phases: IE 11 on Windows Server 2016 is EXTENDED in 2026, ends 2027-01-12 and is not MAINSTREAM in 2040', () => {
    const onServer = componentOnParent(ie11, server2016, null, null);
    expect(supportPhase(onServer, '2026-01-01')).toMatchObject({ phase: 'EXTENDED', phaseEnds: '2027-01-12', supportEnds: '2027-01-12' });
    expect(supportPhase(onServer, '2040-01-01').phase).toBe('END_OF_SUPPORT');
  });

  it('never outlasts the day Microsoft ended it there, nor its own published end', () => {
    const until = componentOnParent(ie11, server2016, '2022-06-14', null);
    expect(supportPhase(until, '2023-01-01')).toMatchObject({ phase: 'SELF_HELP_ONLY', supportEnds: '2022-06-14' });
    expect(supportPhase(componentOnParent(ie11, server2016, null, '2020-01-31'), '2019-06-01')).toMatchObject({ phase: 'MAINSTREAM', phaseEnds: '2020-01-31', supportEnds: '2020-01-31' });
  });

  it('keeps the parent\'s paid ESU years where the component still runs: IE 11 on Windows 7 in 2021', () => {
    const answer = supportPhase(componentOnParent(ie11, windows7, null, null), '2021-06-01');
    expect(answer.paidEsu).toMatchObject({ code: 'ESU2' });
  });

  it('asked without a parent it FOLLOWS_PARENT, with no end of its own, naming the parents and their ends', () => {
    const parents = [
      { parent: server2016, answer: supportPhase(componentOnParent(ie11, server2016, null, null), '2026-01-01') },
      { parent: windows7, answer: supportPhase(componentOnParent(ie11, windows7, null, null), '2026-01-01') },
    ];
    const a = followsParent(ie11, '2026-01-01', parents);
    expect(a).toMatchObject({ phase: 'FOLLOWS_PARENT', phaseEnds: null, supportEnds: null, entitlements: [] });
    expect(a.notes[0]).toBe('Internet Explorer 11 is a component: it has no end date of its own and is supported as long as the product it is installed on — Windows Server 2016 (EXTENDED, support ends 2027-01-12); Windows 7 (END_OF_SUPPORT, support ended 2020-01-14). Ask with parent: "<product>" for its phase there.');
    expect(a.citations.map((c) => c.clause)).toEqual(['L-POLICY']);
    expect(followsParent(ie11, '2026-01-01', []).notes[0]).toMatch(/the catalogue records none for it/);
  });
});
