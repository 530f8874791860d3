import { locatePhase, phaseTimeline } from './phaseTimeline.js';

const windows7 = phaseTimeline({ start: '2009-10-22', mainstreamEnd: '2015-01-13', lastSupportDay: '2020-01-14', selfHelpMonths: 12 });

describe('phaseTimeline', () => {
  it('lays out consecutive phases with inclusive end dates', () => {
    expect(windows7).toEqual([
      { phase: 'PRE_RELEASE', start: null, end: '2009-10-21' },
      { phase: 'MAINSTREAM', start: '2009-10-22', end: '2015-01-13' },
      { phase: 'EXTENDED', start: '2015-01-14', end: '2020-01-14' },
      { phase: 'SELF_HELP_ONLY', start: '2020-01-15', end: '2021-01-14' },
      { phase: 'END_OF_SUPPORT', start: '2021-01-15', end: null },
    ]);
  });

  it('ends mainstream early and skips extended when a level ends inside mainstream', () => {
    const rtm = phaseTimeline({ start: '2009-10-22', mainstreamEnd: '2015-01-13', lastSupportDay: '2013-04-09', selfHelpMonths: 12 });
    expect(rtm.map((r) => [r.phase, r.end])).toEqual([
      ['PRE_RELEASE', '2009-10-21'],
      ['MAINSTREAM', '2013-04-09'],
      ['SELF_HELP_ONLY', '2014-04-09'],
      ['END_OF_SUPPORT', null],
    ]);
  });

  it('has no extended phase when the last support day is the mainstream end', () => {
    const consumer = phaseTimeline({ start: '2012-08-07', mainstreamEnd: '2017-01-10', lastSupportDay: '2017-01-10', selfHelpMonths: 12 });
    expect(consumer.map((r) => r.phase)).toEqual(['PRE_RELEASE', 'MAINSTREAM', 'SELF_HELP_ONLY', 'END_OF_SUPPORT']);
  });

  it('leaves mainstream open when there is no end, and has no pre-release without a start', () => {
    expect(phaseTimeline({ start: null, mainstreamEnd: null, lastSupportDay: null, selfHelpMonths: 12 })).toEqual([
      { phase: 'MAINSTREAM', start: null, end: null },
    ]);
  });

  it('clamps the self-help year from a leap day to 28 February', () => {
    const leap = phaseTimeline({ start: '2010-01-01', mainstreamEnd: '2016-02-29', lastSupportDay: '2016-02-29', selfHelpMonths: 12 });
    expect(leap.find((r) => r.phase === 'SELF_HELP_ONLY')).toEqual({ phase: 'SELF_HELP_ONLY', start: '2016-03-01', end: '2017-02-28' });
  });
});

describe('locatePhase', () => {
  it.each([
    ['2009-10-21', 'PRE_RELEASE', 'MAINSTREAM'],
    ['2009-10-22', 'MAINSTREAM', 'EXTENDED'],
    ['2015-01-13', 'MAINSTREAM', 'EXTENDED'],
    ['2015-01-14', 'EXTENDED', 'SELF_HELP_ONLY'],
    ['2020-01-14', 'EXTENDED', 'SELF_HELP_ONLY'],
    ['2020-01-15', 'SELF_HELP_ONLY', 'END_OF_SUPPORT'],
    ['2021-01-14', 'SELF_HELP_ONLY', 'END_OF_SUPPORT'],
    ['2021-01-15', 'END_OF_SUPPORT', null],
  ])('puts %s in %s, followed by %s', (date, phase, next) => {
    const { current, next: following } = locatePhase(windows7, date);
    expect(current.phase).toBe(phase);
    expect(following?.phase ?? null).toBe(next);
  });
});
