import { estateRisk, rowSupportEnd } from './estateRisk.js';
import { productFixture, windows7, windowsLiveMail, azureStackHci } from '../../testing/lifecycleFixtures.js';
import type { SubscriptionTerms } from '../../subscriptions/policy/subscriptionTerms.js';
import type { EstateEntry, SubscriptionEntry } from './upcomingEvents.js';

const sql2016 = productFixture({ slug: 'sql-server-2016', name: 'SQL Server 2016', spFamily: 'SERVER', generalAvailability: '2016-06-01', mainstreamEnd: '2021-07-13', extendedEnd: '2026-07-14' });
const row = (product: EstateEntry['product'], levelCode: string | null = null, count: number | null = 1): EstateEntry => ({ product, levelCode, count });
const yearly: SubscriptionTerms = { billingModel: 'COMMITMENT', orderDate: '2025-02-20', termStart: '2025-03-01', termMonths: 12 };
const sub = (terms: SubscriptionTerms, id = 's1'): SubscriptionEntry => ({ id, product: 'Microsoft 365 Business Standard', terms });

describe('estate risk: products past or near end of support', () => {
  it('a product whose support ended is ENDED with its phase today; one ending within the horizon is ENDING', () => {
    const r = estateRisk([row(sql2016, null, 4), row(windows7, null, 30)], [], '2026-01-14', 6);
    expect(r.horizon).toBe('2026-07-14');
    expect(r.products.map((p) => [p.entry.product.slug, p.status, p.phase, p.supportEnds, p.daysLeft])).toEqual([
      ['windows-7', 'ENDED', 'END_OF_SUPPORT', '2020-01-14', -2192],
      ['sql-server-2016', 'ENDING', 'EXTENDED', '2026-07-14', 181],
    ]);
  });

  it('the horizon includes its last day: a day earlier the same product is outside it', () => {
    expect(estateRisk([row(sql2016)], [], '2026-01-14', 6).products).toHaveLength(1);
    expect(estateRisk([row(sql2016)], [], '2026-01-13', 6).products).toHaveLength(0);
  });

  it('on its last support day a product is still ENDING with 0 days left; the day after it is ENDED', () => {
    expect(estateRisk([row(sql2016)], [], '2026-07-14', 0).products[0]).toMatchObject({ status: 'ENDING', daysLeft: 0, phase: 'EXTENDED' });
    expect(estateRisk([row(sql2016)], [], '2026-07-15', 0).products[0]).toMatchObject({ status: 'ENDED', daysLeft: -1, phase: 'SELF_HELP_ONLY' });
  });

  it('a row with a level uses that level’s end: Windows 7 RTM ended in 2013, an ESU year at its own end', () => {
    expect(rowSupportEnd(row(windows7, 'RTM'))).toEqual({ end: '2013-04-09', source: 'PUBLISHED' });
    expect(rowSupportEnd(row(windows7, 'esu2'))).toEqual({ end: '2022-01-11', source: 'PUBLISHED' });
    expect(rowSupportEnd(row(windows7))).toEqual({ end: '2020-01-14', source: 'PUBLISHED' });
  });

  it('open-ended products (Modern with no end) are never at risk', () => {
    expect(estateRisk([row(azureStackHci)], [], '2026-01-01', 240).products).toEqual([]);
  });

  it('withinMonths outside 0–240 is refused', () => {
    expect(() => estateRisk([], [], '2026-01-01', -1)).toThrow(RangeError);
    expect(() => estateRisk([], [], '2026-01-01', 241)).toThrow(RangeError);
  });
});

describe('estate risk: commitments renewing past end of support (T-§11)', () => {
  it('a renewal that would run past a product’s support end is a pair, with the cancel-by day that avoids it', () => {
    const r = estateRisk([row(sql2016), row(windowsLiveMail)], [sub(yearly)], '2026-03-01', 12);
    expect(r.commitments.map((c) => [c.subscription.id, c.entry.product.slug, c.renewsOn, c.renewedUntil, c.avoidableUntil, c.daysPastSupport])).toEqual([
      ['s1', 'windows-live-mail', '2027-03-01', '2028-02-29', '2027-01-29', 4067],
      ['s1', 'sql-server-2016', '2027-03-01', '2028-02-29', '2027-01-29', 595],
    ]);
  });

  it('support ending on the renewed period’s last day is not past it; a day earlier is', () => {
    const onLastDay = productFixture({ slug: 'a', name: 'A', generalAvailability: '2020-01-01', mainstreamEnd: '2025-01-01', extendedEnd: '2028-02-29' });
    const dayBefore = { ...onLastDay, slug: 'b', name: 'B', extendedEnd: '2028-02-28' };
    const pairs = estateRisk([row(onLastDay), row(dayBefore)], [sub(yearly)], '2026-03-01', 12).commitments;
    expect(pairs.map((c) => [c.entry.product.slug, c.daysPastSupport])).toEqual([['b', 1]]);
  });

  it('after the cancel-by day the renewal is certain: avoidableUntil is null', () => {
    const [pair] = estateRisk([row(sql2016)], [sub(yearly)], '2027-01-30', 12).commitments;
    expect(pair).toMatchObject({ renewsOn: '2027-03-01', renewedUntil: '2028-02-29', avoidableUntil: null });
  });

  it('cancelled and pay-as-you-go subscriptions do not renew, so they make no pairs', () => {
    const cancelled = { ...yearly, cancellationRequestedOn: '2026-04-01', cancellationChannel: 'ASSISTED_EMAIL' as const };
    const payg: SubscriptionTerms = { billingModel: 'PAY_AS_YOU_GO', orderDate: '2024-01-05', termStart: '2024-01-05', termMonths: null };
    expect(estateRisk([row(sql2016)], [sub(cancelled), sub(payg, 's2')], '2026-05-01', 12).commitments).toEqual([]);
  });
});
