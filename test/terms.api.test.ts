import { DEMO, gql, startTestGateway, type TestGateway } from './helpers/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

const A = DEMO.tenantA;
const B = DEMO.tenantB;
const A_COMMIT = '5b0d9a10-0000-4000-8000-000000000101';
const B_COMMIT = '5b0d9a10-0000-4000-8000-000000000201';

const DEADLINES = `query($s: ID!, $d: Date) { subscriptionDeadlines(subscription: $s, asOf: $d) {
  subscription periodStart periodEnd renewsOn cancelBy missed currentPeriodEndsIfMissed priceLockedUntil citations { clause } } }`;

describe('subscription deadlines (T-§2, T-§3, T-§11)', () => {
  it('a 12-month commitment from 2026-01-01 must be cancelled by 2026-12-01', async () => {
    const r = await gql(gw.url, DEADLINES, { s: A_COMMIT, d: '2026-11-23' }, A.key);
    expect(r.json.errors).toBeUndefined();
    expect(r.json.data.subscriptionDeadlines).toMatchObject({
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      renewsOn: '2027-01-01',
      cancelBy: '2026-12-01',
      missed: false,
      priceLockedUntil: '2026-12-14',
    });
  });

  it('on the cancel-by day it is still in time; the day after it is missed and the next deadline is given', async () => {
    const on = (await gql(gw.url, DEADLINES, { s: A_COMMIT, d: '2026-12-01' }, A.key)).json.data.subscriptionDeadlines;
    expect(on).toMatchObject({ cancelBy: '2026-12-01', missed: false });
    const after = (await gql(gw.url, DEADLINES, { s: A_COMMIT, d: '2026-12-02' }, A.key)).json.data.subscriptionDeadlines;
    expect(after).toMatchObject({ cancelBy: '2027-12-01', missed: true, currentPeriodEndsIfMissed: '2026-12-31' });
    expect(after.citations.map((c: any) => c.clause)).toContain('T-§11');
  });

  it('needs the tenant’s key: anonymous is a 401 UNAUTHENTICATED', async () => {
    const r = await gql(gw.url, DEADLINES, { s: A_COMMIT });
    expect(r.status).toBe(401);
    expect(r.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('liability (T-§13)', () => {
  const Q = `query($d: Date!, $n: Negligence!, $l: LossType!) { liability(incidentOn: $d, negligence: $n, loss: $l) {
    remedy cap { amount currency } payments { paidOn amount { amount } } windowStart citations { clause } } }`;

  it('gross negligence with direct loss is capped at 6 months of support and Office 365 payments, a payment exactly 6 months before included', async () => {
    const r = (await gql(gw.url, Q, { d: '2026-08-05', n: 'GROSS', l: 'DIRECT' }, A.key)).json.data.liability;
    expect(r.remedy).toBe('CAPPED_DAMAGES');
    expect(r.windowStart).toBe('2026-02-05');
    expect(r.cap).toEqual({ amount: '16465.00', currency: 'NOK' });
    expect(r.payments.map((p: any) => p.paidOn)).toContain('2026-02-05');
  });

  it('a day later the oldest payment drops out of the window', async () => {
    const r = (await gql(gw.url, Q, { d: '2026-08-06', n: 'GROSS', l: 'DIRECT' }, A.key)).json.data.liability;
    expect(r.cap.amount).toBe('13217.50');
  });

  it('data loss is never covered, and ordinary negligence gives service credits only', async () => {
    expect((await gql(gw.url, Q, { d: '2026-08-05', n: 'GROSS', l: 'DATA_LOSS' }, A.key)).json.data.liability).toMatchObject({ remedy: 'NOT_COVERED', cap: null });
    expect((await gql(gw.url, Q, { d: '2026-08-05', n: 'ORDINARY', l: 'DIRECT' }, A.key)).json.data.liability.remedy).toBe('SERVICE_CREDIT_ONLY');
  });
});

describe('support scope and helpdesk (T-§5–§9)', () => {
  it('Windows 7 is in the contract’s scope but past Microsoft’s end of support: both are said', async () => {
    const r = await gql(gw.url, `{ supportScope(topic: PRINTING, platform: "Windows", version: "7") { decision reasons lifecycle citations { clause } } }`, undefined, A.key);
    expect(r.json.errors).toBeUndefined();
    expect(r.json.data.supportScope.decision).toBe('IN_SCOPE');
    expect(r.json.data.supportScope.lifecycle.join(' ')).toMatch(/Windows 7.*end of support/);
  });

  it('a tenant without an up-to-date backup is not covered (T-§9)', async () => {
    const r = await gql(gw.url, `{ supportScope(topic: PRINTING) { decision reasons } }`, undefined, B.key);
    expect(r.json.data.supportScope.decision).toBe('OUT_OF_SCOPE');
    expect(r.json.data.supportScope.reasons.join(' ')).toMatch(/backup/i);
  });

  it('server problems are out of scope for anyone (T-§6), with an explicit context and no key', async () => {
    const r = await gql(gw.url, `{ supportScope(topic: SERVER_PROBLEM, context: {endUserSupportIncluded: true, migrationCompleted: true, antivirus: true, firewall: true, backup: true}) { decision } }`);
    expect(r.json.data.supportScope.decision).toBe('OUT_OF_SCOPE');
  });

  it('the Norwegian desk is open on a Monday at 09:30 Oslo time and closed on Constitution Day', async () => {
    const Q = `query($at: DateTime) { supportDesk(country: NO, at: $at) { open opensAt closesAt holiday { name date } phone } }`;
    const open = (await gql(gw.url, Q, { at: '2026-11-23T09:30:00+01:00' })).json.data.supportDesk;
    expect(open).toMatchObject({ open: true, phone: '+4781503636' });
    const holiday = (await gql(gw.url, Q, { at: '2027-05-17T10:00:00+02:00' })).json.data.supportDesk;
    expect(holiday.open).toBe(false);
    expect(holiday.holiday.date).toBe('2027-05-17');
    expect(holiday.opensAt).toBe('2027-05-18T08:00:00+02:00');
  });
});

describe('mutations', () => {
  it('creates a subscription and records a payment with exact money; bad input is BAD_USER_INPUT with nothing written', async () => {
    const create = `mutation($i: SubscriptionInput!) { createSubscription(input: $i) { id unitPrice { amount } } }`;
    const bad = await gql(gw.url, create, { i: { product: 'Teams Essentials', billingModel: 'COMMITMENT', orderDate: '2026-01-31', seats: 0, unitPrice: '0.1e3' } }, A.key);
    expect(bad.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const before = (await gql(gw.url, `{ subscriptions { id } }`, undefined, A.key)).json.data.subscriptions.length;
    expect(before).toBe(2);
    const ok = await gql(gw.url, create, { i: { product: 'Teams Essentials', billingModel: 'COMMITMENT', termMonths: 12, orderDate: '2024-01-31', seats: 3, unitPrice: '0.10' } }, A.key);
    expect(ok.json.errors).toBeUndefined();
    expect(ok.json.data.createSubscription.unitPrice.amount).toBe('0.10');
    const id = ok.json.data.createSubscription.id;
    // Jan 31 + 12 months − 1 day: month-end clamping; 2025-01-30 is the end of the first term.
    const d = (await gql(gw.url, DEADLINES, { s: id, d: '2024-06-01' }, A.key)).json.data.subscriptionDeadlines;
    expect(d).toMatchObject({ periodEnd: '2025-01-30', renewsOn: '2025-01-31', cancelBy: '2024-12-31' });
    const pay = `mutation($i: PaymentInput!) { recordPayment(input: $i) { amount { amount } } }`;
    for (const amount of ['0.10', '0.20']) await gql(gw.url, pay, { i: { subscription: id, paidOn: '2026-07-01', amount } }, A.key);
    const cap = (await gql(gw.url, `{ liability(incidentOn: "2026-07-02", negligence: GROSS, loss: DIRECT) { cap { amount } } }`, undefined, A.key)).json.data.liability;
    expect(cap.cap.amount).toBe('16465.30');
  });
});

describe('tenant isolation', () => {
  it('with A’s key, B’s subscription is indistinguishable from one that does not exist', async () => {
    const theirs = await gql(gw.url, DEADLINES, { s: B_COMMIT }, A.key);
    const none = await gql(gw.url, DEADLINES, { s: '5b0d9a10-0000-4000-8000-999999999999' }, A.key);
    expect(theirs.json.errors[0].extensions.code).toBe('SUBSCRIPTION_NOT_FOUND');
    expect(theirs.json.errors[0].message.replace(B_COMMIT, 'X')).toBe(none.json.errors[0].message.replace('5b0d9a10-0000-4000-8000-999999999999', 'X'));
    expect(JSON.stringify(theirs.json)).not.toMatch(/Saltsj|Office 365 E3|28680/);
  });

  it('no list, mutation or bulk answer of A contains B’s data', async () => {
    const lists = await gql(gw.url, `{ me { name } subscriptions { id product } payments { amount { amount } } }`, undefined, A.key);
    expect(JSON.stringify(lists.json)).not.toMatch(/Saltsj|Office 365 E3|28680|000000000201/);
    const bulk = await gql(gw.url, `query($l: [DeadlineLookup!]!) { subscriptionDeadlinesMany(lookups: $l) { __typename ... on LookupError { code } } }`, { l: [{ subscription: B_COMMIT }, { subscription: A_COMMIT }] }, A.key);
    expect(bulk.json.data.subscriptionDeadlinesMany.map((x: any) => x.__typename)).toEqual(['LookupError', 'Deadlines']);
    const pay = await gql(gw.url, `mutation { recordPayment(input: { subscription: "${B_COMMIT}", paidOn: "2026-01-01", amount: "1.00" }) { id } }`, undefined, A.key);
    expect(pay.json.errors[0].extensions.code).toBe('SUBSCRIPTION_NOT_FOUND');
    const cancel = await gql(gw.url, `mutation { requestCancellation(subscription: "${B_COMMIT}", requestedOn: "2026-01-01", channel: ASSISTED_EMAIL) { effectiveOn } }`, undefined, A.key);
    expect(cancel.json.errors[0].extensions.code).toBe('SUBSCRIPTION_NOT_FOUND');
    const bView = await gql(gw.url, `{ subscriptions { id cancellationRequestedOn } }`, undefined, B.key);
    expect(bView.json.data.subscriptions[0].cancellationRequestedOn).toBeNull();
  });

  it('a revoked key is refused with 401 at once', async () => {
    const created = await gql(gw.url, `mutation { createApiKey(tenant: "${A.id}", label: "test") { id secret } }`, undefined, DEMO.adminKey);
    const { id, secret } = created.json.data.createApiKey;
    expect((await gql(gw.url, `{ me { name } }`, undefined, secret)).json.data.me.name).toContain('Fjordvik');
    await gql(gw.url, `mutation { revokeApiKey(id: "${id}") }`, undefined, DEMO.adminKey);
    const after = await gql(gw.url, `{ me { name } }`, undefined, secret);
    expect(after.status).toBe(401);
    expect(after.json.errors[0].message).toMatch(/revoked/);
  });

  it('tenant keys cannot manage tenants or keys', async () => {
    const r = await gql(gw.url, `{ tenants { name } }`, undefined, A.key);
    expect(r.json.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(r.json.data).toBeNull();
  });
});
