import { BatchClient } from '../client/batchClient.js';
import { GatewayApi } from '../client/gatewayQueries.js';
import type { FetchLike } from '../client/transport.js';
import { fakeGateway } from '../testing/fakeGateway.js';
import { refreshData, testConnection, type ExcelLike } from './actions.js';

const apiWith = (fetch: FetchLike) => new GatewayApi(new BatchClient({ endpoint: () => ({ url: 'https://gw.test/graphql', apiKey: null }), fetch, windowMs: 1 }));

describe('task pane actions', () => {
  it('"Test connection" reports the catalogue size, as-of date and attribution, uncached', async () => {
    const gw = fakeGateway();
    const api = apiWith(gw.fetch);
    const r = await testConnection(api);
    expect(r).toEqual({ ok: true, text: 'Connected: 4 products, data as of 2026-08-22', info: { products: 4, asOf: '2026-08-22', attribution: ['Microsoft Lifecycle data, CC BY 4.0'] } });
    await testConnection(api);
    expect(gw.requests).toHaveLength(2);
  });

  it('"Test connection" words a failure for the user', async () => {
    const r = await testConnection(apiWith(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(r).toEqual({ ok: false, text: 'Gateway unreachable: cannot connect to https://gw.test (Failed to fetch)' });
  });

  it('"Refresh data" clears the cache and asks Excel for a full recalculation', async () => {
    const gw = fakeGateway();
    const api = apiWith(gw.fetch);
    await api.phase({ product: 'Windows 7', date: '2015-01-13', level: null });
    expect(api.client.cacheSize).toBe(1);
    const calculated: string[] = [];
    let synced = 0;
    const excel: ExcelLike = {
      CalculationType: { full: 'Full' },
      run: async (batch) => batch({ workbook: { application: { calculate: (t) => void calculated.push(t) } }, sync: async () => void synced++ }),
    };
    expect(await refreshData(api, excel)).toBe('Cache cleared; Excel is recalculating');
    expect(api.client.cacheSize).toBe(0);
    expect(calculated).toEqual(['Full']);
    expect(synced).toBe(1);
  });

  it('"Refresh data" outside Excel still clears the cache', async () => {
    const gw = fakeGateway();
    const api = apiWith(gw.fetch);
    await api.phase({ product: 'Windows 7', date: '2015-01-13', level: null });
    expect(await refreshData(api, undefined)).toMatch(/^Cache cleared \(Excel not present/);
    expect(api.client.cacheSize).toBe(0);
  });

  it('"Refresh data" reports an Excel failure instead of throwing', async () => {
    const excel: ExcelLike = { CalculationType: { full: 'Full' }, run: async () => Promise.reject(new Error('InvalidOperation')) };
    expect(await refreshData(apiWith(fakeGateway().fetch), excel)).toBe('Cache cleared, but Excel could not recalculate: InvalidOperation');
  });
});
