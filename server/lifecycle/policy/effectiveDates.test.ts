import { effectiveDates } from './effectiveDates.js';
import {
  access2021,
  azureScheduler,
  azureStackHci,
  contosoHeadset,
  dynamicsC5,
  ie10,
  ie11,
  leapDayServer,
  productFixture,
  sbs2008,
  windows7,
  windows8,
  windowsLiveMail,
} from '../../testing/lifecycleFixtures.js';

describe('effectiveDates', () => {
  it('uses published dates as they are and derives nothing', () => {
    const d = effectiveDates(windows7);
    expect(d).toMatchObject({ mainstreamEnd: '2015-01-13', extendedEnd: '2020-01-14', lastSupportDay: '2020-01-14', derived: [] });
    expect(d.lastSupportDayDerived).toBe(false);
    expect(d.citations.map((c) => c.clause)).toContain('L-POLICY');
  });

  it('derives 5 + 5 years from GA for a business product with no end dates', () => {
    const d = effectiveDates(productFixture({ slug: 'x', name: 'X', generalAvailability: '2011-03-09' }));
    expect(d).toMatchObject({ mainstreamEnd: '2016-03-09', extendedEnd: '2021-03-09', derived: ['mainstreamEnd', 'extendedEnd'] });
    expect(d.lastSupportDayDerived).toBe(true);
    expect(d.notes.join(' ')).toMatch(/derived from general availability \(2011-03-09\) \+ 60 months/);
  });

  it('clamps a leap-day GA to 28 February five and ten years later', () => {
    const d = effectiveDates(leapDayServer);
    expect(d.mainstreamEnd).toBe('2017-02-28');
    expect(d.extendedEnd).toBe('2022-02-28');
  });

  it('derives a missing mainstream end as GA + 5 years when it falls before the published extended end', () => {
    const d = effectiveDates(sbs2008);
    expect(d).toMatchObject({ mainstreamEnd: '2013-11-21', extendedEnd: '2020-01-14', derived: ['mainstreamEnd'] });
    expect(d.lastSupportDayDerived).toBe(false);
  });

  it('never invents a mainstream end after the published extended end (Windows 8)', () => {
    const d = effectiveDates(windows8);
    expect(d.mainstreamEnd).toBe('2016-01-12'); // GA 2012-10-30 + 5 years = 2017-10-30, capped
    expect(d.extendedEnd).toBe('2016-01-12');
    expect(d.notes.join(' ')).toMatch(/capped at the published extended end/);
  });

  it('gives a consumer product five years and no extended phase', () => {
    expect(effectiveDates(windowsLiveMail)).toMatchObject({ mainstreamEnd: '2017-01-10', extendedEnd: null, lastSupportDay: '2017-01-10' });
    const derived = effectiveDates(productFixture({ slug: 'c', name: 'C', category: 'CONSUMER', generalAvailability: '2012-08-07' }));
    expect(derived).toMatchObject({ mainstreamEnd: '2017-08-07', extendedEnd: null, derived: ['mainstreamEnd'] });
  });

  it('ignores a published extended end where the category has no extended phase, reading it as the end of support', () => {
    const p = productFixture({ slug: 'm', name: 'M', category: 'MULTIMEDIA', generalAvailability: '2010-01-01', extendedEnd: '2016-06-30' });
    expect(effectiveDates(p)).toMatchObject({ mainstreamEnd: '2016-06-30', extendedEnd: null, derived: ['mainstreamEnd'] });
  });

  it('gives consumer hardware four years', () => {
    expect(effectiveDates(contosoHeadset)).toMatchObject({ mainstreamEnd: '2020-03-31', extendedEnd: null, derived: ['mainstreamEnd'] });
  });

  it('gives a mainstream-only product no extended phase even in a business category', () => {
    expect(effectiveDates(dynamicsC5)).toMatchObject({ mainstreamEnd: '2015-01-13', extendedEnd: null, lastSupportDay: '2015-01-13' });
  });

  it('treats a FIXED row that publishes a mainstream end without an extended end as having no extended phase', () => {
    const mac = productFixture({ slug: 'office-2016-for-mac', name: 'Office 2016 for Mac', generalAvailability: '2015-09-22', mainstreamEnd: '2020-10-13' });
    expect(effectiveDates(mac)).toMatchObject({ extendedEnd: null, lastSupportDay: '2020-10-13', derived: [] });
  });

  it('gives Modern and Online products their published end or none, never a derived one', () => {
    expect(effectiveDates(access2021)).toMatchObject({ mainstreamEnd: '2026-10-13', extendedEnd: null, derived: [] });
    expect(effectiveDates(azureScheduler)).toMatchObject({ mainstreamEnd: '2022-02-15', lastSupportDay: '2022-02-15' });
    expect(effectiveDates(azureStackHci)).toMatchObject({ mainstreamEnd: null, lastSupportDay: null, derived: [] });
  });

  it('takes the earlier of retirement and mainstream end for a Modern product that has both', () => {
    const p = { ...access2021, retirement: '2025-06-30' };
    expect(effectiveDates(p).lastSupportDay).toBe('2025-06-30');
  });

  it('derives nothing for a component, which follows its parent', () => {
    expect(effectiveDates(ie11)).toMatchObject({ mainstreamEnd: null, lastSupportDay: null, derived: [] });
    expect(effectiveDates(ie10)).toMatchObject({ mainstreamEnd: '2020-01-31', lastSupportDay: '2020-01-31' });
  });

  it('leaves the dates open when there is no GA to derive from', () => {
    const d = effectiveDates(productFixture({ slug: 'n', name: 'N' }));
    expect(d).toMatchObject({ mainstreamEnd: null, extendedEnd: null, lastSupportDay: null });
    expect(d.notes[0]).toMatch(/none can be derived/);
  });
});
