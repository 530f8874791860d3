import { MODERN_NO_END, phaseNotes, type NoteContext } from './phaseNotes.js';
import { effectiveDates } from './effectiveDates.js';
import { productTraits } from './productTraits.js';
import { servicePackSupport } from './servicePackSupport.js';
import type { ProductRecord } from './lifecycleTypes.js';
import type { SupportPhase } from './supportPhase.js';
import {
  access2021,
  azureScheduler,
  azureStackHci,
  businessCentral,
  ie10,
  ie11,
  leapDayServer,
  office2000,
  surfacePro3,
  windows7,
  windowsLiveMail,
} from '../../testing/lifecycleFixtures.js';

/** A product question's context: the product's own dates and traits, no level, no ESU year. */
function context(product: ProductRecord, date: string, phase: SupportPhase, extra: Partial<NoteContext> = {}): NoteContext {
  const dates = effectiveDates(product);
  return {
    product,
    date,
    phase,
    productPhase: phase,
    dates,
    level: null,
    levelSupported: null,
    upgradeTo: null,
    esu: null,
    traits: productTraits(product),
    supportEnds: dates.lastSupportDay,
    selfHelpEnds: null,
    ...extra,
  };
}

const clauses = (r: ReturnType<typeof phaseNotes>) => r.citations.map((c) => c.clause);
const MAINTENANCE = 'Some products require enrolment in a maintenance programme to receive these benefits.';
const AGREEMENT = "Online Services: support is available as long as the customer's agreement for the service is valid.";

describe('phaseNotes: release and the end of support (L-PHASES, L-SELFHELP)', () => {
  it('before general availability the only note says when the product arrives and that nothing is owed yet', () => {
    const r = phaseNotes(context(windows7, '2009-10-21', 'PRE_RELEASE'));
    expect(r.notes).toEqual(['Windows 7 is not generally available until 2009-10-22: no support entitlements yet.']);
    expect(clauses(r)).toEqual(['L-PHASES']);
  });

  it('a service pack not yet released is named with its own release date, and is not called an unsupported level', () => {
    // levelSupported is false before SP1 ships, but a level that does not exist yet has nothing to
    // upgrade from: the L-SP "unsupported level" note would send the customer the wrong way.
    const sp1 = servicePackSupport(windows7, 'SP1');
    const r = phaseNotes(context(windows7, '2011-02-21', 'PRE_RELEASE', { productPhase: 'MAINSTREAM', level: sp1, levelSupported: false }));
    expect(r.notes).toEqual(['Service Pack 1 (SP1) is not released until 2011-02-22: no support entitlements yet.']);
  });

  // A level whose start date is unknown starts with the product (as phaseProfile counts it): before the
  // product's release the note must name that date, never "until null".
  it('a level without a start date of its own is released with the product', () => {
    const rtm = { ...servicePackSupport(windows7, 'SP1')!, start: null };
    const r = phaseNotes(context(windows7, '2009-10-21', 'PRE_RELEASE', { level: rtm, levelSupported: true }));
    expect(r.notes).toEqual(['Service Pack 1 (SP1) is not released until 2009-10-22: no support entitlements yet.']);
  });

  it('in the self-help year the note gives the guaranteed end as a minimum, and afterwards says when both ended', () => {
    const during = phaseNotes(context(windows7, '2020-06-01', 'SELF_HELP_ONLY', { selfHelpEnds: '2021-01-14' }));
    expect(during.notes).toEqual(['Online self-help is guaranteed until at least 2021-01-14 (12 months after the last support day 2020-01-14; a minimum).']);
    expect(clauses(during)).toEqual(['L-SELFHELP']);
    const after = phaseNotes(context(windows7, '2022-06-01', 'END_OF_SUPPORT', { selfHelpEnds: '2021-01-14' }));
    expect(after.notes).toEqual(['Support ended on 2020-01-14; the guaranteed online self-help period ended on 2021-01-14.']);
    expect(clauses(after)).toEqual(['L-SELFHELP']);
  });
});

describe('phaseNotes: serviced phases of fixed-policy products', () => {
  it('a desktop OS in extended support notes the maintenance programme and the consumer-edition exception, each with its clause', () => {
    // Windows 7 is catalogued once for every edition, so even this business desktop OS carries the
    // Home-edition exception (L-EXTENDED: no Extended Hotfix Support for consumer desktop OSes).
    const r = phaseNotes(context(windows7, '2016-01-01', 'EXTENDED'));
    expect(r.notes).toEqual([MAINTENANCE, 'Extended Hotfix Support is not offered for consumer desktop-OS products (Home editions).']);
    expect(clauses(r)).toEqual(['L-MAINSTREAM', 'L-EXTENDED']);
    // The exception is about Extended Hotfix Support, so in mainstream only the maintenance note remains.
    expect(phaseNotes(context(windows7, '2012-01-01', 'MAINSTREAM')).notes).toEqual([MAINTENANCE]);
  });

  it('a consumer product on its last mainstream day says support ends with mainstream, as it has no extended phase', () => {
    const r = phaseNotes(context(windowsLiveMail, '2017-01-10', 'MAINSTREAM'));
    expect(r.notes).toEqual([MAINTENANCE, 'No extended support phase: support ends with mainstream support on 2017-01-10.']);
    expect(clauses(r)).toEqual(['L-MAINSTREAM', 'L-EXTENDED']);
  });

  it('Surface hardware gets no maintenance note, and its updates are tied to the device’s operating system', () => {
    const r = phaseNotes(context(surfacePro3, '2019-01-01', 'MAINSTREAM'));
    expect(r.notes).toEqual([
      'No extended support phase: support ends with mainstream support on 2021-11-13.',
      "Surface: the device's software and security updates follow the lifecycle of its operating system.",
    ]);
    expect(clauses(r)).toEqual(['L-EXTENDED', 'L-HW-SEC']);
  });

  it('Office 2000’s Download Center exception is noted even after its support has ended', () => {
    // The exception is about where its security updates ever were, so it applies in every phase.
    const r = phaseNotes(context(office2000, '2011-01-01', 'END_OF_SUPPORT', { selfHelpEnds: '2010-07-14' }));
    expect(r.notes).toEqual([
      'Support ended on 2009-07-14; the guaranteed online self-help period ended on 2010-07-14.',
      'Office 2000 security updates are available only from the Microsoft Download Center, not through Windows Update.',
    ]);
    expect(clauses(r)).toEqual(['L-SELFHELP', 'L-SEC']);
  });

  it('derived dates are explained in the notes, in the order effectiveDates gives them', () => {
    const r = phaseNotes(context(leapDayServer, '2015-01-01', 'MAINSTREAM'));
    expect(r.notes).toEqual([
      'Mainstream end 2017-02-28 is derived from general availability (2012-02-29) + 60 months, the BUSINESS default; no date is published.',
      'Extended end 2022-02-28 is derived from general availability (2012-02-29) + 120 months, the BUSINESS default; no date is published.',
      MAINTENANCE,
    ]);
    expect(r.citations).toHaveLength(r.notes.length);
  });
});

describe('phaseNotes: Modern, Online and component products (L-POLICY, L-ONLINE-SUPPORT)', () => {
  it('a Modern product without an announced end says it has no fixed end date', () => {
    const r = phaseNotes(context(azureStackHci, '2030-01-01', 'MAINSTREAM'));
    expect(r.notes).toEqual([MODERN_NO_END, MAINTENANCE]);
    expect(clauses(r)).toEqual(['L-POLICY', 'L-MAINSTREAM']);
  });

  it('a Modern product with an announced end names it while serviced, and stops promising support once past it', () => {
    // A Modern product never has an extended phase, so no "no extended support phase" note either:
    // it would only suggest the product lost one.
    const serviced = phaseNotes(context(access2021, '2024-01-01', 'MAINSTREAM'));
    expect(serviced.notes).toEqual(['Modern Lifecycle Policy: supported while the customer stays current, until the announced end on 2026-10-13.', MAINTENANCE]);
    const past = phaseNotes(context(access2021, '2027-01-01', 'SELF_HELP_ONLY', { selfHelpEnds: '2027-10-13' }));
    expect(past.notes).toEqual(['Online self-help is guaranteed until at least 2027-10-13 (12 months after the last support day 2026-10-13; a minimum).']);
  });

  it('an Online Service’s support depends on a valid agreement, without the maintenance programme note', () => {
    const open = phaseNotes(context(businessCentral, '2024-01-01', 'MAINSTREAM'));
    expect(open.notes).toEqual([MODERN_NO_END, AGREEMENT]);
    expect(clauses(open)).toEqual(['L-POLICY', 'L-ONLINE-SUPPORT']);
    const retiring = phaseNotes(context(azureScheduler, '2022-01-01', 'MAINSTREAM'));
    expect(retiring.notes).toEqual(['Modern Lifecycle Policy: supported while the customer stays current, until the announced end on 2022-02-15.', AGREEMENT]);
  });

  it('a component points at its parent’s lifecycle, and says when it publishes no end date of its own', () => {
    const open = phaseNotes(context(ie11, '2024-01-01', 'MAINSTREAM'));
    expect(open.notes[0]).toBe("A component follows its parent product's lifecycle: check the parent product's dates too. It publishes no end date of its own.");
    expect(open.citations[0]!.clause).toBe('L-POLICY');
    const dated = phaseNotes(context(ie10, '2015-01-01', 'MAINSTREAM'));
    expect(dated.notes[0]).toBe("A component follows its parent product's lifecycle: check the parent product's dates too.");
  });
});

describe('phaseNotes: levels and paid ESU years (L-SP, L-SEC)', () => {
  const rtm = servicePackSupport(windows7, 'RTM');
  const unsupportedRtm = (extra: Partial<NoteContext>) =>
    phaseNotes(context(windows7, '2013-04-10', 'SELF_HELP_ONLY', { productPhase: 'MAINSTREAM', level: rtm, levelSupported: false, supportEnds: '2013-04-09', selfHelpEnds: '2014-04-09', ...extra }));

  it('an unsupported service-pack level gets limited troubleshooting only, and is told which supported level to upgrade to', () => {
    const r = unsupportedRtm({ upgradeTo: 'SP1' });
    expect(r.notes).toEqual([
      'RTM is not a supported level on 2013-04-10 (its support ended 2013-04-09): limited troubleshooting only, ' +
        'no security updates or hotfixes, no access to the product team; upgrade to SP1.',
      'Online self-help is guaranteed until at least 2014-04-09 (12 months after the last support day 2013-04-09; a minimum).',
    ]);
    expect(clauses(r)).toEqual(['L-SP', 'L-SELFHELP']);
    expect(unsupportedRtm({ upgradeTo: null }).notes[0]).toMatch(/; upgrade to a supported service-pack level\.$/);
    // Upgrading cannot help once the product itself is out of support: the note must not suggest it.
    expect(unsupportedRtm({ date: '2020-06-01', productPhase: 'SELF_HELP_ONLY' }).notes[0]).toMatch(/; the product itself is past end of support\.$/);
  });

  it('an ESU year covering the date is explained as paid security updates bought separately', () => {
    const esu = { code: 'ESU1', label: 'Extended Security Update Year 1', start: '2020-01-14', ends: '2021-01-12', year: 1 };
    const r = phaseNotes(context(windows7, '2020-06-01', 'SELF_HELP_ONLY', { esu, selfHelpEnds: '2021-01-14' }));
    expect(r.notes[0]).toBe(
      'Extended Security Updates year 1 (2020-01-14 – 2021-01-12) covers this date: paid security updates after the end of extended support, purchased separately.',
    );
    expect(clauses(r)).toEqual(['L-SEC', 'L-SELFHELP']);
    // An ESU year without a published start still gets its note, with the unknown start shown as "?".
    expect(phaseNotes(context(windows7, '2020-06-01', 'SELF_HELP_ONLY', { esu: { ...esu, start: null } })).notes[0]).toMatch(/^Extended Security Updates year 1 \(\? – 2021-01-12\)/);
  });

  it('an ESU level asked about outside its year says it does not cover the date, and is never called an unsupported service pack', () => {
    // ESU years are not service packs (L-SEC vs L-SP): there is nothing to upgrade to.
    const esu1 = servicePackSupport(windows7, 'ESU1');
    const r = phaseNotes(context(windows7, '2021-06-01', 'END_OF_SUPPORT', { level: esu1, levelSupported: false, selfHelpEnds: '2021-01-14' }));
    expect(r.notes).toEqual([
      'Extended Security Update Year 1 runs 2020-01-14 – 2021-01-12 and does not cover 2021-06-01.',
      'Support ended on 2020-01-14; the guaranteed online self-help period ended on 2021-01-14.',
    ]);
    expect(clauses(r)).toEqual(['L-SEC', 'L-SELFHELP']);
  });
});
