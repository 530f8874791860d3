import { jest } from '@jest/globals';
import { BatchClient } from '../client/batchClient.js';
import { isoToSerial } from '../client/excelDates.js';
import { GatewayApi } from '../client/gatewayQueries.js';
import { RecalcStats } from '../client/recalcStats.js';
import { installCustomFunctionsShim } from '../testing/customFunctionsShim.js';
import { fakeGateway, type RecordedRequest } from '../testing/fakeGateway.js';
import { call, streamed } from '../testing/invoke.js';
import * as F from './functions.js';
import { useGateway } from './gateway.js';
import { CARD_PROPERTIES, CARD_SECTIONS, hostSupportsEntities, productEntity } from './productCard.js';

let shim: ReturnType<typeof installCustomFunctionsShim>;
let requests: RecordedRequest[];
const office = (sets: Record<string, string>) => ({ context: { requirements: { isSetSupported: (name: string, v: string) => name in sets && Number(sets[name]) >= Number(v) } } });

beforeAll(() => {
  shim = installCustomFunctionsShim();
});
afterAll(() => shim.uninstall());
beforeEach(() => {
  const gw = fakeGateway();
  requests = gw.requests;
  useGateway(new GatewayApi(new BatchClient({ endpoint: () => ({ url: 'https://gw.test/graphql', apiKey: null }), fetch: gw.fetch, windowMs: 1, stats: new RecalcStats() })));
});
afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('ENT.PRODUCT: a product as an Excel entity value', () => {
  it('is an Entity whose properties are the name, phase today, the ends as dates, levels, policy, source and citations', async () => {
    (globalThis as { Office?: unknown }).Office = office({ CustomFunctionsRuntime: '1.4', ExcelApi: '1.19' });
    const card = (await call(F.product, 'windows 7')) as any;
    expect(card.type).toBe('Entity');
    expect(card.text).toBe('Windows 7');
    expect(Object.keys(card.properties)).toEqual([...CARD_PROPERTIES]);
    expect(card.properties.Name).toEqual({ type: 'String', basicValue: 'Windows 7' });
    // =A2.Phase reads a string property named Phase.
    expect(card.properties.Phase).toEqual({ type: 'String', basicValue: 'END_OF_SUPPORT' });
    expect(card.properties['Mainstream end']).toEqual({ type: 'Double', basicValue: isoToSerial('2015-01-13'), numberFormat: 'yyyy-mm-dd' });
    expect(card.properties['Extended end']).toEqual({ type: 'Double', basicValue: isoToSerial('2020-01-14'), numberFormat: 'yyyy-mm-dd' });
    expect(card.properties['Support end'].basicValue).toBe(isoToSerial('2020-01-14'));
    expect(card.properties.Levels).toEqual({
      type: 'Array',
      elements: [
        [{ type: 'String', basicValue: 'Level' }, { type: 'String', basicValue: 'Label' }, { type: 'String', basicValue: 'Support end' }],
        [{ type: 'String', basicValue: 'RTM' }, { type: 'String', basicValue: 'Original Release' }, { type: 'String', basicValue: '2013-04-09' }],
        [{ type: 'String', basicValue: 'SP1' }, { type: 'String', basicValue: 'Service Pack 1' }, { type: 'String', basicValue: '2020-01-14' }],
      ],
    });
    expect(card.properties.Policy).toEqual({ type: 'String', basicValue: 'FIXED' });
    expect(card.properties.Source).toEqual({ type: 'String', basicValue: 'MICROSOFT_LIFECYCLE' });
    expect(card.properties.Citations.type).toBe('Array');
    expect(card.properties.Citations.elements[1][0].basicValue).toMatch(/^L-/);
    expect(requests[1]!.query).toContain('cards: supportPhases(lookups:');
  });

  it('its card layout has a title, a subtitle and named sections that cover every property but the name', async () => {
    (globalThis as { Office?: unknown }).Office = office({ CustomFunctionsRuntime: '1.4', ExcelApi: '1.19' });
    const card = (await call(F.product, 'Windows 7')) as any;
    expect(card.layouts.card.title).toEqual({ property: 'Name' });
    expect(card.layouts.card.subTitle).toEqual({ property: 'Phase' });
    expect(card.layouts.card.sections.map((s: { title: string }) => s.title)).toEqual(['Support today', 'Support ends', 'Levels', 'Product', 'Citations']);
    const inSections = CARD_SECTIONS.flatMap((s) => s.properties);
    expect([...inSections].sort()).toEqual(CARD_PROPERTIES.filter((p) => p !== 'Name').sort());
    for (const s of card.layouts.card.sections) expect(['List', 'Table', 'TwoColumn']).toContain(s.layout);
    expect(card.provider.description).toMatch(/Entitlement gateway/);
  });

  it('before ExcelApi 1.19 the dates are FormattedNumber values; a product without an extended phase has an empty one', () => {
    const e = productEntity(
      { date: '2026-01-01', phase: 'END_OF_SUPPORT', mainstreamEnds: '2011-10-11', extendedEnds: null, supportEnds: '2011-10-11', dateSource: 'DERIVED', product: { name: 'Zune Software', policy: 'FIXED_MAINSTREAM_ONLY', source: 'MICROSOFT_LIFECYCLE', family: 'Consumer', levels: [] }, citations: [] },
      { modernDouble: false },
    ) as any;
    expect(e.properties['Mainstream end']).toEqual({ type: 'FormattedNumber', basicValue: isoToSerial('2011-10-11'), numberFormat: 'yyyy-mm-dd' });
    expect(e.properties['Extended end']).toEqual({ type: 'String', basicValue: '' });
    expect(e.properties.Levels).toEqual({ type: 'String', basicValue: '—' });
    expect(e.properties.Dates.basicValue).toMatch(/^DERIVED/);
  });

  it('where the host has no CustomFunctionsRuntime 1.4 it is the product name as text', async () => {
    (globalThis as { Office?: unknown }).Office = office({ CustomFunctionsRuntime: '1.3' });
    expect(await call(F.product, 'windows 7')).toBe('Windows 7');
    delete (globalThis as { Office?: unknown }).Office;
    expect(hostSupportsEntities()).toEqual({ entities: false, modernDouble: false });
    expect(await call(F.product, 'windows 7')).toBe('Windows 7');
  });

  it('an unknown product is #N/A with a suggestion', async () => {
    await expect(call(F.product, 'Windws 7')).rejects.toEqual(expect.objectContaining({ code: '#N/A', message: "Unknown product 'Windws 7' — did you mean Windows 7?" }));
  });

  it('is live: the phase is today’s and the card is sent again at the gateway’s midnight', async () => {
    jest.useFakeTimers({ now: new Date('2015-01-13T12:00:00Z') });
    try {
      (globalThis as { Office?: unknown }).Office = office({ CustomFunctionsRuntime: '1.4', ExcelApi: '1.19' });
      const cell = streamed(F.product, 'Windows 7');
      for (let i = 0; i < 5; i++) await jest.advanceTimersByTimeAsync(2);
      expect((cell.results[0] as any).properties.Phase.basicValue).toBe('MAINSTREAM');
      await jest.advanceTimersByTimeAsync(Date.parse('2015-01-13T23:00:00Z') - Date.now());
      for (let i = 0; i < 5; i++) await jest.advanceTimersByTimeAsync(2);
      expect((cell.results[1] as any).properties.Phase.basicValue).toBe('EXTENDED');
      cell.cancel();
    } finally {
      jest.clearAllTimers();
      jest.useRealTimers();
    }
  });
});
