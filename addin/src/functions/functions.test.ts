import { BatchClient } from '../client/batchClient.js';
import { isoToSerial } from '../client/excelDates.js';
import { dateIn } from '../client/liveClock.js';
import { GatewayApi } from '../client/gatewayQueries.js';
import { SIGN_IN_NEEDED } from '../client/toExcelError.js';
import { installCustomFunctionsShim, ShimError } from '../testing/customFunctionsShim.js';
import { fakeGateway, TENANT_KEY, TODAY, type RecordedRequest } from '../testing/fakeGateway.js';
import { call } from '../testing/invoke.js';
import * as F from './functions.js';
import { useGateway } from './gateway.js';

let shim: ReturnType<typeof installCustomFunctionsShim>;
let requests: RecordedRequest[];
let apiKey: string | null;

beforeAll(() => {
  shim = installCustomFunctionsShim();
});
afterAll(() => shim.uninstall());
beforeEach(() => {
  const gw = fakeGateway();
  requests = gw.requests;
  apiKey = TENANT_KEY;
  useGateway(new GatewayApi(new BatchClient({ endpoint: () => ({ url: 'https://gw.test/graphql', apiKey }), fetch: gw.fetch, windowMs: 1 })));
});

const serial = (iso: string) => isoToSerial(iso);
/** The Excel error a call rejected with. */
async function excelErrorOf(p: Promise<unknown>): Promise<{ code: string; message?: string }> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ShimError);
    return e as ShimError;
  }
  throw new Error('expected an Excel error');
}

describe('SUPPORTPHASE', () => {
  it('Windows 7 is MAINSTREAM on its mainstream end date and EXTENDED the day after', async () => {
    expect(await call(F.supportPhase, 'Windows 7', serial('2015-01-13'))).toBe('MAINSTREAM');
    expect(await call(F.supportPhase, 'Windows 7', '2015-01-14')).toBe('EXTENDED');
    expect(await call(F.supportPhase, 'Windows 7', serial('2015-01-12'))).toBe('MAINSTREAM');
  });
  it('without a date it asks for today in the gateway’s time zone (asked once, in the same request as nothing else)', async () => {
    expect(await call(F.supportPhase, 'Windows 7', null)).toBe('END_OF_SUPPORT');
    expect(requests[0]!.query).toContain('catalogueInfo { timeZone }');
    expect(requests[1]!.variables.b0).toEqual([{ product: 'Windows 7', date: dateIn('Europe/Oslo', Date.now()), level: null }]);
    await call(F.daysLeft, 'Windows 7');
    expect(requests.filter((r) => r.query.includes('catalogueInfo'))).toHaveLength(1);
  });
  it('MAINSTREAMEND and friends take no date: the gateway’s today is fine for them', async () => {
    expect(TODAY).toBe('2026-01-01');
    await call(F.mainstreamEnd, 'Windows 7');
    expect(requests[0]!.variables.b0).toEqual([{ product: 'Windows 7', date: null, level: null }]);
  });
  it('takes Excel serials at the 1900 edge and ISO text', async () => {
    expect(await call(F.supportPhase, 'Windows 7', 59)).toBe('PRE_RELEASE');
    expect(await call(F.supportPhase, 'Windows 7', 61)).toBe('PRE_RELEASE');
    expect(await call(F.supportPhase, 'Windows 7', 25569)).toBe('PRE_RELEASE');
    expect(await call(F.supportPhase, 'Windows 7', 46023)).toBe('END_OF_SUPPORT');
    expect(requests.flatMap((r) => (r.variables.b0 as { date: string }[]).map((l) => l.date))).toEqual(['1900-02-28', '1900-03-01', '1970-01-01', '2026-01-01']);
  });
  it('serial 60, negative serials, day/month text and free text in the date are #VALUE! without asking the gateway', async () => {
    expect(await excelErrorOf(call(F.supportPhase, 'Windows 7', 60))).toEqual({ code: '#VALUE!', message: 'date: 1900-02-29 does not exist (Excel serial 60 is a leftover from Lotus 1-2-3)' });
    expect((await excelErrorOf(call(F.supportPhase, 'Windows 7', -1))).code).toBe('#VALUE!');
    expect((await excelErrorOf(call(F.supportPhase, 'Windows 7', '31/12/2026'))).code).toBe('#VALUE!');
    expect((await excelErrorOf(call(F.supportPhase, 'Windows 7', 'yesterday'))).message).toMatch(/^date: 'yesterday' is not a date/);
    expect(requests).toHaveLength(0);
  });
  it('an unknown product is #N/A with a suggestion', async () => {
    expect(await excelErrorOf(call(F.supportPhase, 'Windws 7', 46023))).toEqual({ code: '#N/A', message: "Unknown product 'Windws 7' — did you mean Windows 7?" });
  });
});

describe('lifecycle dates', () => {
  it('MAINSTREAMEND and EXTENDEDEND answer Excel date serials', async () => {
    expect(await call(F.mainstreamEnd, 'Windows 7')).toBe(serial('2015-01-13'));
    expect(await call(F.extendedEnd, 'Windows 7')).toBe(serial('2020-01-14'));
  });
  it('a product without an extended phase is #N/A saying so', async () => {
    expect(await excelErrorOf(call(F.extendedEnd, 'Zune Software'))).toEqual({ code: '#N/A', message: 'Zune Software has no extended support phase' });
    expect(await call(F.supportEnd, 'Zune Software')).toBe(serial('2011-10-11'));
  });
  it('SUPPORTEND answers the product’s last support day, or a level’s', async () => {
    expect(await call(F.supportEnd, 'Windows 7')).toBe(serial('2020-01-14'));
    expect(await call(F.supportEnd, 'Windows 7', 'RTM')).toBe(serial('2013-04-09'));
    expect(await call(F.supportEnd, 'Windows 7', null)).toBe(serial('2020-01-14'));
  });
  it('an unknown level is #N/A listing the known ones', async () => {
    expect(await excelErrorOf(call(F.supportEnd, 'Windows 7', 'SP3'))).toEqual({ code: '#N/A', message: 'Windows 7 has no level SP3 (levels: RTM, SP1)' });
  });
  it('a Modern-policy product has no end dates: #N/A', async () => {
    expect((await excelErrorOf(call(F.mainstreamEnd, 'Microsoft 365 Apps'))).code).toBe('#N/A');
    expect((await excelErrorOf(call(F.daysLeft, 'Microsoft 365 Apps', 46023))).message).toMatch(/no support end date/);
  });
  it('DAYSLEFT counts to the last support day: 1 the day before, 0 on it, negative after', async () => {
    expect(await call(F.daysLeft, 'Windows 7', '2020-01-13')).toBe(1);
    expect(await call(F.daysLeft, 'Windows 7', '2020-01-14')).toBe(0);
    expect(await call(F.daysLeft, 'Windows 7', serial('2020-01-15'))).toBe(-1);
    expect(await call(F.daysLeft, 'Windows 7', '2019-01-14')).toBe(365);
  });
  it('lifecycle functions on the same product (and date) share one lookup', async () => {
    await Promise.all([call(F.mainstreamEnd, 'Windows 7'), call(F.extendedEnd, 'Windows 7'), call(F.supportEnd, 'Windows 7'), call(F.supportPhase, 'Windows 7', '2016-01-01'), call(F.daysLeft, 'Windows 7', '2016-01-01')]);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.variables.b0).toEqual([
      { product: 'Windows 7', date: null, level: null },
      { product: 'Windows 7', date: '2016-01-01', level: null },
    ]);
  });
});

describe('ENTITLED', () => {
  it('is TRUE or FALSE, or says what a conditional or paid entitlement takes', async () => {
    expect(await call(F.entitled, 'Windows 7', 'SECURITY_UPDATES', '2016-01-01')).toBe(true);
    expect(await call(F.entitled, 'Windows 7', 'free support', '2016-01-01')).toBe(false);
    expect(await call(F.entitled, 'Windows 7', 'Non-Security Hotfixes', '2016-01-01')).toBe('CONDITIONAL: an Extended Hotfix Support agreement');
    expect(await call(F.entitled, 'Windows 7', 'PAID_SUPPORT', '2012-01-01')).toBe('PAID');
    expect(await call(F.entitled, 'Windows 7', 'PAID_SUPPORT', '2016-01-01')).toBe('PAID: per incident');
  });
  it('an entitlement the phase does not list is FALSE', async () => {
    expect(await call(F.entitled, 'Windows 7', 'HARDWARE_REPAIR', '2012-01-01')).toBe(false);
  });
  it('an unknown entitlement name is #VALUE! listing the valid names', async () => {
    const e = await excelErrorOf(call(F.entitled, 'Windows 7', 'security patches', '2012-01-01'));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('SECURITY_UPDATES');
    expect(requests).toHaveLength(0);
  });
});

describe('each function asks the gateway only for the fields it reads', () => {
  it('SUPPORTPHASE over a range asks the phase only: no entitlements, no level, no dates', async () => {
    const out = await F.supportPhase([['Windows 7'], ['Zune Software']], [[serial('2015-01-13')], [serial('2010-01-01')]], { setResult() {} });
    expect(out).toEqual([['MAINSTREAM'], ['MAINSTREAM']]);
    const bulk = requests.filter((r) => r.query.includes('supportPhases'));
    expect(bulk).toHaveLength(1);
    expect(bulk[0]!.query).toContain('... on PhaseAnswer { phase }');
    expect(bulk[0]!.query).not.toContain('entitlements');
    expect(bulk[0]!.query).not.toContain('level {');
  });
  it('ENTITLED asks entitlements; SUPPORTEND asks level { code end } only with a level', async () => {
    await call(F.entitled, 'Windows 7', 'SECURITY_UPDATES', serial('2016-01-01'));
    expect(requests.at(-1)!.query).toContain('... on PhaseAnswer { entitlements { kind availability condition } }');
    await call(F.supportEnd, 'Windows 7');
    expect(requests.at(-1)!.query).toContain('... on PhaseAnswer { supportEnds product { name } }');
    await call(F.supportEnd, 'Windows 7', 'SP1');
    expect(requests.at(-1)!.query).toContain('... on PhaseAnswer { supportEnds product { name } level { code end } }');
    await call(F.daysLeft, 'Windows 7', serial('2019-01-14'));
    expect(requests.at(-1)!.query).toContain('... on PhaseAnswer { date supportEnds product { name } }');
  });
  it('functions reading different fields of one lookup share one request and keep their answers', async () => {
    const [phase, entitled, days] = await Promise.all([
      call(F.supportPhase, 'Windows 7', serial('2016-01-01')),
      call(F.entitled, 'Windows 7', 'NON_SECURITY_HOTFIXES', serial('2016-01-01')),
      call(F.daysLeft, 'Windows 7', serial('2016-01-01')),
    ]);
    expect([phase, entitled, days]).toEqual(['EXTENDED', 'CONDITIONAL: an Extended Hotfix Support agreement', serial('2020-01-14') - serial('2016-01-01')]);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.variables.b0).toHaveLength(1);
  });
});

describe('NOTICEDATE', () => {
  it('adds 12 months for a disruptive change, 6 for CRM Online', async () => {
    expect(await call(F.noticeDate, 'Exchange Online', 'disruptive', '2026-01-31')).toBe(serial('2027-01-31'));
    expect(await call(F.noticeDate, 'Dynamics CRM Online', 'DISRUPTIVE', serial('2026-01-31'))).toBe(serial('2026-07-31'));
    expect(await call(F.noticeDate, 'Exchange Online', 'end of service', '2026-03-01')).toBe(serial('2027-03-01'));
  });
  it('a security change has no notice date: #N/A with the reason', async () => {
    expect(await excelErrorOf(call(F.noticeDate, 'Exchange Online', 'SECURITY', '2026-01-31'))).toEqual({ code: '#N/A', message: 'No notice period applies to security changes (L-ONLINE-NOTICE)' });
  });
  it('a bad change kind or announcement date is #VALUE!', async () => {
    expect((await excelErrorOf(call(F.noticeDate, 'Exchange Online', 'cosmetic', '2026-01-31'))).code).toBe('#VALUE!');
    expect((await excelErrorOf(call(F.noticeDate, 'Exchange Online', 'DISRUPTIVE', '2026/01/31'))).code).toBe('#VALUE!');
  });
});

describe('PRODUCTS', () => {
  it('spills a header row and one row per product, dates as serials and blanks where unknown', async () => {
    const table = await call(F.products, 'windows');
    expect(table[0]).toEqual(['Name', 'Family', 'Policy', 'GA', 'Mainstream end', 'Extended end']);
    expect(table[1]).toEqual(['Windows 7', 'Windows', 'FIXED', serial('2009-10-22'), serial('2015-01-13'), serial('2020-01-14')]);
    expect(table).toHaveLength(3);
    expect((await call(F.products, 'Microsoft 365'))[1]).toEqual(['Microsoft 365 Apps', 'Office', 'MODERN', serial('2017-09-22'), '', '']);
  });
  it('no match is #N/A', async () => {
    expect(await excelErrorOf(call(F.products, 'Commodore'))).toEqual({ code: '#N/A', message: "No products match 'Commodore'" });
  });
});

describe('subscription functions (tenant key)', () => {
  it('CANCELBY, RENEWSON and PRICELOCKEND answer serials, in one request', async () => {
    const [c, r, p] = await Promise.all([call(F.cancelBy, 'SUB-1', '2026-01-01'), call(F.renewsOn, 'SUB-1', 46023), call(F.priceLockEnd, 'SUB-1')]);
    expect([c, r, p]).toEqual([serial('2026-09-01'), serial('2026-10-01'), serial('2026-09-30')]);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.authorization).toBe(`Bearer ${TENANT_KEY}`);
  });
  it('a pay-as-you-go subscription neither renews nor has a cancel-by date: #N/A saying why', async () => {
    expect((await excelErrorOf(call(F.renewsOn, 'SUB-PAYG'))).message).toMatch(/^Subscription 'SUB-PAYG' \(PAY_AS_YOU_GO\) does not renew/);
    expect((await excelErrorOf(call(F.cancelBy, 'SUB-PAYG'))).code).toBe('#N/A');
  });
  it('an unknown subscription is #N/A for that cell only', async () => {
    const [bad, good] = await Promise.allSettled([call(F.cancelBy, 'SUB-404'), call(F.cancelBy, 'SUB-1')]);
    expect(bad).toMatchObject({ status: 'rejected', reason: { code: '#N/A', message: "Unknown subscription 'SUB-404' for this API key" } });
    expect(good).toMatchObject({ status: 'fulfilled', value: serial('2026-09-01') });
  });
  it('without an API key the cell asks the user to sign in', async () => {
    apiKey = null;
    expect(await excelErrorOf(call(F.cancelBy, 'SUB-1'))).toEqual({ code: '#N/A', message: SIGN_IN_NEEDED });
    expect(await excelErrorOf(call(F.liabilityCap, '2026-03-15'))).toEqual({ code: '#N/A', message: SIGN_IN_NEEDED });
  });
});

describe('UPCOMING (tenant key)', () => {
  it('spills a header row and one row per event in the window, by date, dates as serials and blanks where a value does not apply', async () => {
    const table = await call(F.upcoming, '2026-01-01', serial('2026-12-31'));
    expect(table[0]).toEqual(['Date', 'Kind', 'Event', 'Days left', 'Product', 'Level', 'Subscription', 'Count', 'What it means']);
    expect(table.slice(1).map((r: unknown[]) => [r[0], r[1], r[3], r[4], r[6]])).toEqual([
      [serial('2026-09-01'), 'CANCEL_BY', 243, 'Microsoft 365 Business Standard', 'SUB-1'],
      [serial('2026-09-30'), 'PRICE_LOCK_END', 272, 'Microsoft 365 Business Standard', 'SUB-1'],
      [serial('2026-10-01'), 'RENEWAL', 273, 'Microsoft 365 Business Standard', 'SUB-1'],
    ]);
    expect(requests[0]!.variables).toEqual({ f0_from: '2026-01-01', f0_to: '2026-12-31' });
  });
  it('both edge days are included: a one-day window on a deadline has that row, the days between two deadlines none', async () => {
    expect((await call(F.upcoming, '2026-09-30', '2026-09-30')).slice(1).map((r: unknown[]) => r[1])).toEqual(['PRICE_LOCK_END']);
    expect((await call(F.upcoming, '2026-09-01', '2026-09-30')).slice(1).map((r: unknown[]) => r[1])).toEqual(['CANCEL_BY', 'PRICE_LOCK_END']);
    expect((await excelErrorOf(call(F.upcoming, '2026-09-02', '2026-09-29'))).code).toBe('#N/A');
  });
  it('product rows carry the product, level and count; past events have negative days left', async () => {
    const [, rtm, ext] = await call(F.upcoming, '2013-01-01', '2020-12-31');
    expect(rtm).toEqual([serial('2013-04-09'), 'LEVEL_END', 'Windows 7 Original Release: last day of support for this level', -4650, 'Windows 7', 'RTM', '', '', 'What Windows 7 Original Release: last day of support for this level means.']);
    expect(ext!.slice(4, 8)).toEqual(['Windows 7', '', '', 40]);
  });
  it('a window without events is #N/A saying so', async () => {
    expect(await excelErrorOf(call(F.upcoming, '2030-01-01', '2030-12-31'))).toEqual({ code: '#N/A', message: 'No support ends or subscription deadlines from 2030-01-01 to 2030-12-31' });
  });
  it('a reversed window is #VALUE! with the gateway’s reason; a bad date is #VALUE! without asking', async () => {
    expect(await excelErrorOf(call(F.upcoming, '2027-01-01', '2026-01-01'))).toEqual({ code: '#VALUE!', message: 'from (2027-01-01) is after to (2026-01-01)' });
    const sent = requests.length;
    expect((await excelErrorOf(call(F.upcoming, 'soon', '2026-01-01'))).code).toBe('#VALUE!');
    expect(requests).toHaveLength(sent);
  });
  it('without an API key the cell asks the user to sign in', async () => {
    apiKey = null;
    expect(await excelErrorOf(call(F.upcoming, '2026-01-01', '2026-12-31'))).toEqual({ code: '#N/A', message: SIGN_IN_NEEDED });
  });
});

describe('LIABILITYCAP and INSCOPE', () => {
  it('LIABILITYCAP answers the NOK cap as a number', async () => {
    expect(await call(F.liabilityCap, '2026-03-15')).toBe(16237.5);
    expect(await call(F.liabilityCap, serial('2024-06-01'))).toBe(0);
    expect(requests[0]!.query).toContain('negligence: GROSS');
    expect(requests[0]!.query).toContain('loss: DIRECT');
  });
  it('LIABILITYCAP needs a real date', async () => {
    expect((await excelErrorOf(call(F.liabilityCap, 'last spring'))).code).toBe('#VALUE!');
  });
  it('INSCOPE answers the decision; topics may be typed in words', async () => {
    expect(await call(F.inScope, 'printing', 'Windows 7', null)).toBe('IN_SCOPE');
    expect(await call(F.inScope, 'Server problem')).toBe('OUT_OF_SCOPE');
    expect(await call(F.inScope, 'PASSWORD_CHANGE', 'Outlook', 2013)).toBe('IN_SCOPE');
    expect(requests.flatMap((r) => Object.entries(r.variables).filter(([k]) => k.endsWith('_version')).map(([, v]) => v))).toContain('2013');
  });
  it('an unknown topic is #VALUE! before anything is sent', async () => {
    expect((await excelErrorOf(call(F.inScope, 'coffee machine'))).code).toBe('#VALUE!');
    expect(requests).toHaveLength(0);
  });
});

describe('DESKOPEN and NEXTOPEN', () => {
  const monday = serial('2026-11-23');
  it('the Norwegian desk is open on a Monday 09:30 local time, closed at 16:00 and at 07:59', async () => {
    expect(await call(F.deskOpen, 'NO', monday + 9.5 / 24)).toBe(true);
    expect(await call(F.deskOpen, 'Norway', '2026-11-23 16:00')).toBe(false);
    expect(await call(F.deskOpen, 'no', '2026-11-23T07:59')).toBe(false);
    expect(requests.flatMap((r) => Object.values(r.variables))).toContain('2026-11-23T09:30:00+01:00');
  });
  it('the Swedish desk closes at 17:00 instead', async () => {
    expect(await call(F.deskOpen, 'SE', '2026-11-23 16:30')).toBe(true);
  });
  it('NEXTOPEN after closing is the next morning 08:00 local, and on a Friday evening the Monday', async () => {
    expect(await call(F.nextOpen, 'NO', '2026-11-23 18:00')).toBeCloseTo(serial('2026-11-24') + 8 / 24, 9);
    expect(await call(F.nextOpen, 'FI', '2026-11-27 18:00')).toBeCloseTo(serial('2026-11-30') + 8 / 24, 9);
  });
  it('NEXTOPEN while the desk is open is that moment itself', async () => {
    expect(await call(F.nextOpen, 'DK', monday + 10 / 24)).toBeCloseTo(monday + 10 / 24, 9);
  });
  it('an unknown country is #VALUE!', async () => {
    expect((await excelErrorOf(call(F.deskOpen, 'Germany'))).message).toContain('SE, NO, DK, FI');
  });
});

describe('ranges in, arrays out', () => {
  const col = (...xs: unknown[]) => xs.map((x) => [x]);
  it('a column of products and a column of dates spill a column of phases, in one request', async () => {
    const out = await call(F.supportPhase, col('Windows 7', 'Windows 7', 'Zune Software'), col('2015-01-13', serial('2015-01-14'), '2012-01-01'));
    expect(out).toEqual(col('MAINSTREAM', 'EXTENDED', 'SELF_HELP_ONLY'));
    expect(requests).toHaveLength(1);
  });
  it('a single date broadcasts down the column; a row of dates against a column of products makes a table', async () => {
    expect(await call(F.supportPhase, col('Windows 7', 'Windows Server 2012'), [['2016-01-01']])).toEqual(col('EXTENDED', 'MAINSTREAM'));
    expect(await call(F.supportPhase, col('Windows 7', 'Windows Server 2012'), [['2014-01-01', '2019-01-01']])).toEqual([
      ['MAINSTREAM', 'EXTENDED'],
      ['MAINSTREAM', 'EXTENDED'],
    ]);
  });
  it('a bad cell is an error value in its own cell with the usual message; blank rows give blank cells', async () => {
    const out = await call(F.supportPhase, col('Windows 7', '', null, 'Windws 7', 'Windows 7'), col('2016-01-01', '2016-01-01', null, '2016-01-01', 'soon'));
    expect(out[0]).toEqual(['EXTENDED']);
    expect(out[1]).toEqual(['']);
    expect(out[2]).toEqual(['']);
    expect(out[3][0]).toEqual(new ShimError('#N/A', "Unknown product 'Windws 7' — did you mean Windows 7?"));
    expect(out[4][0]).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/^date: 'soon' is not a date/) });
  });
  it('ranges of different sizes are #N/A where one has no cell, as in Excel', async () => {
    const out = await call(F.supportPhase, col('Windows 7', 'Windows 7', 'Windows 7'), col('2016-01-01', '2012-01-01'));
    expect(out.slice(0, 2)).toEqual(col('EXTENDED', 'MAINSTREAM'));
    expect(out[2][0]).toMatchObject({ code: '#N/A', message: 'The ranges are of different sizes (product 3×1, date 2×1)' });
  });
  it('2,500 distinct cells in one invocation are 3 requests of at most 1,000; repeated cells are asked once', async () => {
    const dates = Array.from({ length: 2500 }, (_, i) => [serial('2000-01-01') + i]);
    const out = await call(F.supportPhase, [['Windows 7']], dates);
    expect(out).toHaveLength(2500);
    expect(requests.map((r) => (r.variables.b0 as unknown[]).length).sort()).toEqual([1000, 1000, 500]);
    requests.length = 0;
    const again = await call(F.daysLeft, Array.from({ length: 3000 }, (_, i) => [i % 2 ? 'Windows 7' : 'Zune Software']), [['2030-01-01']]);
    expect(again).toHaveLength(3000);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.variables.b0).toHaveLength(2);
  });
  it('every lookup function takes ranges: dates, days, entitlements, levels and subscriptions', async () => {
    expect(await call(F.mainstreamEnd, col('Windows 7', 'Microsoft 365 Apps'))).toEqual([[serial('2015-01-13')], [expect.objectContaining({ code: '#N/A' })]]);
    expect(await call(F.extendedEnd, [['Windows 7', 'Windows Server 2012']])).toEqual([[serial('2020-01-14'), serial('2023-10-10')]]);
    expect(await call(F.supportEnd, [['Windows 7']], [['RTM', 'SP1', '']])).toEqual([[serial('2013-04-09'), serial('2020-01-14'), serial('2020-01-14')]]);
    expect(await call(F.daysLeft, col('Windows 7', 'Windows Server 2012'), [['2020-01-13']])).toEqual(col(1, serial('2023-10-10') - serial('2020-01-13')));
    expect(await call(F.entitled, col('Windows 7', 'Windows 7'), [['security updates']], col('2016-01-01', '2021-01-01'))).toEqual(col(true, false));
    expect(await call(F.cancelBy, col('SUB-1', 'SUB-404', ''), [['2026-01-01']])).toEqual([[serial('2026-09-01')], [expect.objectContaining({ message: "Unknown subscription 'SUB-404' for this API key" })], ['']]);
    expect(await call(F.renewsOn, col('SUB-1'), [['2026-01-01']])).toEqual(col(serial('2026-10-01')));
    expect(await call(F.priceLockEnd, col('SUB-1', 'SUB-PAYG'))).toEqual(col(serial('2026-09-30'), serial('2026-05-31')));
  });
  it('a 1×1 range (a single cell in Excel) answers a 1×1 array; an error there is the error value', async () => {
    expect(await call(F.supportPhase, [['Windows 7']], [['2016-01-01']])).toEqual([['EXTENDED']]);
    expect((await call(F.mainstreamEnd, [['Nope']]))[0][0]).toMatchObject({ code: '#N/A' });
  });
});

describe('RESOLVE (resolveProducts of issue 12)', () => {
  const col = (...xs: unknown[]) => xs.map((x) => [x]);
  it('answers the canonical name with its level, from the gateway’s canonicalName or built from product and level', async () => {
    expect(await call(F.resolve, 'windows 7')).toBe('Windows 7');
    expect(await call(F.resolve, 'Win7')).toBe('Windows 7');
    expect(await call(F.resolve, 'Windows 7 Professional SP1')).toBe('Windows 7 SP1');
    expect(requests.every((r) => r.query.includes('resolveProducts(names: $b0)'))).toBe(true);
  });
  it('an unknown name is #N/A with "did you mean"; a range is one request, blank rows blank', async () => {
    expect(await excelErrorOf(call(F.resolve, 'Windws 7'))).toEqual({ code: '#N/A', message: "Unknown product 'Windws 7' — did you mean Windows 7?" });
    requests.length = 0;
    const out = await call(F.resolve, col('windows 7 sp1', '', 'Windws 7', 'Windows 7 SP3', 'zune software'));
    expect(out[0]).toEqual(['Windows 7 SP1']);
    expect(out[1]).toEqual(['']);
    expect(out[2][0]).toMatchObject({ code: '#N/A', message: "Unknown product 'Windws 7' — did you mean Windows 7?" });
    expect(out[3][0]).toMatchObject({ code: '#N/A', message: 'Windows 7 has no level SP3 (levels: RTM, SP1)' });
    expect(out[4]).toEqual(['Zune Software']);
    expect(requests).toHaveLength(1);
    // 'Windws 7' was answered a moment ago: its resolution is remembered like any other answer.
    expect(requests[0]!.variables.b0).toEqual(['windows 7 sp1', 'Windows 7 SP3', 'zune software']);
  });
  it('2,100 distinct names are 3 requests of at most 1,000 names', async () => {
    const names = Array.from({ length: 2100 }, (_, i) => [`Product ${i}`]);
    const out = await call(F.resolve, names);
    expect(out).toHaveLength(2100);
    expect(requests.map((r) => (r.variables.b0 as unknown[]).length).sort((a, b) => a - b)).toEqual([100, 1000, 1000]);
  });
});
