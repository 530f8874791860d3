import { lifecycleEvents } from './lifecycleEvents.js';
import { azureScheduler, dynamicsC5, leapDayServer, productFixture, windows7, windows7Unpublished, windowsLiveMail } from '../../testing/lifecycleFixtures.js';
import type { EstateEntry } from './upcomingEvents.js';

const row = (product: EstateEntry['product'], levelCode: string | null = null, count: number | null = null): EstateEntry => ({ product, levelCode, count });
const byKey = (entries: EstateEntry[]) => new Map(lifecycleEvents(entries).map((e) => [e.key, e]));

describe('lifecycle events of an estate (L-MAINSTREAM, L-EXTENDED, L-SP)', () => {
  it('Windows 7 without a level has mainstream end, extended end and the RTM end; SP1 ends with the product and is not repeated', () => {
    const events = lifecycleEvents([row(windows7, null, 40)]);
    expect(events.map((e) => [e.kind, e.date, e.key])).toEqual([
      ['MAINSTREAM_END', '2015-01-13', 'MAINSTREAM_END:windows-7'],
      ['EXTENDED_END', '2020-01-14', 'EXTENDED_END:windows-7'],
      ['LEVEL_END', '2013-04-09', 'LEVEL_END:windows-7:RTM'],
    ]);
    expect(events[0]!.count).toBe(40);
    expect(events[2]!.count).toBeNull(); // how many still run RTM is not known
    expect(events[1]!.description).toContain('Paid Extended Security Updates are published until 2023-01-10');
    expect(events[1]!.citations.map((c) => c.clause)).toEqual(['L-EXTENDED', 'L-SEC', 'L-SELFHELP']);
  });

  it('the mainstream event says what ends and that extended support follows until the extended end', () => {
    const mainstream = lifecycleEvents([row(windows7)])[0]!;
    expect(mainstream.description).toMatch(/From 2015-01-14 it is in extended support until 2020-01-14/);
    expect(mainstream.dateSource).toBe('PUBLISHED');
  });

  it('rows naming the same product are one product event with their counts summed, and each named level has its own event', () => {
    const events = byKey([row(windows7, 'RTM', 5), row(windows7, 'ESU1', 3), row(windows7, null, 2)]);
    expect(events.get('EXTENDED_END:windows-7')!.count).toBe(10);
    expect(events.get('LEVEL_END:windows-7:RTM')).toMatchObject({ date: '2013-04-09', count: 5, product: { levelCode: 'RTM', levelLabel: 'Original Release' } });
    expect(events.get('LEVEL_END:windows-7:ESU1')).toMatchObject({ date: '2021-01-12', count: 3 });
    expect(events.get('LEVEL_END:windows-7:ESU1')!.description).toMatch(/paid Extended Security Updates for this year end/);
  });

  it('a level code is matched case-insensitively and an unknown level adds no event (the caller reports it)', () => {
    expect(byKey([row(windows7, 'rtm', 1)]).has('LEVEL_END:windows-7:RTM')).toBe(true);
    expect([...byKey([row(windows7, 'SP9', 1)]).keys()].some((k) => k.startsWith('LEVEL_END'))).toBe(false);
  });

  it('a derived level end is flagged DERIVED and names the level to move to', () => {
    const rtm = byKey([row(windows7Unpublished)]).get('LEVEL_END:windows-7-unpublished:RTM')!;
    expect(rtm).toMatchObject({ date: '2013-04-09', dateSource: 'DERIVED' });
    expect(rtm.description).toContain('Move to Service Pack 1 (SP1)');
  });

  it('a mainstream-only product has one event: its last day of support, with no extended phase', () => {
    const events = lifecycleEvents([row(windowsLiveMail)]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'MAINSTREAM_END', date: '2017-01-10', title: 'Windows Live Mail: last day of support' });
    expect(events[0]!.citations[0]!.clause).toBe('L-EXTENDED');
  });

  it('a capped derived service-pack end that equals the product end is not repeated (Dynamics C5 SP1 derived, SP2 with the product)', () => {
    const keys = [...byKey([row(dynamicsC5)]).keys()];
    expect(keys).toContain('MAINSTREAM_END:dynamics-c5-2010');
    expect(keys).toContain('LEVEL_END:dynamics-c5-2010:RTM');
    expect(keys).not.toContain('LEVEL_END:dynamics-c5-2010:SP2');
    expect(keys).not.toContain('EXTENDED_END:dynamics-c5-2010');
  });

  it('an Online Service’s retirement is its end of support and cites the 12 months’ notice (L-ONLINE-END)', () => {
    const [e] = lifecycleEvents([row(azureScheduler)]);
    expect(e).toMatchObject({ kind: 'MAINSTREAM_END', date: '2022-02-15' });
    expect(e!.citations[0]!.clause).toBe('L-ONLINE-END');
  });

  it('dates derived from GA on a leap day are flagged DERIVED (29 Feb + 5 years = 28 Feb)', () => {
    const events = byKey([row(leapDayServer)]);
    expect(events.get('MAINSTREAM_END:leap-day-server')).toMatchObject({ date: '2017-02-28', dateSource: 'DERIVED' });
    expect(events.get('EXTENDED_END:leap-day-server')).toMatchObject({ date: '2022-02-28', dateSource: 'DERIVED' });
  });

  it('a product with no dates at all has no events', () => {
    expect(lifecycleEvents([row(productFixture({ slug: 'open', name: 'Open', policy: 'MODERN' }))])).toEqual([]);
  });

  it('a corrected date keeps the key: the key names the product, never the date', () => {
    const moved = { ...windows7, extendedEnd: '2020-02-11' };
    const before = byKey([row(windows7)]).get('EXTENDED_END:windows-7')!;
    const after = byKey([row(moved)]).get('EXTENDED_END:windows-7')!;
    expect([before.date, after.date]).toEqual(['2020-01-14', '2020-02-11']);
  });
});
