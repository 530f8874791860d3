import { levelSupports, servicePackSupport } from './servicePackSupport.js';
import { dynamicsC5, office2013, productFixture, windows7, windows7Unpublished } from '../../testing/lifecycleFixtures.js';
import type { ProductRecord } from './lifecycleTypes.js';

const withoutLevelEnds = (p: ProductRecord): ProductRecord => ({ ...p, levels: p.levels.map((l) => (l.kind === 'ESU' ? l : { ...l, end: null })) });

describe('servicePackSupport', () => {
  it('uses Windows 7 RTM’s published end', () => {
    expect(servicePackSupport(windows7, 'RTM')).toMatchObject({ start: '2009-10-22', end: '2013-04-09', source: 'PUBLISHED', capped: false });
  });

  it('derives Windows 7 RTM’s end from SP1 + 24 months, rounded up to the quarterly Patch Tuesday 2013-04-09', () => {
    const rtm = servicePackSupport(windows7Unpublished, 'RTM')!;
    expect(rtm).toMatchObject({ end: '2013-04-09', source: 'DERIVED', capped: false });
    expect(rtm.citations.map((c) => c.clause)).toEqual(['L-SP', 'L-SP-TABLE', 'L-SP-TABLE']);
    expect(rtm.notes[0]).toMatch(/SP1 shipped 2011-02-22, \+ 24 months \(WINDOWS family\)/);
  });

  it('ends the last service pack with the product, flagged derived when its own end is not published', () => {
    expect(servicePackSupport(windows7, 'SP1')).toMatchObject({ end: '2020-01-14', source: 'PUBLISHED' });
    expect(servicePackSupport(windows7Unpublished, 'SP1')).toMatchObject({ end: '2020-01-14', source: 'DERIVED', capped: false });
  });

  it('applies the Office family’s 12 months: Office 2013 SP1 2014-02-25 → RTM end 2015-04-14, the published date', () => {
    const derived = servicePackSupport(withoutLevelEnds(office2013), 'RTM')!;
    expect(derived).toMatchObject({ end: '2015-04-14', source: 'DERIVED' });
    expect(derived.end).toBe(servicePackSupport(office2013, 'RTM')!.end);
  });

  it('caps a derived end at the product’s last support day (Dynamics C5 2010 SP1 → 2015-07-14, product ends 2015-01-13)', () => {
    const sp1 = servicePackSupport(dynamicsC5, 'SP1')!;
    expect(sp1).toMatchObject({ end: '2015-01-13', capped: true, source: 'DERIVED' });
    expect(sp1.notes.join(' ')).toMatch(/capped at the product's last support day 2015-01-13/);
  });

  it('caps a published end that outlives the product, keeping it PUBLISHED', () => {
    const p = { ...windows7, levels: windows7.levels.map((l) => (l.code === 'SP1' ? { ...l, end: '2021-01-12' } : l)) };
    expect(servicePackSupport(p, 'SP1')).toMatchObject({ end: '2020-01-14', capped: true, source: 'PUBLISHED' });
  });

  it('does not cap a derived end that falls exactly on the product’s last day', () => {
    const p = productFixture({
      slug: 'p',
      name: 'P',
      spFamily: 'SERVER',
      generalAvailability: '2010-01-01',
      mainstreamEnd: '2015-01-13',
      extendedEnd: '2015-04-14',
      levels: [
        { code: 'RTM', label: 'Original Release', kind: 'RTM', ordinal: 0, start: null, end: null },
        { code: 'SP1', label: 'Service Pack 1', kind: 'SERVICE_PACK', ordinal: 1, start: '2014-03-01', end: null },
      ],
    });
    // 2014-03-01 + 12 months = 2015-03-01 → 2015-04-14, equal to the extended end.
    expect(servicePackSupport(p, 'RTM')).toMatchObject({ start: '2010-01-01', end: '2015-04-14', capped: false, source: 'DERIVED' });
  });

  it('keeps ESU years as published, outside the product’s support and never capped', () => {
    expect(servicePackSupport(windows7, 'ESU2')).toMatchObject({ kind: 'ESU', start: '2021-01-13', end: '2022-01-11', capped: false, source: 'PUBLISHED' });
  });

  it('matches level codes case-insensitively and answers null for a level the product does not have', () => {
    expect(servicePackSupport(windows7, ' sp1 ')?.code).toBe('SP1');
    expect(servicePackSupport(windows7, 'SP2')).toBeNull();
  });

  it('ends a version without a published end with the product, and leaves it open for an open-ended product', () => {
    const modern = productFixture({
      slug: 'm',
      name: 'M',
      policy: 'MODERN',
      generalAvailability: '2020-01-01',
      levels: [{ code: '2.X', label: 'Version 2.x', kind: 'VERSION', ordinal: 0, start: '2021-09-30', end: null }],
    });
    expect(servicePackSupport(modern, '2.x')).toMatchObject({ end: null, source: 'PUBLISHED', capped: false });
    expect(servicePackSupport({ ...modern, retirement: '2026-03-31' }, '2.x')).toMatchObject({ end: '2026-03-31', source: 'DERIVED' });
  });
});

describe('levelSupports', () => {
  it('lists every level in ordinal order', () => {
    const shuffled = { ...windows7, levels: [...windows7.levels].reverse() };
    expect(levelSupports(shuffled).map((l) => l.code)).toEqual(['RTM', 'SP1', 'ESU1', 'ESU2', 'ESU3']);
  });

  it('answers an empty list for a product without levels', () => {
    expect(levelSupports(productFixture({ slug: 'x', name: 'X' }))).toEqual([]);
  });
});
