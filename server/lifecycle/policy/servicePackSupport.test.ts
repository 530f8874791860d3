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
    // No end date at all: nobody published one, so it is not PUBLISHED.
    expect(servicePackSupport(modern, '2.x')).toMatchObject({ end: null, source: 'DERIVED', capped: false });
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

describe('servicePackSupport: which level is a successor, and when ends were rounded', () => {
  const level = (code: string, kind: 'RTM' | 'SERVICE_PACK' | 'VERSION', ordinal: number, start: string, end: string | null = null) => ({ code, label: code, kind, ordinal, start, end });

  it('a lettered service pack (SP1a) does not start a grace period: Windows XP SP1 ends 24 months after SP2', () => {
    const xp = productFixture({
      slug: 'windows-xp', name: 'Windows XP', generalAvailability: '2001-12-31', mainstreamEnd: '2009-04-14', extendedEnd: '2014-04-08',
      levels: [level('RTM', 'RTM', 0, '2001-12-31'), level('SP1', 'SERVICE_PACK', 1, '2002-08-30'), level('SP1A', 'SERVICE_PACK', 2, '2003-02-03'), level('SP2', 'SERVICE_PACK', 3, '2004-09-17'), level('SP3', 'SERVICE_PACK', 4, '2008-04-21')],
    });
    // SP2 2004-09-17 + 24 months = 2006-09-17, rounded up to 2006-10-10: Microsoft's published SP1 and SP1a end.
    expect(servicePackSupport(xp, 'SP1')).toMatchObject({ end: '2006-10-10', source: 'DERIVED' });
    expect(servicePackSupport(xp, 'SP1A')).toMatchObject({ end: '2006-10-10', source: 'DERIVED' });
  });

  it('a Visual Studio "Update N" is a successor: Visual Studio 2013 RTM ends 12 months after Update 5 (2016-10-11, as published)', () => {
    const vs = productFixture({
      slug: 'visual-studio-2013', name: 'Visual Studio 2013', spFamily: 'DEVELOPER_TOOLS', category: 'DEVELOPER', generalAvailability: '2014-01-15', mainstreamEnd: '2019-04-09', extendedEnd: '2024-04-09',
      levels: [level('RTM', 'RTM', 0, '2014-01-15'), level('UPDATE5', 'VERSION', 1, '2015-07-20')],
    });
    expect(servicePackSupport(vs, 'RTM')).toMatchObject({ end: '2016-10-11', source: 'DERIVED' });
    expect(servicePackSupport(vs, 'UPDATE5')).toMatchObject({ end: '2024-04-09', source: 'DERIVED' });
  });

  it('an end before 2006 is exactly the months after the successor, not rounded: Office 2003 RTM, SP1 2004-07-27 → 2005-07-27', () => {
    const office = productFixture({
      slug: 'microsoft-office-2003', name: 'Microsoft Office 2003', family: 'office', spFamily: 'OFFICE', generalAvailability: '2003-11-17', mainstreamEnd: '2009-04-14', extendedEnd: '2014-04-08',
      levels: [level('RTM', 'RTM', 0, '2003-11-17'), level('SP1', 'SERVICE_PACK', 1, '2004-07-27'), level('SP2', 'SERVICE_PACK', 2, '2005-09-26')],
    });
    const rtm = servicePackSupport(office, 'RTM')!;
    expect(rtm).toMatchObject({ end: '2005-07-27', source: 'DERIVED' });
    expect(rtm.notes[0]).toMatch(/an end before 2006-01-01: Microsoft ended levels exactly then, without rounding/);
    // SP2 2005-09-26 + 12 months = 2006-09-26: 2006 or later, rounded up to 2006-10-10 (the published SP1 end).
    expect(servicePackSupport(office, 'SP1')).toMatchObject({ end: '2006-10-10', source: 'DERIVED' });
  });
});
