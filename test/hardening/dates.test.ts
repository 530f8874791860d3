/**
 * Finding 8 of issue 15: 9999-12-31 was a valid Date, yet termsChangeEffectiveOn, onlineServiceNotice and
 * subscriptionDeadlines answered INTERNAL_SERVER_ERROR (their answers fell in year 10000), and supportDesk
 * answered opensAt "0999-11-29T08:00:28+00:53". Dates are now bounded to 1900-01-01 … 2999-12-31 (the
 * schema says so): outside, BAD_USER_INPUT with reason DATE_OUT_OF_RANGE; at the bounds, correct answers.
 */
import { DEMO, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway({}, { NODE_ENV: 'production', LOG_LEVEL: 'silent' });
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

const A_COMMIT = '5b0d9a10-0000-4000-8000-000000000101';
const QUERIES: [string, string, boolean][] = [
  ['termsChangeEffectiveOn', `query($d: Date!) { termsChangeEffectiveOn(noticedOn: $d) { effectiveOn } }`, false],
  ['onlineServiceNotice', `query($d: Date!) { onlineServiceNotice(service: "Dynamics CRM Online", change: DISRUPTIVE, announcedOn: $d) { earliestEffectiveDate dataRetainedUntil } }`, false],
  ['subscriptionDeadlines', `query($d: Date!) { subscriptionDeadlines(subscription: "${A_COMMIT}", asOf: $d) { periodEnd cancelBy } }`, true],
  ['priceChangeEffectiveOn', `query($d: Date!) { priceChangeEffectiveOn(subscription: "${A_COMMIT}", noticedOn: $d) { effectiveOn } }`, true],
  ['supportPhase', `query($d: Date!) { supportPhase(product: "Windows 7", date: $d) { phase } }`, false],
];

describe('Date outside 1900-01-01 … 2999-12-31', () => {
  it.each(QUERIES)('%s refuses 9999-12-31, 0999-12-31, 1899-12-31 and 3000-01-01 with BAD_USER_INPUT, never INTERNAL_SERVER_ERROR', async (_name, q, tenant) => {
    for (const d of ['9999-12-31', '0999-12-31', '1899-12-31', '3000-01-01']) {
      const r = await gql(gw.url, q, { d }, tenant ? DEMO.tenantA.key : undefined);
      expect([d, r.status, r.json.errors?.[0]?.extensions?.code]).toEqual([d, 400, 'BAD_USER_INPUT']);
      expect(r.json.errors[0].message).toMatch(/from 1900-01-01 to 2999-12-31/);
    }
    // The same written inline in the document.
    const inline = await gql(gw.url, q.replace('query($d: Date!) ', '').replace('$d', '"9999-12-31"'), {}, tenant ? DEMO.tenantA.key : undefined);
    expect(inline.status).toBe(400);
    expect(JSON.stringify(inline.json)).not.toMatch(/INTERNAL_SERVER_ERROR/);
  });

  it.each(QUERIES)('%s answers on the bounds 1900-01-01 and 2999-12-31', async (_name, q, tenant) => {
    for (const d of ['1900-01-01', '2999-12-31']) {
      const r = await gql(gw.url, q, { d }, tenant ? DEMO.tenantA.key : undefined);
      expect([d, r.status, r.json.errors]).toEqual([d, 200, undefined]);
    }
  });

  it('a subscription dated outside the range is refused', async () => {
    const r = await gql(gw.url, `mutation { createSubscription(input: { product: "x", billingModel: PAY_AS_YOU_GO, orderDate: "9999-12-31", seats: 1, unitPrice: "1" }) { id } }`, {}, DEMO.tenantA.key);
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('DateTime outside the range, and instants before standard time', () => {
  const DESK = `query($c: Country!, $at: DateTime!) { supportDesk(country: $c, at: $at) { open opensAt } }`;
  const RFC3339 = /^(19\d\d|2\d\d\d|3000)-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/;

  it('supportDesk refuses 9999-12-31 and 0999-12-01 instead of answering nonsense', async () => {
    for (const at of ['9999-12-31T10:00:00Z', '0999-12-01T10:00:00+01:00', '1899-12-31T23:59:59Z', '3000-01-01T00:00:00Z']) {
      const r = await gql(gw.url, DESK, { c: 'NO', at });
      expect([at, r.status, r.json.errors?.[0]?.extensions?.code]).toEqual([at, 400, 'BAD_USER_INPUT']);
    }
  });

  it('answers sane instants at the bounds in every country, in UTC where the zone still kept local mean time', async () => {
    for (const c of ['SE', 'NO', 'DK', 'FI']) {
      for (const at of ['1900-01-01T12:00:00Z', '2999-12-31T12:00:00Z']) {
        const r = await gql(gw.url, DESK, { c, at });
        expect([c, at, r.status, r.json.errors]).toEqual([c, at, 200, undefined]);
        expect(r.json.data.supportDesk.opensAt).toMatch(RFC3339);
      }
    }
    // Helsinki was +01:39:49 in 1900: the desk opened 1900-01-02 08:00 local = 06:20:11Z.
    const fi = (await gql(gw.url, DESK, { c: 'FI', at: '1900-01-01T12:00:00Z' })).json.data.supportDesk;
    expect(fi.opensAt).toBe('1900-01-02T06:20:11Z');
  });
});
