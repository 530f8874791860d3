import { productFixture, windows7 } from '../../testing/lifecycleFixtures.js';
import type { SubscriptionTerms } from '../../subscriptions/policy/subscriptionTerms.js';
import { upcomingEvents, windowProblem, type EstateEntry, type SubscriptionEntry } from './upcomingEvents.js';
import { LIMITS } from '../../kernel/limits.js';

const yearly: SubscriptionTerms = { billingModel: 'COMMITMENT', orderDate: '2025-02-20', termStart: '2025-03-01', termMonths: 12 };
const m365: SubscriptionEntry = { id: 's1', product: 'Microsoft 365 Business Standard', terms: yearly };
/** Hypothetical server whose mainstream support ends on the subscription's cancel-by day. */
const sameDay = productFixture({ slug: 'same-day-server', name: 'Same Day Server (hypothetical)', generalAvailability: '2021-01-29', mainstreamEnd: '2026-01-29', extendedEnd: '2031-01-29' });
const estate: EstateEntry[] = [
  { product: windows7, levelCode: null, count: 12 },
  { product: sameDay, levelCode: null, count: 2 },
];
const ask = (from: string, to: string, today = '2026-01-01') => upcomingEvents({ estate, subscriptions: [m365], from, to, today });

describe('upcoming events for an estate and subscriptions', () => {
  it('are sorted by date, and on one day product events come before subscription events', () => {
    const events = ask('2026-01-01', '2026-12-31');
    expect(events.map((e) => `${e.date} ${e.kind}`)).toEqual([
      '2026-01-29 MAINSTREAM_END',
      '2026-01-29 CANCEL_BY',
      '2026-02-19 PRICE_LOCK_END',
      '2026-03-01 RENEWAL',
    ]);
  });

  it('a window includes both of its edge days and nothing outside them', () => {
    expect(ask('2026-01-29', '2026-03-01').map((e) => e.date)).toEqual(['2026-01-29', '2026-01-29', '2026-02-19', '2026-03-01']);
    expect(ask('2026-01-30', '2026-02-28').map((e) => e.date)).toEqual(['2026-02-19']);
  });

  it('a one-day window answers that day only', () => {
    expect(ask('2020-01-14', '2020-01-14').map((e) => e.key)).toEqual(['EXTENDED_END:windows-7']);
  });

  it('daysLeft counts from today: 0 on the day, negative once past', () => {
    const events = ask('2015-01-01', '2026-12-31', '2026-01-29');
    const left = new Map(events.map((e) => [e.key, e.daysLeft]));
    expect(left.get('CANCEL_BY:sub:s1:0')).toBe(0);
    expect(left.get('RENEWAL:sub:s1:1')).toBe(31);
    expect(left.get('EXTENDED_END:windows-7')).toBe(-2207);
  });

  it('past events in the window are kept (a feed shows the last year too)', () => {
    expect(ask('2013-01-01', '2015-12-31', '2026-01-01').map((e) => e.key)).toEqual(['LEVEL_END:windows-7:RTM', 'MAINSTREAM_END:windows-7']);
  });

  it('an empty estate and no subscriptions have no events', () => {
    expect(upcomingEvents({ estate: [], subscriptions: [], from: '2026-01-01', to: '2030-01-01', today: '2026-01-01' })).toEqual([]);
  });

  it('a reversed or too-long window is refused', () => {
    expect(() => ask('2026-02-01', '2026-01-31')).toThrow(RangeError);
  });
});

describe('window checks', () => {
  it('from after to is a problem; from equal to to is not', () => {
    expect(windowProblem('2026-02-01', '2026-01-31')).toBe('from (2026-02-01) is after to (2026-01-31)');
    expect(windowProblem('2026-02-01', '2026-02-01')).toBeNull();
  });

  it(`exactly ${LIMITS.maxWindowYears} years is allowed, a day more is not (from 29 February: to 29 February 20 years on)`, () => {
    expect(windowProblem('2024-02-29', '2044-02-29')).toBeNull();
    expect(windowProblem('2024-02-29', '2044-03-01')).toMatch(/longer than 20 years/);
    expect(windowProblem('2026-01-01', '2046-01-01')).toBeNull();
    expect(windowProblem('2026-01-01', '2046-01-02')).toMatch(/longer than 20 years/);
  });

  it('dates that are not calendar dates are a problem', () => {
    expect(windowProblem('2026-02-30', '2026-03-01')).toMatch(/calendar dates/);
  });
});
