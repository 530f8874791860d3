import { BatchClient } from '../client/batchClient.js';
import { GatewayApi } from '../client/gatewayQueries.js';
import type { FetchLike } from '../client/transport.js';
import { fakeGateway } from '../testing/fakeGateway.js';
import { OfficeMockObject } from 'office-addin-mock';
import { FUNCTIONS } from '../functions/associations.js';
import { insertExample, rateLimitText, recalcLines, refreshData, testConnection, type ExcelLike } from './actions.js';
import { EXAMPLE_VALUES, FUNCTION_EXAMPLES } from './examples.js';

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

describe('the task pane’s function list and example sheet', () => {
  it('lists every function once, with an example that calls it (ENT.UPCOMING included)', () => {
    expect(FUNCTION_EXAMPLES.map((f) => f.id).sort()).toEqual(Object.keys(FUNCTIONS).sort());
    for (const f of FUNCTION_EXAMPLES) expect(f.example.startsWith(`=ENT.${f.id}(`)).toBe(true);
    expect(FUNCTION_EXAMPLES.find((f) => f.id === 'UPCOMING')!.example).toBe('=ENT.UPCOMING(TODAY(), EDATE(TODAY(), 24))');
  });

  /** office-addin-mock's stand-in for Excel: "ENT examples" is taken, the sheet added next records what is written. */
  function excelMock() {
    const written: Record<string, { values?: unknown; formulas?: unknown; numberFormat?: unknown; bold?: boolean }> = {};
    const range = (address: string) => {
      const r = (written[address] ??= {});
      return {
        set values(v: unknown) { r.values = v; },
        set formulas(v: unknown) { r.formulas = v; },
        set numberFormat(v: unknown) { r.numberFormat = v; },
        format: { font: { set bold(b: boolean) { r.bold = b; } }, autofitColumns: () => {} },
      };
    };
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            taken: { isNullObject: false },
            free: { isNullObject: true },
            added: { name: '', activated: false, getRange: range, activate() { (this as any).activated = true; } },
            getItemOrNullObject(name: string) { return name === 'ENT examples' ? (this as any).taken : (this as any).free; },
            add(name: string) { (this as any).added.name = name; return (this as any).added; },
          },
        },
      },
      run: async function (this: any, callback: (ctx: unknown) => Promise<unknown>) { return callback(this.context); },
    }) as any;
    return { mock, written };
  }

  it('"Insert example sheet" writes the worked sheet through Excel.run: values, one range formula per column, a card, the desk', async () => {
    const { mock, written } = excelMock();
    expect(await insertExample(mock)).toEqual({ ok: true, text: "Inserted the sheet 'ENT examples 2'" });
    const sheet = mock.context.workbook.worksheets.added;
    expect(sheet.name).toBe('ENT examples 2');
    expect(sheet.activated).toBe(true);
    expect(written['A1:B6']!.values).toEqual(EXAMPLE_VALUES);
    expect(written['C2']!.formulas).toEqual([['=ENT.RESOLVE(A2:A6)']]);
    expect(written['D2']!.formulas).toEqual([['=ENT.SUPPORTPHASE(A2:A6, B2:B6)']]);
    expect(written['E2']!.formulas).toEqual([['=ENT.SUPPORTPHASE(A2:A6)']]);
    expect(written['B9']!.formulas).toEqual([['=ENT.PRODUCT("Windows 10")']]);
    expect(written['B10']!.formulas).toEqual([['=B9.Phase']]);
    expect(written['B11']!.formulas).toEqual([['=ENT.DESKOPEN("NO")']]);
    expect(written['A1:H1']!.bold).toBe(true);
    // Every formula on the sheet calls a function the add-in has.
    const formulas = Object.values(written).flatMap((w) => (w.formulas as string[][] | undefined)?.flat() ?? []);
    for (const f of formulas) for (const [, id] of f.matchAll(/ENT\.([A-Z]+)\(/g)) expect(Object.keys(FUNCTIONS)).toContain(id);
  });

  it('"Insert example sheet" outside Excel says so', async () => {
    expect(await insertExample(undefined)).toEqual({ ok: false, text: 'Open the task pane in Excel to insert the example sheet' });
  });

  it('words the last recalculation and the rate-limit budget', () => {
    expect(recalcLines(null).calls).toBe('—');
    expect(recalcLines({ calls: 1, cells: 10000, lookups: 9990, requests: 10, errors: 3, ms: 1234, endedAt: 0 })).toEqual({ calls: '1', cells: '10,000', lookups: '9,990', requests: '10', errors: '3', time: '1.2 s' });
    expect(rateLimitText(null)).toBe('—');
    expect(rateLimitText({ limit: 15000, remaining: 4990, resetSeconds: 61 })).toBe('4,990 of 15,000 units (full again in 61 s)');
  });
});
