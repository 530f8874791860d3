/**
 * Finding 2 of issue 15 (with terms rule 3): one huge amount broke a tenant for good — stored by SQLite as a
 * float (1e+32) or rounded (≥ 2^53 øre), after which subscriptions, upcoming, estateRisk, supportScope,
 * payments, liability and the calendar feed failed with INTERNAL_SERVER_ERROR, and nothing could correct
 * it. Now every money input is refused above 999999999999.99 NOK (BAD_USER_INPUT), the maximum is stored
 * and read back exactly, and a payment can be voided and a subscription removed, with an audit trail.
 */
import { DEMO, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
let key: string;
let feedPath: string;
beforeAll(async () => {
  gw = await startTestGateway();
  const t = await gql(gw.url, `mutation { createTenant(input: { name: "Money AS", country: NO, contactPerson: "Kari" }) { id } }`, {}, DEMO.adminKey);
  key = (await gql(gw.url, `mutation($t: ID!) { createApiKey(tenant: $t) { secret } }`, { t: t.json.data.createTenant.id }, DEMO.adminKey)).json.data.createApiKey.secret;
  await gql(gw.url, `mutation { addEstateItem(input: { product: "Windows Server 2016", count: 2 }) { id } }`, {}, key);
  feedPath = (await gql(gw.url, `mutation { createCalendarFeed(label: "money") { path } }`, {}, key)).json.data.createCalendarFeed.path;
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

const PAY = `mutation($a: String!, $p: Date!, $s: ID) { recordPayment(input: { amount: $a, paidOn: $p, subscription: $s, description: "x" }) { id amount { amount } } }`;
const SUB = `mutation($u: String!) { createSubscription(input: { product: "Microsoft 365 E3", billingModel: COMMITMENT, termMonths: 12, orderDate: "2026-01-01", seats: 5, unitPrice: $u }) { id unitPrice { amount } } }`;
const CAP = `query($d: Date!) { liability(incidentOn: $d, negligence: GROSS, loss: DIRECT) { cap { amount } payments { id } } }`;

/** Every read the issue found broken, answered without errors. */
async function tenantStillWorks() {
  const reads = [
    '{ subscriptions { id unitPrice { amount } } }',
    '{ payments { amount { amount } } }',
    '{ upcoming(from: "2026-01-01", to: "2028-12-31") { events { kind } } }',
    '{ estateRisk { products { status } } }',
    '{ supportScope(topic: PRINTING, platform: "Windows", version: "11") { decision } }',
    '{ liability(incidentOn: "2026-08-01", negligence: GROSS, loss: DIRECT) { cap { amount } } }',
  ];
  for (const q of reads) {
    const r = await gql(gw.url, q, {}, key);
    expect([q, r.status, r.json.errors]).toEqual([q, 200, undefined]);
  }
  const feed = await fetch(`${gw.url}${feedPath}`);
  expect(feed.status).toBe(200);
}

describe('money above the maximum is refused at the edge, so no tenant is broken', () => {
  it.each(['99999999999999.99', '999999999999999999999999999999.99', '1000000000000.00', '9007199254740993'])('recordPayment(%s) is BAD_USER_INPUT and stores nothing', async (amount) => {
    const before = (await gql(gw.url, '{ payments { id } }', {}, key)).json.data.payments.length;
    const r = await gql(gw.url, PAY, { a: amount, p: '2026-03-01' }, key);
    expect(r.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.json.errors[0].message).toMatch(/999999999999\.99 NOK/);
    expect((await gql(gw.url, '{ payments { id } }', {}, key)).json.data.payments.length).toBe(before);
    await tenantStillWorks();
  });

  it.each(['99999999999999.99', '1' + '0'.repeat(40)])('createSubscription(unitPrice: %s) is BAD_USER_INPUT', async (unitPrice) => {
    const r = await gql(gw.url, SUB, { u: unitPrice }, key);
    expect(r.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    await tenantStillWorks();
  });

  it('the maximum itself is stored and answered to the øre, and summed exactly', async () => {
    const sub = await gql(gw.url, SUB, { u: '999999999999.99' }, key);
    expect(sub.json.data.createSubscription.unitPrice.amount).toBe('999999999999.99');
    const listed = (await gql(gw.url, '{ subscriptions { unitPrice { amount } } }', {}, key)).json.data.subscriptions;
    expect(listed.map((s: any) => s.unitPrice.amount)).toContain('999999999999.99');
    for (const p of ['2025-07-01', '2025-08-01']) expect((await gql(gw.url, PAY, { a: '999999999999.99', p }, key)).json.errors).toBeUndefined();
    const cap = (await gql(gw.url, CAP, { d: '2025-09-01' }, key)).json.data.liability;
    expect(cap.cap.amount).toBe('1999999999999.98'); // an exact sum may exceed the maximum of one amount
    await tenantStillWorks();
  });
});

describe('correcting mistakes: void a payment, remove a subscription, with an audit trail', () => {
  it('a voided payment stays listed, no longer counts towards the cap, and is recorded in the audit log', async () => {
    const a = (await gql(gw.url, PAY, { a: '1000.00', p: '2024-03-01' }, key)).json.data.recordPayment;
    const b = (await gql(gw.url, PAY, { a: '250.50', p: '2024-04-01' }, key)).json.data.recordPayment;
    expect((await gql(gw.url, CAP, { d: '2024-06-01' }, key)).json.data.liability.cap.amount).toBe('1250.50');

    const voided = await gql(gw.url, `mutation($id: ID!) { voidPayment(id: $id, reason: "typed 1000 instead of 100") { id voidedAt voidReason amount { amount } } }`, { id: a.id }, key);
    expect(voided.json.errors).toBeUndefined();
    expect(voided.json.data.voidPayment).toMatchObject({ id: a.id, voidReason: 'typed 1000 instead of 100', amount: { amount: '1000.00' } });
    expect(voided.json.data.voidPayment.voidedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const cap = (await gql(gw.url, CAP, { d: '2024-06-01' }, key)).json.data.liability;
    expect(cap.cap.amount).toBe('250.50');
    expect(cap.payments.map((p: any) => p.id)).toEqual([b.id]);
    const all = (await gql(gw.url, '{ payments { id voidedAt } }', {}, key)).json.data.payments;
    expect(all.find((p: any) => p.id === a.id).voidedAt).not.toBeNull();
    const active = (await gql(gw.url, '{ payments(includeVoided: false) { id } }', {}, key)).json.data.payments;
    expect(active.map((p: any) => p.id)).not.toContain(a.id);

    const log = (await gql(gw.url, '{ auditLog { action subjectId reason keyId at snapshot } }', {}, key)).json.data.auditLog;
    const entry = log.find((l: any) => l.subjectId === a.id);
    expect(entry).toMatchObject({ action: 'VOID_PAYMENT', reason: 'typed 1000 instead of 100' });
    expect(JSON.parse(entry.snapshot)).toMatchObject({ paidOn: '2024-03-01', amountOre: '100000' });

    const again = await gql(gw.url, `mutation($id: ID!) { voidPayment(id: $id, reason: "again") { id } }`, { id: a.id }, key);
    expect(again.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const noReason = await gql(gw.url, `mutation($id: ID!) { voidPayment(id: $id, reason: "  ") { id } }`, { id: b.id }, key);
    expect(noReason.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a subscription is removed with its row kept in the audit log; its payments stay, unlinked', async () => {
    const s = (await gql(gw.url, SUB, { u: '129.90' }, key)).json.data.createSubscription;
    const p = (await gql(gw.url, PAY, { a: '649.50', p: '2026-02-01', s: s.id }, key)).json.data.recordPayment;
    const removed = await gql(gw.url, `mutation($id: ID!) { removeSubscription(id: $id, reason: "entered twice") { id unitPrice { amount } } }`, { id: s.id }, key);
    expect(removed.json.data.removeSubscription).toEqual({ id: s.id, unitPrice: { amount: '129.90' } });
    expect((await gql(gw.url, '{ subscriptions { id } }', {}, key)).json.data.subscriptions.map((x: any) => x.id)).not.toContain(s.id);
    const pay = (await gql(gw.url, '{ payments { id subscription } }', {}, key)).json.data.payments.find((x: any) => x.id === p.id);
    expect(pay).toEqual({ id: p.id, subscription: null });
    const entry = (await gql(gw.url, '{ auditLog { action subjectId snapshot } }', {}, key)).json.data.auditLog.find((l: any) => l.subjectId === s.id);
    expect(entry.action).toBe('REMOVE_SUBSCRIPTION');
    expect(JSON.parse(entry.snapshot)).toMatchObject({ product: 'Microsoft 365 E3', unitPriceOre: '12990', seats: 5 });
    const gone = await gql(gw.url, `query($id: ID!) { subscriptionDeadlines(subscription: $id) { periodEnd } }`, { id: s.id }, key);
    expect(gone.json.errors[0].extensions.code).toBe('SUBSCRIPTION_NOT_FOUND');
    await tenantStillWorks();
  });

  it('another tenant’s payment or subscription cannot be corrected, and the answer is the same as for a missing one', async () => {
    const theirs = (await gql(gw.url, '{ payments { id } subscriptions { id } }', {}, DEMO.tenantA.key)).json.data;
    const v = await gql(gw.url, `mutation($id: ID!) { voidPayment(id: $id, reason: "x") { id } }`, { id: theirs.payments[0].id }, key);
    expect(v.json.errors[0].extensions.code).toBe('PAYMENT_NOT_FOUND');
    const missing = await gql(gw.url, `mutation { voidPayment(id: "00000000-0000-4000-8000-000000000000", reason: "x") { id } }`, {}, key);
    expect(missing.json.errors[0].message).toBe(v.json.errors[0].message);
    const r = await gql(gw.url, `mutation($id: ID!) { removeSubscription(id: $id, reason: "x") { id } }`, { id: theirs.subscriptions[0].id }, key);
    expect(r.json.errors[0].extensions.code).toBe('SUBSCRIPTION_NOT_FOUND');
    expect((await gql(gw.url, '{ subscriptions { id } }', {}, DEMO.tenantA.key)).json.data.subscriptions).toHaveLength(theirs.subscriptions.length);
  });
});
