import { jest } from '@jest/globals';
import { BatchClient } from '../client/batchClient.js';
import { isoToSerial } from '../client/excelDates.js';
import { GatewayApi } from '../client/gatewayQueries.js';
import { MAX_WAIT_MS } from '../client/liveClock.js';
import { RecalcStats } from '../client/recalcStats.js';
import { installCustomFunctionsShim } from '../testing/customFunctionsShim.js';
import { fakeGateway, TENANT_KEY, type RecordedRequest } from '../testing/fakeGateway.js';
import { streamed } from '../testing/invoke.js';
import * as F from './functions.js';
import { useGateway } from './gateway.js';

/**
 * Live values with a fake clock (jest's fake timers fake Date.now and setTimeout alike): the streaming
 * functions answer, answer again exactly when the answer changes, and stop when Excel cancels them.
 */
let shim: ReturnType<typeof installCustomFunctionsShim>;
let requests: RecordedRequest[];

beforeAll(() => {
  shim = installCustomFunctionsShim();
});
afterAll(() => shim.uninstall());
beforeEach(() => {
  jest.useFakeTimers();
  const gw = fakeGateway();
  requests = gw.requests;
  useGateway(new GatewayApi(new BatchClient({ endpoint: () => ({ url: 'https://gw.test/graphql', apiKey: TENANT_KEY }), fetch: gw.fetch, windowMs: 1, stats: new RecalcStats() })));
});
afterEach(() => {
  jest.clearAllTimers();
  jest.useRealTimers();
});

/** Lets the batch window, the fake gateway and the promises after it run (a few ms of fake time). */
const settle = async () => {
  for (let i = 0; i < 5; i++) await jest.advanceTimersByTimeAsync(2);
};
/** Moves the fake clock to `iso` (UTC instant), running every timer on the way. */
async function clockTo(iso: string): Promise<void> {
  await jest.advanceTimersByTimeAsync(Date.parse(iso) - Date.now());
  await settle();
}

describe('DESKOPEN("NO") without a date-time is live', () => {
  it('flips to FALSE at 16:00 and TRUE at 08:00 Oslo time across the end of summer time (25 Oct 2026)', async () => {
    jest.setSystemTime(new Date('2026-10-23T13:30:00Z')); // Friday 15:30 CEST (+02:00)
    const cell = streamed(F.deskOpen, 'NO');
    await settle();
    expect(cell.results).toEqual([true]);
    await clockTo('2026-10-23T13:59:59Z');
    expect(cell.results).toEqual([true]);
    await clockTo('2026-10-23T14:00:00Z'); // 16:00 CEST
    expect(cell.results).toEqual([true, false]);
    // Sunday 03:00 CEST becomes 02:00 CET; Monday 08:00 is 07:00 UTC, not 06:00.
    await clockTo('2026-10-26T06:00:00Z');
    expect(cell.results).toEqual([true, false]);
    await clockTo('2026-10-26T06:59:59Z');
    expect(cell.results).toEqual([true, false]);
    await clockTo('2026-10-26T07:00:00Z');
    expect(cell.results).toEqual([true, false, true]);
    await clockTo('2026-10-26T15:00:00Z'); // 16:00 CET
    expect(cell.results).toEqual([true, false, true, false]);
    // Each change was asked at its own instant, in the desk's offset of that instant.
    const asked = requests.flatMap((r) => Object.entries(r.variables).filter(([k]) => k.endsWith('_at')).map(([, v]) => v));
    expect(asked).toEqual(['2026-10-23T15:30:00+02:00', '2026-10-23T16:00:00+02:00', '2026-10-26T08:00:00+01:00', '2026-10-26T16:00:00+01:00']);
    cell.cancel();
  });

  it('and across the start of summer time (29 Mar 2026): Monday 08:00 CEST is 06:00 UTC', async () => {
    jest.setSystemTime(new Date('2026-03-27T16:00:00Z')); // Friday 17:00 CET: closed
    const cell = streamed(F.deskOpen, 'Norway');
    await settle();
    expect(cell.results).toEqual([false]);
    await clockTo('2026-03-30T05:59:59Z');
    expect(cell.results).toEqual([false]);
    await clockTo('2026-03-30T06:00:00Z');
    expect(cell.results).toEqual([false, true]);
    await clockTo('2026-03-30T14:00:00Z');
    expect(cell.results).toEqual([false, true, false]);
    cell.cancel();
  });

  it('stops its timer when Excel cancels it', async () => {
    jest.setSystemTime(new Date('2026-10-23T13:30:00Z'));
    const cell = streamed(F.deskOpen, 'NO');
    await settle();
    await jest.advanceTimersByTimeAsync(1000); // the batch client's and the statistics' own timers end
    expect(jest.getTimerCount()).toBe(1);
    cell.cancel();
    expect(jest.getTimerCount()).toBe(0);
    await clockTo('2026-10-27T12:00:00Z');
    expect(cell.results).toEqual([true]);
    expect(requests).toHaveLength(1);
  });

  it('waits in steps of at most an hour, so a long weekend never overflows a timer', async () => {
    jest.setSystemTime(new Date('2026-10-23T14:30:00Z'));
    const cell = streamed(F.deskOpen, 'NO');
    await settle();
    await jest.advanceTimersByTimeAsync(1000);
    const next = jest.getTimerCount() ? Date.now() : 0;
    expect(next).toBeGreaterThan(0);
    await jest.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(cell.results).toEqual([false]);
    expect(jest.getTimerCount()).toBe(1);
    cell.cancel();
  });

  it('with a date-time it answers once and keeps no timer', async () => {
    jest.setSystemTime(new Date('2026-10-23T13:30:00Z'));
    const cell = streamed(F.deskOpen, 'NO', '2026-11-23 09:30');
    await settle();
    await jest.advanceTimersByTimeAsync(1000);
    expect(cell.results).toEqual([true]);
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe('NEXTOPEN("SE") without a date-time is live', () => {
  it('shows the next opening while closed, today’s opening while open, and moves on at each change', async () => {
    jest.setSystemTime(new Date('2026-11-23T06:00:00Z')); // Monday 07:00 in Stockholm
    const cell = streamed(F.nextOpen, 'SE');
    await settle();
    const at8 = isoToSerial('2026-11-23') + 8 / 24;
    expect(cell.results).toEqual([at8]);
    await clockTo('2026-11-23T07:00:00Z'); // opens: open since 08:00
    expect(cell.results).toEqual([at8, at8]);
    await clockTo('2026-11-23T16:00:00Z'); // closes at 17:00: next is Tuesday 08:00
    expect(cell.results[2]).toBeCloseTo(isoToSerial('2026-11-24') + 8 / 24, 9);
    cell.cancel();
  });
});

describe('date functions without a date are live until the gateway’s midnight', () => {
  it('SUPPORTPHASE("Windows 7") turns EXTENDED at midnight Oslo time after its mainstream end', async () => {
    jest.setSystemTime(new Date('2015-01-13T12:00:00Z'));
    const cell = streamed(F.supportPhase, 'Windows 7');
    await settle();
    expect(cell.results).toEqual(['MAINSTREAM']);
    await clockTo('2015-01-13T22:59:59Z');
    expect(cell.results).toEqual(['MAINSTREAM']);
    await clockTo('2015-01-13T23:00:00Z'); // 00:00 CET on the 14th
    expect(cell.results).toEqual(['MAINSTREAM', 'EXTENDED']);
    const dates = requests.flatMap((r) => (Array.isArray(r.variables.b0) ? (r.variables.b0 as { date: string }[]).map((l) => l.date) : []));
    expect(dates).toEqual(['2015-01-13', '2015-01-14']);
    cell.cancel();
  });

  it('a range with some dates blank is live; DAYSLEFT counts down by one each midnight', async () => {
    jest.setSystemTime(new Date('2020-01-12T12:00:00Z'));
    const cell = streamed(F.daysLeft, [['Windows 7'], ['Windows 7']], [[null], ['2020-01-01']]);
    await settle();
    expect(cell.results).toEqual([[[2], [13]]]);
    await clockTo('2020-01-12T23:00:00Z');
    expect(cell.results.at(-1)).toEqual([[1], [13]]);
    await clockTo('2020-01-13T23:00:00Z');
    expect(cell.results.at(-1)).toEqual([[0], [13]]);
    cell.cancel();
    await jest.advanceTimersByTimeAsync(1000);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('CANCELBY without asOf is live; with every date given SUPPORTPHASE answers once, cached, no timer', async () => {
    jest.setSystemTime(new Date('2026-03-01T12:00:00Z'));
    const live = streamed(F.cancelBy, [['SUB-1']]);
    await settle();
    expect(live.results).toEqual([[[isoToSerial('2026-09-01')]]]);
    live.cancel();
    const plain = streamed(F.supportPhase, [['Windows 7'], ['Windows 7']], [['2015-01-13'], ['2015-01-14']]);
    await settle();
    await jest.advanceTimersByTimeAsync(1000);
    expect(plain.results).toEqual([[['MAINSTREAM'], ['EXTENDED']]]);
    expect(jest.getTimerCount()).toBe(0);
    const sent = requests.length;
    const again = streamed(F.supportPhase, [['Windows 7']], [['2015-01-14']]);
    await settle();
    expect(again.results).toEqual([[['EXTENDED']]]);
    expect(requests).toHaveLength(sent);
  });
});
