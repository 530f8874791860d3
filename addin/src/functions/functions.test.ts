import { BatchClient } from '../client/batchClient.js';
import { isoToSerial } from '../client/excelDates.js';
import { GatewayApi } from '../client/gatewayQueries.js';
import { SIGN_IN_NEEDED } from '../client/toExcelError.js';
import { installCustomFunctionsShim, ShimError } from '../testing/customFunctionsShim.js';
import { fakeGateway, TENANT_KEY, TODAY, type RecordedRequest } from '../testing/fakeGateway.js';
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
    expect(await F.supportPhase('Windows 7', serial('2015-01-13'))).toBe('MAINSTREAM');
    expect(await F.supportPhase('Windows 7', '2015-01-14')).toBe('EXTENDED');
    expect(await F.supportPhase('Windows 7', serial('2015-01-12'))).toBe('MAINSTREAM');
  });
  it('without a date the gateway decides today', async () => {
    // The fake gateway's today is 2026-01-01, past Windows 7's self-help year (ended 2021-01-14).
    expect(TODAY).toBe('2026-01-01');
    expect(await F.supportPhase('Windows 7', null)).toBe('END_OF_SUPPORT');
    expect(requests[0]!.variables.b0).toEqual([{ product: 'Windows 7', date: null, level: null }]);
  });
  it('takes Excel serials at the 1900 edge and ISO text', async () => {
    expect(await F.supportPhase('Windows 7', 59)).toBe('PRE_RELEASE');
    expect(await F.supportPhase('Windows 7', 61)).toBe('PRE_RELEASE');
    expect(await F.supportPhase('Windows 7', 25569)).toBe('PRE_RELEASE');
    expect(await F.supportPhase('Windows 7', 46023)).toBe('END_OF_SUPPORT');
    expect(requests.flatMap((r) => (r.variables.b0 as { date: string }[]).map((l) => l.date))).toEqual(['1900-02-28', '1900-03-01', '1970-01-01', '2026-01-01']);
  });
  it('serial 60, negative serials, day/month text and free text in the date are #VALUE! without asking the gateway', async () => {
    expect(await excelErrorOf(F.supportPhase('Windows 7', 60))).toEqual({ code: '#VALUE!', message: 'date: 1900-02-29 does not exist (Excel serial 60 is a leftover from Lotus 1-2-3)' });
    expect((await excelErrorOf(F.supportPhase('Windows 7', -1))).code).toBe('#VALUE!');
    expect((await excelErrorOf(F.supportPhase('Windows 7', '31/12/2026'))).code).toBe('#VALUE!');
    expect((await excelErrorOf(F.supportPhase('Windows 7', 'yesterday'))).message).toMatch(/^date: 'yesterday' is not a date/);
    expect(requests).toHaveLength(0);
  });
  it('an unknown product is #N/A with a suggestion', async () => {
    expect(await excelErrorOf(F.supportPhase('Windws 7', 46023))).toEqual({ code: '#N/A', message: "Unknown product 'Windws 7' — did you mean Windows 7?" });
  });
});

describe('lifecycle dates', () => {
  it('MAINSTREAMEND and EXTENDEDEND answer Excel date serials', async () => {
    expect(await F.mainstreamEnd('Windows 7')).toBe(serial('2015-01-13'));
    expect(await F.extendedEnd('Windows 7')).toBe(serial('2020-01-14'));
  });
  it('a product without an extended phase is #N/A saying so', async () => {
    expect(await excelErrorOf(F.extendedEnd('Zune Software'))).toEqual({ code: '#N/A', message: 'Zune Software has no extended support phase' });
    expect(await F.supportEnd('Zune Software')).toBe(serial('2011-10-11'));
  });
  it('SUPPORTEND answers the product’s last support day, or a level’s', async () => {
    expect(await F.supportEnd('Windows 7')).toBe(serial('2020-01-14'));
    expect(await F.supportEnd('Windows 7', 'RTM')).toBe(serial('2013-04-09'));
    expect(await F.supportEnd('Windows 7', null)).toBe(serial('2020-01-14'));
  });
  it('an unknown level is #N/A listing the known ones', async () => {
    expect(await excelErrorOf(F.supportEnd('Windows 7', 'SP3'))).toEqual({ code: '#N/A', message: 'Windows 7 has no level SP3 (levels: RTM, SP1)' });
  });
  it('a Modern-policy product has no end dates: #N/A', async () => {
    expect((await excelErrorOf(F.mainstreamEnd('Microsoft 365 Apps'))).code).toBe('#N/A');
    expect((await excelErrorOf(F.daysLeft('Microsoft 365 Apps', 46023))).message).toMatch(/no support end date/);
  });
  it('DAYSLEFT counts to the last support day: 1 the day before, 0 on it, negative after', async () => {
    expect(await F.daysLeft('Windows 7', '2020-01-13')).toBe(1);
    expect(await F.daysLeft('Windows 7', '2020-01-14')).toBe(0);
    expect(await F.daysLeft('Windows 7', serial('2020-01-15'))).toBe(-1);
    expect(await F.daysLeft('Windows 7', '2019-01-14')).toBe(365);
  });
  it('all lifecycle functions on the same product and date share one lookup', async () => {
    await Promise.all([F.mainstreamEnd('Windows 7'), F.extendedEnd('Windows 7'), F.supportEnd('Windows 7'), F.supportPhase('Windows 7'), F.daysLeft('Windows 7')]);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.variables.b0).toHaveLength(1);
  });
});

describe('ENTITLED', () => {
  it('is TRUE or FALSE, or says what a conditional or paid entitlement takes', async () => {
    expect(await F.entitled('Windows 7', 'SECURITY_UPDATES', '2016-01-01')).toBe(true);
    expect(await F.entitled('Windows 7', 'free support', '2016-01-01')).toBe(false);
    expect(await F.entitled('Windows 7', 'Non-Security Hotfixes', '2016-01-01')).toBe('CONDITIONAL: an Extended Hotfix Support agreement');
    expect(await F.entitled('Windows 7', 'PAID_SUPPORT', '2012-01-01')).toBe('PAID');
    expect(await F.entitled('Windows 7', 'PAID_SUPPORT', '2016-01-01')).toBe('PAID: per incident');
  });
  it('an entitlement the phase does not list is FALSE', async () => {
    expect(await F.entitled('Windows 7', 'HARDWARE_REPAIR', '2012-01-01')).toBe(false);
  });
  it('an unknown entitlement name is #VALUE! listing the valid names', async () => {
    const e = await excelErrorOf(F.entitled('Windows 7', 'security patches', '2012-01-01'));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('SECURITY_UPDATES');
    expect(requests).toHaveLength(0);
  });
});

describe('NOTICEDATE', () => {
  it('adds 12 months for a disruptive change, 6 for CRM Online', async () => {
    expect(await F.noticeDate('Exchange Online', 'disruptive', '2026-01-31')).toBe(serial('2027-01-31'));
    expect(await F.noticeDate('Dynamics CRM Online', 'DISRUPTIVE', serial('2026-01-31'))).toBe(serial('2026-07-31'));
    expect(await F.noticeDate('Exchange Online', 'end of service', '2026-03-01')).toBe(serial('2027-03-01'));
  });
  it('a security change has no notice date: #N/A with the reason', async () => {
    expect(await excelErrorOf(F.noticeDate('Exchange Online', 'SECURITY', '2026-01-31'))).toEqual({ code: '#N/A', message: 'No notice period applies to security changes (L-ONLINE-NOTICE)' });
  });
  it('a bad change kind or announcement date is #VALUE!', async () => {
    expect((await excelErrorOf(F.noticeDate('Exchange Online', 'cosmetic', '2026-01-31'))).code).toBe('#VALUE!');
    expect((await excelErrorOf(F.noticeDate('Exchange Online', 'DISRUPTIVE', '2026/01/31'))).code).toBe('#VALUE!');
  });
});

describe('PRODUCTS', () => {
  it('spills a header row and one row per product, dates as serials and blanks where unknown', async () => {
    const table = await F.products('windows');
    expect(table[0]).toEqual(['Name', 'Family', 'Policy', 'GA', 'Mainstream end', 'Extended end']);
    expect(table[1]).toEqual(['Windows 7', 'Windows', 'FIXED', serial('2009-10-22'), serial('2015-01-13'), serial('2020-01-14')]);
    expect(table).toHaveLength(3);
    expect((await F.products('Microsoft 365'))[1]).toEqual(['Microsoft 365 Apps', 'Office', 'MODERN', serial('2017-09-22'), '', '']);
  });
  it('no match is #N/A', async () => {
    expect(await excelErrorOf(F.products('Commodore'))).toEqual({ code: '#N/A', message: "No products match 'Commodore'" });
  });
});

describe('subscription functions (tenant key)', () => {
  it('CANCELBY, RENEWSON and PRICELOCKEND answer serials, in one request', async () => {
    const [c, r, p] = await Promise.all([F.cancelBy('SUB-1', '2026-01-01'), F.renewsOn('SUB-1', 46023), F.priceLockEnd('SUB-1')]);
    expect([c, r, p]).toEqual([serial('2026-09-01'), serial('2026-10-01'), serial('2026-09-30')]);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.authorization).toBe(`Bearer ${TENANT_KEY}`);
  });
  it('a pay-as-you-go subscription neither renews nor has a cancel-by date: #N/A saying why', async () => {
    expect((await excelErrorOf(F.renewsOn('SUB-PAYG'))).message).toMatch(/^Subscription 'SUB-PAYG' \(PAY_AS_YOU_GO\) does not renew/);
    expect((await excelErrorOf(F.cancelBy('SUB-PAYG'))).code).toBe('#N/A');
  });
  it('an unknown subscription is #N/A for that cell only', async () => {
    const [bad, good] = await Promise.allSettled([F.cancelBy('SUB-404'), F.cancelBy('SUB-1')]);
    expect(bad).toMatchObject({ status: 'rejected', reason: { code: '#N/A', message: "Unknown subscription 'SUB-404' for this API key" } });
    expect(good).toMatchObject({ status: 'fulfilled', value: serial('2026-09-01') });
  });
  it('without an API key the cell asks the user to sign in', async () => {
    apiKey = null;
    expect(await excelErrorOf(F.cancelBy('SUB-1'))).toEqual({ code: '#N/A', message: SIGN_IN_NEEDED });
    expect(await excelErrorOf(F.liabilityCap('2026-03-15'))).toEqual({ code: '#N/A', message: SIGN_IN_NEEDED });
  });
});

describe('UPCOMING (tenant key)', () => {
  it('spills a header row and one row per event in the window, by date, dates as serials and blanks where a value does not apply', async () => {
    const table = await F.upcoming('2026-01-01', serial('2026-12-31'));
    expect(table[0]).toEqual(['Date', 'Kind', 'Event', 'Days left', 'Product', 'Level', 'Subscription', 'Count', 'What it means']);
    expect(table.slice(1).map((r) => [r[0], r[1], r[3], r[4], r[6]])).toEqual([
      [serial('2026-09-01'), 'CANCEL_BY', 243, 'Microsoft 365 Business Standard', 'SUB-1'],
      [serial('2026-09-30'), 'PRICE_LOCK_END', 272, 'Microsoft 365 Business Standard', 'SUB-1'],
      [serial('2026-10-01'), 'RENEWAL', 273, 'Microsoft 365 Business Standard', 'SUB-1'],
    ]);
    expect(requests[0]!.variables).toEqual({ f0_from: '2026-01-01', f0_to: '2026-12-31' });
  });
  it('both edge days are included: a one-day window on a deadline has that row, the days between two deadlines none', async () => {
    expect((await F.upcoming('2026-09-30', '2026-09-30')).slice(1).map((r) => r[1])).toEqual(['PRICE_LOCK_END']);
    expect((await F.upcoming('2026-09-01', '2026-09-30')).slice(1).map((r) => r[1])).toEqual(['CANCEL_BY', 'PRICE_LOCK_END']);
    expect((await excelErrorOf(F.upcoming('2026-09-02', '2026-09-29'))).code).toBe('#N/A');
  });
  it('product rows carry the product, level and count; past events have negative days left', async () => {
    const [, rtm, ext] = await F.upcoming('2013-01-01', '2020-12-31');
    expect(rtm).toEqual([serial('2013-04-09'), 'LEVEL_END', 'Windows 7 Original Release: last day of support for this level', -4650, 'Windows 7', 'RTM', '', '', 'What Windows 7 Original Release: last day of support for this level means.']);
    expect(ext!.slice(4, 8)).toEqual(['Windows 7', '', '', 40]);
  });
  it('a window without events is #N/A saying so', async () => {
    expect(await excelErrorOf(F.upcoming('2030-01-01', '2030-12-31'))).toEqual({ code: '#N/A', message: 'No support ends or subscription deadlines from 2030-01-01 to 2030-12-31' });
  });
  it('a reversed window is #VALUE! with the gateway’s reason; a bad date is #VALUE! without asking', async () => {
    expect(await excelErrorOf(F.upcoming('2027-01-01', '2026-01-01'))).toEqual({ code: '#VALUE!', message: 'from (2027-01-01) is after to (2026-01-01)' });
    const sent = requests.length;
    expect((await excelErrorOf(F.upcoming('soon', '2026-01-01'))).code).toBe('#VALUE!');
    expect(requests).toHaveLength(sent);
  });
  it('without an API key the cell asks the user to sign in', async () => {
    apiKey = null;
    expect(await excelErrorOf(F.upcoming('2026-01-01', '2026-12-31'))).toEqual({ code: '#N/A', message: SIGN_IN_NEEDED });
  });
});

describe('LIABILITYCAP and INSCOPE', () => {
  it('LIABILITYCAP answers the NOK cap as a number', async () => {
    expect(await F.liabilityCap('2026-03-15')).toBe(16237.5);
    expect(await F.liabilityCap(serial('2024-06-01'))).toBe(0);
    expect(requests[0]!.query).toContain('negligence: GROSS');
    expect(requests[0]!.query).toContain('loss: DIRECT');
  });
  it('LIABILITYCAP needs a real date', async () => {
    expect((await excelErrorOf(F.liabilityCap('last spring'))).code).toBe('#VALUE!');
  });
  it('INSCOPE answers the decision; topics may be typed in words', async () => {
    expect(await F.inScope('printing', 'Windows 7', null)).toBe('IN_SCOPE');
    expect(await F.inScope('Server problem')).toBe('OUT_OF_SCOPE');
    expect(await F.inScope('PASSWORD_CHANGE', 'Outlook', 2013)).toBe('IN_SCOPE');
    expect(requests.flatMap((r) => Object.entries(r.variables).filter(([k]) => k.endsWith('_version')).map(([, v]) => v))).toContain('2013');
  });
  it('an unknown topic is #VALUE! before anything is sent', async () => {
    expect((await excelErrorOf(F.inScope('coffee machine'))).code).toBe('#VALUE!');
    expect(requests).toHaveLength(0);
  });
});

describe('DESKOPEN and NEXTOPEN', () => {
  const monday = serial('2026-11-23');
  it('the Norwegian desk is open on a Monday 09:30 local time, closed at 16:00 and at 07:59', async () => {
    expect(await F.deskOpen('NO', monday + 9.5 / 24)).toBe(true);
    expect(await F.deskOpen('Norway', '2026-11-23 16:00')).toBe(false);
    expect(await F.deskOpen('no', '2026-11-23T07:59')).toBe(false);
    expect(requests.flatMap((r) => Object.values(r.variables))).toContain('2026-11-23T09:30:00+01:00');
  });
  it('the Swedish desk closes at 17:00 instead', async () => {
    expect(await F.deskOpen('SE', '2026-11-23 16:30')).toBe(true);
  });
  it('NEXTOPEN after closing is the next morning 08:00 local, and on a Friday evening the Monday', async () => {
    expect(await F.nextOpen('NO', '2026-11-23 18:00')).toBeCloseTo(serial('2026-11-24') + 8 / 24, 9);
    expect(await F.nextOpen('FI', '2026-11-27 18:00')).toBeCloseTo(serial('2026-11-30') + 8 / 24, 9);
  });
  it('NEXTOPEN while the desk is open is that moment itself', async () => {
    expect(await F.nextOpen('DK', monday + 10 / 24)).toBeCloseTo(monday + 10 / 24, 9);
  });
  it('an unknown country is #VALUE!', async () => {
    expect((await excelErrorOf(F.deskOpen('Germany'))).message).toContain('SE, NO, DK, FI');
  });
});
