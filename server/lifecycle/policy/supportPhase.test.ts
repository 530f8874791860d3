import { supportPhase, UnknownLevelError, type PhaseAnswer } from './supportPhase.js';
import type { EntitlementKind } from './entitlements.js';
import { MODERN_NO_END } from './phaseNotes.js';
import {
  access2021,
  azureScheduler,
  azureStackHci,
  businessCentral,
  contosoHeadset,
  dynamicsC5,
  ie10,
  ie11,
  leapDayServer,
  office2000,
  office2013,
  productFixture,
  sbs2008,
  surfacePro3,
  windows7,
  windows7Unpublished,
  windows8,
  windowsLiveMail,
} from '../../testing/lifecycleFixtures.js';

const availability = (a: PhaseAnswer, kind: EntitlementKind) => a.entitlements.find((e) => e.kind === kind)?.availability;
const clauses = (a: PhaseAnswer) => a.citations.map((c) => c.clause);
const phaseOn = (p: Parameters<typeof supportPhase>[0], d: string, level?: string) => supportPhase(p, d, level).phase;

describe('supportPhase: Windows 7 as a product', () => {
  it.each([
    ['2009-10-21', 'PRE_RELEASE'],
    ['2009-10-22', 'MAINSTREAM'],
    ['2015-01-13', 'MAINSTREAM'],
    ['2015-01-14', 'EXTENDED'],
    ['2020-01-14', 'EXTENDED'],
    ['2020-01-15', 'SELF_HELP_ONLY'],
    ['2021-01-14', 'SELF_HELP_ONLY'],
    ['2021-01-15', 'END_OF_SUPPORT'],
  ])('is in the right phase on %s: %s', (date, phase) => {
    expect(phaseOn(windows7, date)).toBe(phase);
  });

  it('is still MAINSTREAM on the mainstream end date, with 0 days left and EXTENDED next', () => {
    const a = supportPhase(windows7, '2015-01-13');
    expect(a).toMatchObject({
      date: '2015-01-13',
      levelCode: null,
      phaseEnds: '2015-01-13',
      nextPhase: 'EXTENDED',
      daysLeft: 0,
      generalAvailability: '2009-10-22',
      mainstreamEnds: '2015-01-13',
      extendedEnds: '2020-01-14',
      supportEnds: '2020-01-14',
      selfHelpEnds: '2021-01-14',
      selfHelpMinimum: true,
      dateSource: 'PUBLISHED',
      levelSupported: null,
      paidEsu: null,
    });
    expect(availability(a, 'FREE_SUPPORT')).toBe('AVAILABLE');
    expect(a.notes.join(' ')).toMatch(/maintenance programme/);
  });

  it('counts the days left in extended support from its first day', () => {
    const a = supportPhase(windows7, '2015-01-14');
    expect(a).toMatchObject({ phase: 'EXTENDED', phaseEnds: '2020-01-14', nextPhase: 'SELF_HELP_ONLY', daysLeft: 1826 });
    expect(availability(a, 'NON_SECURITY_HOTFIXES')).toBe('CONDITIONAL');
    expect(availability(a, 'FREE_SUPPORT')).toBe('NOT_AVAILABLE');
    expect(a.notes.join(' ')).toMatch(/Extended Hotfix Support is not offered for consumer desktop-OS/);
    expect(clauses(a)).toEqual(expect.arrayContaining(['L-POLICY', 'L-PHASES', 'L-EXTENDED', 'L-SELFHELP']));
  });

  it('offers no paid ESU year on the extended end date itself', () => {
    const a = supportPhase(windows7, '2020-01-14');
    expect(a).toMatchObject({ phase: 'EXTENDED', daysLeft: 0, paidEsu: null });
    expect(availability(a, 'SECURITY_UPDATES')).toBe('AVAILABLE');
  });

  it('is SELF_HELP_ONLY the day after, with ESU year 1 on sale and security updates PAID', () => {
    const a = supportPhase(windows7, '2020-01-15');
    expect(a).toMatchObject({ phase: 'SELF_HELP_ONLY', phaseEnds: '2021-01-14', nextPhase: 'END_OF_SUPPORT', daysLeft: 365 });
    expect(a.paidEsu).toEqual({ code: 'ESU1', label: 'Extended Security Update Year 1', ends: '2021-01-12', year: 1 });
    expect(a.entitlements.find((e) => e.kind === 'SECURITY_UPDATES')).toMatchObject({
      availability: 'PAID',
      condition: 'Extended Security Updates year 1, purchased separately',
    });
    expect(availability(a, 'ONLINE_SELF_HELP')).toBe('AVAILABLE');
    expect(availability(a, 'PAID_SUPPORT')).toBe('NOT_AVAILABLE');
    expect(a.notes.join(' ')).toMatch(/guaranteed until at least 2021-01-14 .*a minimum/);
    expect(clauses(a)).toContain('L-SEC');
  });

  it('is in ESU year 2 on the last self-help day', () => {
    const a = supportPhase(windows7, '2021-01-14');
    expect(a).toMatchObject({ phase: 'SELF_HELP_ONLY', daysLeft: 0 });
    expect(a.paidEsu?.code).toBe('ESU2');
  });

  it('is END_OF_SUPPORT afterwards, with no phase end, and only a paid ESU year while one runs', () => {
    const a = supportPhase(windows7, '2021-01-15');
    expect(a).toMatchObject({ phase: 'END_OF_SUPPORT', phaseEnds: null, nextPhase: null, daysLeft: null });
    expect(a.paidEsu?.code).toBe('ESU2');
    expect(a.entitlements.filter((e) => e.availability !== 'NOT_AVAILABLE').map((e) => e.kind)).toEqual(['SECURITY_UPDATES']);
    const after = supportPhase(windows7, '2023-01-11'); // the day after ESU year 3
    expect(after.paidEsu).toBeNull();
    expect(after.entitlements.every((e) => e.availability === 'NOT_AVAILABLE')).toBe(true);
  });

  it('answers PRE_RELEASE before general availability with nothing yet', () => {
    const a = supportPhase(windows7, '2009-10-21');
    expect(a).toMatchObject({ phase: 'PRE_RELEASE', phaseEnds: '2009-10-21', nextPhase: 'MAINSTREAM', daysLeft: 0 });
    expect(a.entitlements.every((e) => e.availability === 'NOT_AVAILABLE')).toBe(true);
    expect(a.notes[0]).toMatch(/not generally available until 2009-10-22/);
  });

  it('rejects a date that is not a calendar date', () => {
    expect(() => supportPhase(windows7, '2015-02-29')).toThrow(TypeError);
  });
});

describe('supportPhase: service-pack levels (L-SP)', () => {
  it('supports Windows 7 RTM through 2013-04-09, its last day', () => {
    const a = supportPhase(windows7, '2013-04-09', 'RTM');
    expect(a).toMatchObject({ levelCode: 'RTM', phase: 'MAINSTREAM', levelSupported: true, phaseEnds: '2013-04-09', nextPhase: 'SELF_HELP_ONLY', daysLeft: 0 });
    expect(a).toMatchObject({ supportEnds: '2013-04-09', mainstreamEnds: '2015-01-13', dateSource: 'PUBLISHED' });
    expect(availability(a, 'SECURITY_UPDATES')).toBe('AVAILABLE');
  });

  it('leaves Windows 7 RTM unsupported from 2013-04-10: self-help only, limited troubleshooting, upgrade to SP1', () => {
    const a = supportPhase(windows7, '2013-04-10', 'RTM');
    expect(a).toMatchObject({ phase: 'SELF_HELP_ONLY', levelSupported: false, selfHelpEnds: '2014-04-09', paidEsu: null });
    expect(availability(a, 'SECURITY_UPDATES')).toBe('NOT_AVAILABLE');
    expect(availability(a, 'NON_SECURITY_HOTFIXES')).toBe('NOT_AVAILABLE');
    expect(availability(a, 'PAID_SUPPORT')).toBe('CONDITIONAL');
    const note = a.notes.find((n) => n.startsWith('RTM is not a supported level'));
    expect(note).toMatch(/limited troubleshooting only, no security updates or hotfixes.*upgrade to SP1\.$/);
    expect(clauses(a)).toEqual(expect.arrayContaining(['L-SP']));
  });

  it('keeps offering limited troubleshooting on RTM after the level’s self-help year while the product is supported', () => {
    const a = supportPhase(windows7, '2014-04-10', 'RTM');
    expect(a).toMatchObject({ phase: 'END_OF_SUPPORT', levelSupported: false });
    expect(availability(a, 'PAID_SUPPORT')).toBe('CONDITIONAL');
  });

  it('flags a derived RTM end as DERIVED and explains it', () => {
    const a = supportPhase(windows7Unpublished, '2013-04-10', 'RTM');
    expect(a).toMatchObject({ phase: 'SELF_HELP_ONLY', supportEnds: '2013-04-09', dateSource: 'DERIVED' });
    expect(a.notes.join(' ')).toMatch(/RTM support end 2013-04-09 is derived/);
    expect(clauses(a)).toContain('L-SP-TABLE');
  });

  it('answers PRE_RELEASE for a service pack that has not shipped yet', () => {
    const a = supportPhase(windows7, '2011-02-21', 'SP1');
    expect(a).toMatchObject({ phase: 'PRE_RELEASE', phaseEnds: '2011-02-21', levelSupported: false });
    expect(a.notes[0]).toMatch(/Service Pack 1 \(SP1\) is not released until 2011-02-22/);
  });

  it('follows the product through extended support on SP1', () => {
    expect(supportPhase(windows7, '2016-01-01', 'SP1')).toMatchObject({ phase: 'EXTENDED', levelSupported: true, phaseEnds: '2020-01-14', nextPhase: 'SELF_HELP_ONLY' });
  });

  it('offers the ESU year on the final level, not on RTM', () => {
    const sp1 = supportPhase(windows7, '2020-01-15', 'SP1');
    expect(sp1).toMatchObject({ phase: 'SELF_HELP_ONLY', levelSupported: false });
    expect(sp1.paidEsu?.code).toBe('ESU1');
    expect(sp1.notes.join(' ')).toMatch(/the product itself is past end of support/);
    expect(supportPhase(windows7, '2020-01-15', 'RTM').paidEsu).toBeNull();
  });

  it('matches the level code case-insensitively and answers the canonical code', () => {
    expect(supportPhase(windows7, '2012-01-01', ' sp1 ').levelCode).toBe('SP1');
  });

  it('applies the Office family’s 12 months to Office 2013 RTM: supported on 2015-04-14, not on 2015-04-15', () => {
    const derived = { ...office2013, levels: office2013.levels.map((l) => (l.code === 'RTM' ? { ...l, end: null } : l)) };
    expect(supportPhase(derived, '2015-04-14', 'RTM')).toMatchObject({ phase: 'MAINSTREAM', levelSupported: true, dateSource: 'DERIVED' });
    expect(supportPhase(derived, '2015-04-15', 'RTM')).toMatchObject({ phase: 'SELF_HELP_ONLY', levelSupported: false });
  });

  it('caps a level at the product’s end: Dynamics C5 2010 SP1 ends with the product on 2015-01-13', () => {
    expect(supportPhase(dynamicsC5, '2015-01-13', 'SP1')).toMatchObject({ phase: 'MAINSTREAM', levelSupported: true, supportEnds: '2015-01-13' });
    const after = supportPhase(dynamicsC5, '2015-01-14', 'SP1');
    expect(after).toMatchObject({ phase: 'SELF_HELP_ONLY', levelSupported: false });
    expect(after.notes.join(' ')).toMatch(/capped at the product's last support day/);
  });

  it('throws UnknownLevelError naming the levels the product has', () => {
    expect.assertions(4);
    try {
      supportPhase(windows7, '2012-01-01', 'SP2');
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownLevelError);
      const err = e as UnknownLevelError;
      expect(err.levelCode).toBe('SP2');
      expect(err.available).toEqual(['RTM', 'SP1', 'ESU1', 'ESU2', 'ESU3']);
      expect(err.message).toMatch(/windows-7 has no level "SP2"/);
    }
  });

  it('throws UnknownLevelError with no alternatives for a product without levels', () => {
    expect(() => supportPhase(windowsLiveMail, '2015-01-01', 'SP1')).toThrow(expect.objectContaining({ available: [] }));
  });
});

describe('supportPhase: ESU levels', () => {
  it('answers the product’s phase with the paid ESU year when asked about a year that covers the date', () => {
    const a = supportPhase(windows7, '2020-06-01', 'ESU1');
    expect(a).toMatchObject({ levelCode: 'ESU1', phase: 'SELF_HELP_ONLY', levelSupported: true, supportEnds: '2020-01-14' });
    expect(a.paidEsu).toMatchObject({ code: 'ESU1', year: 1 });
    expect(availability(a, 'SECURITY_UPDATES')).toBe('PAID');
  });

  it('says a year does not cover a date outside it', () => {
    const a = supportPhase(windows7, '2021-06-01', 'ESU1');
    expect(a).toMatchObject({ phase: 'END_OF_SUPPORT', levelSupported: false, paidEsu: null });
    expect(a.notes.join(' ')).toMatch(/does not cover 2021-06-01/);
    expect(supportPhase(windows7, '2021-06-01', 'ESU2').paidEsu).toMatchObject({ code: 'ESU2', year: 2, ends: '2022-01-11' });
  });
});

describe('supportPhase: one ESU range over several paid years', () => {
  // As endoflife.date gives Windows Server 2016's ESU: one range, the yearly boundaries not published.
  const ws2016 = productFixture({
    slug: 'windows-server-2016', name: 'Windows Server 2016', category: 'BUSINESS', generalAvailability: '2016-10-15', mainstreamEnd: '2022-01-11', extendedEnd: '2027-01-12',
    levels: [
      { code: 'RTM', label: 'Original Release', kind: 'RTM', ordinal: 0, start: '2016-10-15', end: '2027-01-12' },
      { code: 'ESU', label: 'Extended Security Updates', kind: 'ESU', ordinal: 1, start: '2027-01-13', end: '2030-01-12' },
    ],
  });

  it('is never called "year 1": no year number, and the note says how many paid years the range spans', () => {
    const a = supportPhase(ws2016, '2029-06-01');
    expect(a.paidEsu).toEqual({ code: 'ESU', label: 'Extended Security Updates', ends: '2030-01-12', year: null });
    const note = a.notes.find((n) => n.includes('covers this date'))!;
    expect(note).toBe('Extended Security Updates (2027-01-13 – 2030-01-12, up to 3 paid years; the yearly boundaries are not published) covers this date: paid security updates after the end of extended support, purchased separately.');
    expect(note).not.toMatch(/year 1/);
    expect(a.entitlements.find((e) => e.kind === 'SECURITY_UPDATES')!.condition).toBe('Extended Security Updates, purchased separately');
  });
});

describe('supportPhase: categories and policies', () => {
  it('gives a consumer product mainstream only, then the self-help year', () => {
    const last = supportPhase(windowsLiveMail, '2017-01-10');
    expect(last).toMatchObject({ phase: 'MAINSTREAM', nextPhase: 'SELF_HELP_ONLY', extendedEnds: null, supportEnds: '2017-01-10' });
    expect(last.notes.join(' ')).toMatch(/No extended support phase/);
    expect(phaseOn(windowsLiveMail, '2017-01-11')).toBe('SELF_HELP_ONLY');
    expect(phaseOn(windowsLiveMail, '2018-01-10')).toBe('SELF_HELP_ONLY');
    expect(phaseOn(windowsLiveMail, '2018-01-11')).toBe('END_OF_SUPPORT');
  });

  it('gives hardware four derived years of repair and firmware updates', () => {
    const a = supportPhase(contosoHeadset, '2020-03-31');
    expect(a).toMatchObject({ phase: 'MAINSTREAM', mainstreamEnds: '2020-03-31', dateSource: 'DERIVED', nextPhase: 'SELF_HELP_ONLY' });
    expect(availability(a, 'HARDWARE_REPAIR')).toBe('AVAILABLE');
    expect(availability(a, 'FIRMWARE_UPDATES')).toBe('AVAILABLE');
    expect(phaseOn(contosoHeadset, '2020-04-01')).toBe('SELF_HELP_ONLY');
  });

  it('sends Surface security updates to the device OS', () => {
    const a = supportPhase(surfacePro3, '2019-01-01');
    expect(availability(a, 'SECURITY_UPDATES')).toBe('CONDITIONAL');
    expect(a.notes.join(' ')).toMatch(/Surface: the device's software and security updates follow/);
    expect(clauses(a)).toContain('L-HW-SEC');
  });

  it('keeps a Modern product without an end MAINSTREAM with no phase end', () => {
    const a = supportPhase(azureStackHci, '2030-01-01');
    expect(a).toMatchObject({ phase: 'MAINSTREAM', phaseEnds: null, nextPhase: null, daysLeft: null, supportEnds: null, selfHelpEnds: null });
    expect(a).toMatchObject({ selfHelpMinimum: false, dateSource: 'PUBLISHED', extendedEnds: null });
    expect(a.notes).toContain(MODERN_NO_END);
  });

  it('ends a Modern product with a published end like any other', () => {
    expect(supportPhase(access2021, '2026-10-13')).toMatchObject({ phase: 'MAINSTREAM', phaseEnds: '2026-10-13', daysLeft: 0, nextPhase: 'SELF_HELP_ONLY' });
    expect(phaseOn(access2021, '2026-10-14')).toBe('SELF_HELP_ONLY');
    expect(phaseOn(access2021, '2027-10-13')).toBe('SELF_HELP_ONLY');
    expect(phaseOn(access2021, '2027-10-14')).toBe('END_OF_SUPPORT');
    expect(supportPhase(access2021, '2024-01-01').notes.join(' ')).toMatch(/until the announced end on 2026-10-13/);
  });

  it('makes Online Service support depend on a valid agreement, and retires a service on its published date', () => {
    const a = supportPhase(businessCentral, '2024-01-01');
    expect(a).toMatchObject({ phase: 'MAINSTREAM', phaseEnds: null });
    expect(availability(a, 'FREE_SUPPORT')).toBe('CONDITIONAL');
    expect(a.notes.join(' ')).toMatch(/agreement for the service is valid/);
    expect(clauses(a)).toContain('L-ONLINE-SUPPORT');
    expect(phaseOn(azureScheduler, '2022-02-15')).toBe('MAINSTREAM');
    expect(phaseOn(azureScheduler, '2022-02-16')).toBe('SELF_HELP_ONLY');
  });

  it('notes that a component follows its parent, with or without dates of its own', () => {
    const open = supportPhase(ie11, '2024-01-01');
    expect(open).toMatchObject({ phase: 'MAINSTREAM', phaseEnds: null });
    expect(open.notes.join(' ')).toMatch(/follows its parent product's lifecycle.*no end date of its own/);
    expect(phaseOn(ie10, '2020-02-01')).toBe('SELF_HELP_ONLY');
  });

  it('derives a missing mainstream end and says so', () => {
    expect(supportPhase(sbs2008, '2013-11-21')).toMatchObject({ phase: 'MAINSTREAM', mainstreamEnds: '2013-11-21', dateSource: 'DERIVED' });
    expect(supportPhase(sbs2008, '2013-11-22')).toMatchObject({ phase: 'EXTENDED', extendedEnds: '2020-01-14', dateSource: 'DERIVED' });
    expect(supportPhase(windows8, '2016-01-12')).toMatchObject({ phase: 'MAINSTREAM', nextPhase: 'SELF_HELP_ONLY' });
  });

  it('derives across a leap day: GA 2012-02-29 → mainstream ends 2017-02-28', () => {
    expect(supportPhase(leapDayServer, '2017-02-28')).toMatchObject({ phase: 'MAINSTREAM', daysLeft: 0, extendedEnds: '2022-02-28', selfHelpEnds: '2023-02-28' });
    expect(phaseOn(leapDayServer, '2017-03-01')).toBe('EXTENDED');
  });

  it('notes Office 2000’s Download Center exception (L-SEC)', () => {
    const a = supportPhase(office2000, '2005-01-01');
    expect(a.phase).toBe('EXTENDED');
    expect(a.notes.join(' ')).toMatch(/only from the Microsoft Download Center/);
  });

  it('keeps a product with no dates at all open-ended and says none could be derived', () => {
    const a = supportPhase(productFixture({ slug: 'n', name: 'N' }), '2020-01-01');
    expect(a).toMatchObject({ phase: 'MAINSTREAM', phaseEnds: null, supportEnds: null });
    expect(a.notes.join(' ')).toMatch(/none can be derived/);
  });
});

describe('supportPhase: entitlements, notes and citations are computed on first read', () => {
  const product = windows7;
  it('are not own fields until read, then the same arrays on every read', () => {
    const a = supportPhase(product, '2013-04-10', 'RTM');
    expect(Object.keys(a)).not.toContain('entitlements');
    expect(Object.keys(a)).not.toContain('notes');
    expect(Object.keys(a)).not.toContain('citations');
    const entitlements = a.entitlements;
    expect(entitlements.length).toBeGreaterThan(0);
    expect(a.entitlements).toBe(entitlements);
    expect(a.notes).toBe(a.notes);
    expect(a.citations).toBe(a.citations);
  });
  it('do not depend on the order they are read in, nor on fields changed afterwards', () => {
    const first = supportPhase(product, '2013-04-10', 'RTM');
    const eager = { entitlements: first.entitlements, notes: first.notes, citations: first.citations };
    const second = supportPhase(product, '2013-04-10', 'RTM');
    const citations = second.citations;
    second.phase = 'MAINSTREAM';
    second.date = '2010-01-01';
    second.levelSupported = true;
    expect({ entitlements: second.entitlements, notes: second.notes, citations }).toEqual(eager);
  });
  it('are in its JSON, and may be replaced', () => {
    const a = supportPhase(product, '2020-01-15');
    const json = JSON.parse(JSON.stringify(a)) as PhaseAnswer;
    expect(json.entitlements).toEqual(a.entitlements);
    expect(json.notes).toEqual(a.notes);
    expect(json.citations).toEqual(a.citations);
    expect(json.phase).toBe(a.phase);
    a.notes = ['first', ...a.notes];
    expect(a.notes[0]).toBe('first');
    expect(JSON.parse(JSON.stringify(a)).notes[0]).toBe('first');
  });
});
