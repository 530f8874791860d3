import { phaseProfile } from './phaseProfile.js';
import { supportPhase, supportPhaseOn } from './supportPhase.js';
import type { PhaseRange } from './phaseTimeline.js';
import {
  access2021,
  azureStackHci,
  businessCentral,
  dynamicsC5,
  leapDayServer,
  office2000,
  productFixture,
  surfacePro3,
  windows7,
  windowsLiveMail,
} from '../../testing/lifecycleFixtures.js';

const range = (phase: PhaseRange['phase'], start: string | null, end: string | null): PhaseRange => ({ phase, start, end });

describe('phaseProfile: the product’s phases', () => {
  it('Windows 7 runs from GA through mainstream and extended support to a 12-month self-help year, then ends for ever', () => {
    expect(phaseProfile(windows7).ranges).toEqual([
      range('PRE_RELEASE', null, '2009-10-21'),
      range('MAINSTREAM', '2009-10-22', '2015-01-13'),
      range('EXTENDED', '2015-01-14', '2020-01-14'),
      range('SELF_HELP_ONLY', '2020-01-15', '2021-01-14'),
      range('END_OF_SUPPORT', '2021-01-15', null),
    ]);
  });

  it('a consumer product has no extended range: self-help starts the day after mainstream ends', () => {
    expect(phaseProfile(windowsLiveMail).ranges).toEqual([
      range('PRE_RELEASE', null, '2012-08-06'),
      range('MAINSTREAM', '2012-08-07', '2017-01-10'),
      range('SELF_HELP_ONLY', '2017-01-11', '2018-01-10'),
      range('END_OF_SUPPORT', '2018-01-11', null),
    ]);
  });

  it('derived ends from a leap-day GA land on February 28, and self-help is counted from the derived last day', () => {
    // 2012-02-29 + 60 months has no February 29: the clamp must give 2017-02-28, and the phase after it
    // must start on March 1, with no day lost or counted twice.
    expect(phaseProfile(leapDayServer).ranges).toEqual([
      range('PRE_RELEASE', null, '2012-02-28'),
      range('MAINSTREAM', '2012-02-29', '2017-02-28'),
      range('EXTENDED', '2017-03-01', '2022-02-28'),
      range('SELF_HELP_ONLY', '2022-03-01', '2023-02-28'),
      range('END_OF_SUPPORT', '2023-03-01', null),
    ]);
  });

  it('a Modern product without an announced end stays in one open-ended MAINSTREAM range', () => {
    expect(phaseProfile(azureStackHci).ranges).toEqual([range('PRE_RELEASE', null, '2020-12-09'), range('MAINSTREAM', '2020-12-10', null)]);
  });

  it('a product without a GA date is never PRE_RELEASE', () => {
    // Without a start the timeline cannot place a release, so it must not invent a pre-release phase.
    expect(phaseProfile(productFixture({ slug: 'n', name: 'N' })).ranges).toEqual([range('MAINSTREAM', null, null)]);
  });
});

describe('phaseProfile: the phases of each level (L-SP)', () => {
  it('Windows 7 RTM runs the product’s phases with its own last support day, so it never reaches extended support', () => {
    // RTM ended 2013-04-09, inside the product's mainstream phase: its MAINSTREAM range is cut there
    // and its self-help year follows at once.
    expect(phaseProfile(windows7).levelRanges.get('RTM')).toEqual([
      range('PRE_RELEASE', null, '2009-10-21'),
      range('MAINSTREAM', '2009-10-22', '2013-04-09'),
      range('SELF_HELP_ONLY', '2013-04-10', '2014-04-09'),
      range('END_OF_SUPPORT', '2014-04-10', null),
    ]);
  });

  it('a later service pack is PRE_RELEASE until its own start and then follows the product to its end', () => {
    expect(phaseProfile(windows7).levelRanges.get('SP1')).toEqual([
      range('PRE_RELEASE', null, '2011-02-21'),
      range('MAINSTREAM', '2011-02-22', '2015-01-13'),
      range('EXTENDED', '2015-01-14', '2020-01-14'),
      range('SELF_HELP_ONLY', '2020-01-15', '2021-01-14'),
      range('END_OF_SUPPORT', '2021-01-15', null),
    ]);
  });

  it('paid ESU years get no level ranges: they are answered with the product’s phases', () => {
    expect([...phaseProfile(windows7).levelRanges.keys()]).toEqual(['RTM', 'SP1']);
  });

  it('a level whose derived end outlives the product is cut to the product’s last support day', () => {
    // Dynamics C5 SP1 would run to 2015-07-14 (SP2 + 24 months); the product ends 2015-01-13 and wins.
    const profile = phaseProfile(dynamicsC5);
    expect(profile.levels.find((l) => l.code === 'SP1')).toMatchObject({ end: '2015-01-13', capped: true });
    expect(profile.levelRanges.get('SP1')).toEqual([
      range('PRE_RELEASE', null, '2012-02-27'),
      range('MAINSTREAM', '2012-02-28', '2015-01-13'),
      range('SELF_HELP_ONLY', '2015-01-14', '2016-01-13'),
      range('END_OF_SUPPORT', '2016-01-14', null),
    ]);
  });

  it('a service pack without a published start is taken to run from the product’s GA', () => {
    const noStart = productFixture({
      slug: 'no-start',
      name: 'No Start (hypothetical)',
      generalAvailability: '2010-06-01',
      mainstreamEnd: '2015-06-09',
      extendedEnd: '2020-06-09',
      levels: [{ code: 'SP1', label: 'Service Pack 1', kind: 'SERVICE_PACK', ordinal: 1, start: null, end: null }],
    });
    expect(phaseProfile(noStart).levelRanges.get('SP1')).toEqual([
      range('PRE_RELEASE', null, '2010-05-31'),
      range('MAINSTREAM', '2010-06-01', '2015-06-09'),
      range('EXTENDED', '2015-06-10', '2020-06-09'),
      range('SELF_HELP_ONLY', '2020-06-10', '2021-06-09'),
      range('END_OF_SUPPORT', '2021-06-10', null),
    ]);
  });
});

describe('phaseProfile: the date-independent facts', () => {
  it('lists the levels by ordinal whatever order the catalogue row gives them in', () => {
    const shuffled = { ...windows7, levels: [...windows7.levels].reverse() };
    expect(phaseProfile(shuffled).levels.map((l) => l.code)).toEqual(['RTM', 'SP1', 'ESU1', 'ESU2', 'ESU3']);
  });

  it('carries the effective dates, derived ones flagged, and the product’s traits', () => {
    expect(phaseProfile(leapDayServer).dates).toMatchObject({
      generalAvailability: '2012-02-29',
      mainstreamEnd: '2017-02-28',
      extendedEnd: '2022-02-28',
      lastSupportDay: '2022-02-28',
      derived: ['mainstreamEnd', 'extendedEnd'],
    });
    expect(phaseProfile(office2000).traits).toEqual({ consumerDesktopOs: false, surface: false, downloadCenterOnly: true });
    expect(phaseProfile(surfacePro3).traits).toEqual({ consumerDesktopOs: false, surface: true, downloadCenterOnly: false });
  });

  it('answers Online Services from their own entitlement table and every other product from its category (L-ONLINE-SUPPORT)', () => {
    // The policy, not the category, decides: an Online Service catalogued under BUSINESS is still one.
    const onlineAsBusiness = { ...businessCentral, category: 'BUSINESS' as const };
    expect(phaseProfile(businessCentral).entitlementCategory).toBe('ONLINE_SERVICE');
    expect(phaseProfile(onlineAsBusiness).entitlementCategory).toBe('ONLINE_SERVICE');
    expect(phaseProfile(access2021).entitlementCategory).toBe('BUSINESS');
    expect(phaseProfile(surfacePro3).entitlementCategory).toBe('CONSUMER_HARDWARE');
  });

  it('gives through supportPhaseOn the very same answers as supportPhase, for the product and for its levels', () => {
    // The point of the profile is to compute it once for many dates, so any drift from supportPhase
    // would make a spreadsheet answer differ from a single lookup.
    const profile = phaseProfile(windows7);
    const dates = ['2009-10-21', '2013-04-09', '2013-04-10', '2015-01-13', '2015-01-14', '2020-01-14', '2020-01-15', '2021-01-15', '2023-01-11'];
    for (const level of [null, 'RTM', 'SP1', 'ESU2']) {
      for (const date of dates) {
        const a = supportPhaseOn(profile, date, level);
        const b = supportPhase(windows7, date, level);
        // Entitlements, notes and citations are getters (computed on first read): compared explicitly, and as JSON.
        expect({ ...a, entitlements: a.entitlements, notes: a.notes, citations: a.citations }).toEqual({ ...b, entitlements: b.entitlements, notes: b.notes, citations: b.citations });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }
    }
  });
});
