import { DEMO, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

type Tenant = 'A' | 'B';
const KEY: Record<Tenant, string> = { A: DEMO.tenantA.key, B: DEMO.tenantB.key };
const ID: Record<Tenant, string> = { A: DEMO.tenantA.id, B: DEMO.tenantB.id };
const OWN_SUB: Record<Tenant, string> = { A: '5b0d9a10-0000-4000-8000-000000000101', B: '5b0d9a10-0000-4000-8000-000000000201' };
const other = (t: Tenant): Tenant => (t === 'A' ? 'B' : 'A');

const Q = {
  me: `{ me { id name } }`,
  subscriptions: `{ subscriptions { id product } }`,
  payments: `{ payments { id description amount { amount } } }`,
  deadlines: `query($s: ID!) { subscriptionDeadlines(subscription: $s, asOf: "2026-06-01") { subscription cancelBy } }`,
  many: `query($l: [DeadlineLookup!]!) { subscriptionDeadlinesMany(lookups: $l) { __typename ... on Deadlines { subscription } ... on LookupError { code } } }`,
  liability: `{ liability(incidentOn: "2026-08-05", negligence: GROSS, loss: DIRECT) { cap { amount } payments { paidOn } } }`,
  scope: `{ supportScope(topic: PRINTING) { decision } }`,
  create: `mutation($i: SubscriptionInput!) { createSubscription(input: $i) { id product } }`,
};

const call = (t: Tenant, query: string, variables?: Record<string, unknown>) => gql(gw.url, query, variables, KEY[t]);

/** What each tenant sees when asked alone: the reference every concurrent answer is compared with. */
const baseline: Record<Tenant, { subs: string[]; payments: string; liability: string; scope: string }> = {} as never;

beforeAll(async () => {
  for (const t of ['A', 'B'] as const) {
    const subs = (await call(t, Q.subscriptions)).json.data.subscriptions.map((s: { id: string }) => s.id);
    baseline[t] = {
      subs,
      payments: JSON.stringify((await call(t, Q.payments)).json.data),
      liability: JSON.stringify((await call(t, Q.liability)).json.data),
      scope: JSON.stringify((await call(t, Q.scope)).json.data),
    };
  }
  expect(baseline.A.subs).not.toEqual(baseline.B.subs);
  expect(baseline.A.payments).not.toEqual(baseline.B.payments);
}, 30_000);

const tag = (t: Tenant, i: number) => `Isolation ${t} ${i}`;
const newSubscription = (t: Tenant, i: number) => ({
  product: tag(t, i),
  billingModel: 'COMMITMENT',
  termMonths: 12,
  orderDate: '2026-01-01',
  seats: 1 + i,
  unitPrice: '10.00',
  endUserSupportIncluded: false,
});

/** One step of the interleaved load; returns what went wrong (empty when the answer is the tenant's own). */
async function step(t: Tenant, i: number): Promise<string[]> {
  const o = other(t);
  const wrong: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) wrong.push(`${t}#${i} ${what}`);
  };
  switch (i % 8) {
    case 0: {
      const r = await call(t, Q.me);
      check(r.json.data?.me?.id === ID[t], `me answered ${JSON.stringify(r.json).slice(0, 120)}`);
      break;
    }
    case 1: {
      const subs: { id: string; product: string }[] = (await call(t, Q.subscriptions)).json.data.subscriptions;
      check(!subs.some((s) => baseline[o].subs.includes(s.id) || s.product.startsWith(`Isolation ${o} `)), `saw the other tenant's subscriptions`);
      check(baseline[t].subs.every((id) => subs.some((s) => s.id === id)), 'lost its own subscriptions');
      break;
    }
    case 2:
      check(JSON.stringify((await call(t, Q.payments)).json.data) === baseline[t].payments, 'payments differ from when asked alone');
      break;
    case 3: {
      const mine = await call(t, Q.deadlines, { s: OWN_SUB[t] });
      check(mine.json.data?.subscriptionDeadlines?.subscription === OWN_SUB[t], 'own deadlines missing');
      const theirs = await call(t, Q.deadlines, { s: OWN_SUB[o] });
      check(theirs.json.errors?.[0]?.extensions?.code === 'SUBSCRIPTION_NOT_FOUND' && !theirs.json.data?.subscriptionDeadlines, `read the other tenant's subscription: ${JSON.stringify(theirs.json).slice(0, 120)}`);
      break;
    }
    case 4: {
      const items: { __typename: string; subscription?: string; code?: string }[] = (await call(t, Q.many, { l: [{ subscription: OWN_SUB[t] }, { subscription: OWN_SUB[o] }, ...baseline[o].subs.map((subscription) => ({ subscription }))] })).json.data.subscriptionDeadlinesMany;
      check(items[0]?.subscription === OWN_SUB[t], 'own bulk item missing');
      check(items.slice(1).every((x) => x.__typename === 'LookupError' && x.code === 'SUBSCRIPTION_NOT_FOUND'), 'bulk answered for the other tenant');
      break;
    }
    case 5:
      check(JSON.stringify((await call(t, Q.liability)).json.data) === baseline[t].liability, 'liability cap used the other tenant’s payments');
      break;
    case 6:
      check(JSON.stringify((await call(t, Q.scope)).json.data) === baseline[t].scope, 'support scope used the other tenant’s duties');
      break;
    default: {
      const r = await call(t, Q.create, { i: newSubscription(t, i) });
      check(r.json.data?.createSubscription?.product === tag(t, i), `create failed: ${JSON.stringify(r.json).slice(0, 160)}`);
    }
  }
  return wrong;
}

describe('tenant isolation under concurrent load', () => {
  const ROUNDS = 200; // 400 requests and more, A and B interleaved, all in flight at once

  it('hundreds of interleaved concurrent requests of the two tenants never see each other’s data', async () => {
    const all = await Promise.all(Array.from({ length: ROUNDS * 2 }, (_, n) => step(n % 2 ? 'B' : 'A', Math.floor(n / 2))));
    expect(all.flat()).toEqual([]);
  }, 60_000);

  it('afterwards each tenant has exactly its own subscriptions, including those created under load', async () => {
    for (const t of ['A', 'B'] as const) {
      const products: string[] = (await call(t, Q.subscriptions)).json.data.subscriptions.map((s: { product: string }) => s.product);
      const created = products.filter((p) => p.startsWith('Isolation '));
      const expected = Array.from({ length: ROUNDS }, (_, i) => i).filter((i) => i % 8 === 7).map((i) => tag(t, i));
      expect(created.sort()).toEqual(expected.sort());
    }
  });
});
