import { jest } from '@jest/globals';
import { fakeGateway } from '../testing/fakeGateway.js';
import { BatchClient } from './batchClient.js';
import { GatewayApi } from './gatewayQueries.js';
import { QUIET_MS, RecalcStats, type RecalcFigures } from './recalcStats.js';
import { rateLimitOf } from './transport.js';

describe('the last recalculation’s figures', () => {
  afterEach(() => jest.useRealTimers());

  it('a burst of calls is one recalculation: calls, cells, distinct lookups, requests, errors and time', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const stats = new RecalcStats();
    const seen: RecalcFigures[] = [];
    stats.subscribe((f) => seen.push(f));
    const end1 = stats.begin();
    const end2 = stats.begin();
    stats.lookups(3);
    stats.request();
    jest.advanceTimersByTime(40);
    end1(10, 1);
    jest.advanceTimersByTime(QUIET_MS * 2);
    expect(seen).toEqual([]); // a call is still in progress
    end2(5, 0);
    jest.advanceTimersByTime(QUIET_MS - 1);
    expect(seen).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(seen).toEqual([{ calls: 2, cells: 15, lookups: 3, requests: 1, errors: 1, ms: 40 + QUIET_MS * 2, endedAt: 1_000_000 + 40 + QUIET_MS * 2 }]);
    expect(stats.last).toEqual(seen[0]);
  });

  it('the batch client counts distinct lookups and requests, and keeps the RateLimit-* headers of the last answer', async () => {
    const stats = new RecalcStats();
    const gw = fakeGateway();
    const fetch: typeof gw.fetch = async (url, init) => {
      const r = await gw.fetch(url, init);
      const headers: Record<string, string> = { 'ratelimit-limit': '15000', 'ratelimit-remaining': '14990', 'ratelimit-reset': '2' };
      return { ...r, headers: { get: (n: string) => headers[n.toLowerCase()] ?? null } };
    };
    const api = new GatewayApi(new BatchClient({ endpoint: () => ({ url: 'https://gw.test/graphql', apiKey: null }), fetch, windowMs: 1, stats }));
    const end = stats.begin();
    await Promise.all([api.phase({ product: 'Windows 7', date: '2016-01-01', level: null }), api.phase({ product: 'Windows 7', date: '2016-01-01', level: null }), api.phase({ product: 'Zune Software', date: null, level: null })]);
    end(3, 0);
    await new Promise((r) => setTimeout(r, QUIET_MS + 50));
    expect(stats.last).toMatchObject({ calls: 1, cells: 3, lookups: 2, requests: 1, errors: 0 });
    expect(api.client.rateLimit).toEqual({ limit: 15000, remaining: 14990, resetSeconds: 2 });
  });

  it('reads RateLimit-* headers; none (another server, or the limit off) is null', () => {
    expect(rateLimitOf({ get: (n) => ({ 'ratelimit-remaining': '0', 'ratelimit-limit': '15000' })[n] ?? null })).toEqual({ limit: 15000, remaining: 0, resetSeconds: null });
    expect(rateLimitOf({ get: () => null })).toBeNull();
    expect(rateLimitOf(undefined)).toBeNull();
  });
});
