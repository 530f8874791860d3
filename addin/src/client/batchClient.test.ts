import { fakeGateway, TENANT_KEY } from '../testing/fakeGateway.js';
import { BatchClient, type BatchClientOptions } from './batchClient.js';
import { GatewayFailure, LookupFailure } from './failures.js';
import { GatewayApi, SUPPORT_PHASES, type PhaseAnswer } from './gatewayQueries.js';
import type { FetchLike } from './transport.js';

const endpoint = { url: 'https://gw.test/graphql', apiKey: TENANT_KEY };
const client = (fetch: FetchLike, more: Partial<BatchClientOptions> = {}) => new BatchClient({ endpoint: () => endpoint, fetch, windowMs: 5, ...more });
const api = (fetch: FetchLike, more: Partial<BatchClientOptions> = {}) => new GatewayApi(client(fetch, more));

/** ISO date `i` days after 2000-01-01: distinct lookups. */
const day = (i: number) => new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
const lookup = (i: number) => ({ product: 'Windows 7', date: day(i), level: null });

/** A fetch whose answers wait until released, to observe queueing. */
function heldFetch(inner: FetchLike) {
  const held: (() => void)[] = [];
  let active = 0;
  let maxActive = 0;
  const fetch: FetchLike = async (url, init) => {
    active++;
    maxActive = Math.max(maxActive, active);
    await new Promise<void>((r) => held.push(r));
    active--;
    return inner(url, init);
  };
  return { fetch, held, maxActive: () => maxActive };
}

const bodies = (fetch: FetchLike, onBody: (b: { query: string; variables: Record<string, unknown> }) => void): FetchLike => (url, init) => {
  onBody(JSON.parse(init.body));
  return fetch(url, init);
};

async function settleAll<T>(ps: Promise<T>[]) {
  const r = await Promise.allSettled(ps);
  return { ok: r.filter((x) => x.status === 'fulfilled').length, failed: r.filter((x): x is PromiseRejectedResult => x.status === 'rejected').map((x) => x.reason as unknown) };
}

describe('batching', () => {
  it('calls made within one window go out as one request, lifecycle and single fields together', async () => {
    const gw = fakeGateway();
    const a = api(gw.fetch);
    const phases = Array.from({ length: 50 }, (_, i) => a.phase(lookup(i)));
    const desk = a.desk('NO', '2026-11-23T09:30:00+01:00');
    const notice = a.notice('Exchange Online', 'DISRUPTIVE', '2026-01-15');
    const answers = await Promise.all(phases);
    expect(answers[0]!.phase).toBe('PRE_RELEASE');
    expect(answers.every((x) => x.product.name === 'Windows 7')).toBe(true);
    expect((await desk).open).toBe(true);
    expect((await notice).earliestEffectiveDate).toBe('2027-01-15');
    expect(gw.requests).toHaveLength(1);
    expect(gw.requests[0]!.authorization).toBe(`Bearer ${TENANT_KEY}`);
  });

  it('2,500 lookups are sent as 3 requests of at most 1,000, and every one is answered in order', async () => {
    const gw = fakeGateway();
    const sizes: number[] = [];
    const a = api(bodies(gw.fetch, (b) => sizes.push((b.variables.b0 as unknown[]).length)));
    const answers = await Promise.all(Array.from({ length: 2500 }, (_, i) => a.phase(lookup(3000 + i))));
    expect(gw.requests).toHaveLength(3);
    expect(sizes.sort((x, y) => y - x)).toEqual([1000, 1000, 500]);
    answers.forEach((x, i) => expect(x.date).toBe(day(3000 + i)));
  });

  it('at most 10 aliased fields go in one document', async () => {
    const gw = fakeGateway();
    const a = api(gw.fetch);
    const desks = await Promise.all(Array.from({ length: 25 }, (_, i) => a.desk('SE', `2026-11-${String(1 + i).padStart(2, '0')}T09:00:00+01:00`)));
    expect(desks).toHaveLength(25);
    const aliasCounts = gw.requests.map((r) => (r.query.match(/\bf\d+: /g) ?? []).length);
    expect(Math.max(...aliasCounts)).toBeLessThanOrEqual(10);
    expect(gw.requests).toHaveLength(3);
  });

  it('keeps at most 4 requests in flight and queues the rest', async () => {
    const gw = fakeGateway();
    const held = heldFetch(gw.fetch);
    const a = api(held.fetch);
    const all = Promise.all(Array.from({ length: 6000 }, (_, i) => a.phase(lookup(i))));
    await new Promise((r) => setTimeout(r, 20));
    expect(held.held).toHaveLength(4);
    while (gw.requests.length < 6) {
      held.held.shift()?.();
      await new Promise((r) => setTimeout(r, 5));
    }
    held.held.forEach((r) => r());
    expect(await all).toHaveLength(6000);
    expect(held.maxActive()).toBe(4);
  });
});

describe('requests leave while calls are still being made', () => {
  it('with the endpoint known, a full batch is sent at once, before the caller’s next call', async () => {
    const gw = fakeGateway();
    let sent = 0;
    const counting: FetchLike = (url, init) => {
      sent++;
      return gw.fetch(url, init);
    };
    const a = api(counting, { maxBulkItems: 100 });
    const calls: Promise<unknown>[] = [];
    const sentWhenCalled: number[] = [];
    for (let i = 0; i < 250; i++) {
      sentWhenCalled.push(sent);
      calls.push(a.phase(lookup(i), ['phase']));
    }
    // Synchronously, inside the loop: the 100th call filled a batch and its request left.
    expect(sentWhenCalled[100]).toBe(1);
    expect(sentWhenCalled[200]).toBe(2);
    await Promise.all(calls);
    expect(gw.requests).toHaveLength(3);
  });
  it('an endpoint that must be awaited still works', async () => {
    const gw = fakeGateway();
    const a = new GatewayApi(new BatchClient({ endpoint: async () => endpoint, fetch: gw.fetch, windowMs: 1 }));
    await expect(a.phase(lookup(1), ['phase'])).resolves.toEqual({ __typename: 'PhaseAnswer', phase: 'PRE_RELEASE' });
  });
});

describe('dedupe and cache', () => {
  it('identical lookups in one recalculation are asked once and all get the answer', async () => {
    const gw = fakeGateway();
    const a = api(gw.fetch);
    const answers = await Promise.all(Array.from({ length: 100 }, () => a.phase({ product: 'Windows 7', date: '2015-01-13', level: null })));
    expect(answers.every((x) => x.phase === 'MAINSTREAM')).toBe(true);
    expect(gw.requests).toHaveLength(1);
    expect(gw.requests[0]!.variables.b0).toHaveLength(1);
  });

  it('answers are cached for the session until refresh()', async () => {
    const gw = fakeGateway();
    const a = api(gw.fetch);
    const q = { product: 'Windows 7', date: '2015-01-14', level: null };
    expect((await a.phase(q)).phase).toBe('EXTENDED');
    expect((await a.phase(q)).phase).toBe('EXTENDED');
    expect(gw.requests).toHaveLength(1);
    a.refresh();
    expect(a.client.cacheSize).toBe(0);
    expect((await a.phase(q)).phase).toBe('EXTENDED');
    expect(gw.requests).toHaveLength(2);
  });

  it('the cache is bounded: beyond its limit the oldest answers are asked again', async () => {
    const gw = fakeGateway();
    const a = api(gw.fetch, { cacheLimit: 3 });
    for (let i = 0; i < 5; i++) await a.phase(lookup(i));
    expect(a.client.cacheSize).toBe(3);
    await a.phase(lookup(4));
    expect(gw.requests).toHaveLength(5);
    await a.phase(lookup(0));
    expect(gw.requests).toHaveLength(6);
  });

  it('an unknown product is remembered, a sign-in error is not (the user may set a key)', async () => {
    const gw = fakeGateway();
    let key: string | null = null;
    const a = new GatewayApi(new BatchClient({ endpoint: () => ({ url: endpoint.url, apiKey: key }), fetch: gw.fetch, windowMs: 1 }));
    await expect(a.phase({ product: 'Windws 7', date: null, level: null })).rejects.toBeInstanceOf(LookupFailure);
    await expect(a.phase({ product: 'Windws 7', date: null, level: null })).rejects.toBeInstanceOf(LookupFailure);
    expect(gw.requests).toHaveLength(1);
    await expect(a.scope('PRINTING', null, null)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    key = TENANT_KEY;
    await expect(a.scope('PRINTING', null, null)).resolves.toMatchObject({ decision: 'IN_SCOPE' });
    expect(gw.requests).toHaveLength(3);
  });

  it('a request answered after refresh() settles its callers but does not refill the cache', async () => {
    const gw = fakeGateway();
    const held = heldFetch(gw.fetch);
    const a = api(held.fetch);
    const p = a.phase(lookup(1));
    await new Promise((r) => setTimeout(r, 15));
    a.refresh();
    held.held.shift()!();
    await expect(p).resolves.toMatchObject({ date: day(1) });
    expect(a.client.cacheSize).toBe(0);
  });
});

describe('failures settle every waiter', () => {
  const failingFetches: [string, FetchLike, string][] = [
    ['a network error', async () => Promise.reject(new TypeError('Failed to fetch')), 'network'],
    ['HTTP 500', async () => ({ ok: false, status: 500, text: async () => 'Internal Server Error' }), 'http'],
    ['invalid JSON', async () => ({ ok: true, status: 200, text: async () => '{"data": {"supportPhases": [' }), 'json'],
    ['top-level GraphQL errors', async () => ({ ok: true, status: 200, text: async () => '{"errors":[{"message":"At most 1000 lookups","extensions":{"code":"TOO_MANY_ITEMS"}}]}' }), 'graphql'],
  ];
  it.each(failingFetches)('%s rejects every call of the request with a GatewayFailure', async (_name, fetch, kind) => {
    const a = api(fetch);
    const calls = [...Array.from({ length: 30 }, (_, i) => a.phase(lookup(i))), a.desk('FI', null), a.liabilityCap('2026-01-01')];
    const r = await settleAll<unknown>(calls);
    expect(r.ok).toBe(0);
    expect(r.failed).toHaveLength(32);
    for (const e of r.failed) expect(e).toMatchObject({ name: 'GatewayFailure', kind });
  });

  it('a timeout rejects every waiting call', async () => {
    const a = api(() => new Promise(() => {}), { timeoutMs: 40 });
    const r = await settleAll(Array.from({ length: 10 }, (_, i) => a.phase(lookup(i))));
    expect(r.failed).toHaveLength(10);
    for (const e of r.failed) expect(e).toMatchObject({ kind: 'timeout' });
  });

  it('when one request of several fails mid-batch, only its calls fail and the rest are answered', async () => {
    const gw = fakeGateway();
    let n = 0;
    const fetch: FetchLike = (url, init) => (++n === 2 ? Promise.reject(new TypeError('connection reset')) : gw.fetch(url, init));
    const a = api(fetch);
    const r = await settleAll(Array.from({ length: 2500 }, (_, i) => a.phase(lookup(i))));
    expect(r.failed.length).toBeGreaterThanOrEqual(500);
    expect(r.failed.length).toBeLessThanOrEqual(1000);
    expect(r.ok + r.failed.length).toBe(2500);
    for (const e of r.failed) expect(e).toBeInstanceOf(GatewayFailure);
  });

  it('a result list of the wrong length fails all its lookups instead of mismatching cells', async () => {
    const fetch: FetchLike = async () => ({ ok: true, status: 200, text: async () => '{"data":{"supportPhases":[{"__typename":"PhaseAnswer","phase":"MAINSTREAM"}]}}' });
    const a = api(fetch);
    const r = await settleAll([a.phase(lookup(1)), a.phase(lookup(2))]);
    expect(r.failed).toHaveLength(2);
    for (const e of r.failed) expect(e).toMatchObject({ kind: 'shape' });
  });

  it('an answer missing a field it was asked for fails that call rather than leaving it pending', async () => {
    const fetch: FetchLike = async () => ({ ok: true, status: 200, text: async () => '{"data":{"f0":{"open":true}}}' });
    const a = api(fetch);
    const r = await settleAll<unknown>([a.desk('NO', null), a.desk('SE', null)]);
    expect(r.ok).toBe(1);
    expect(r.failed[0]).toMatchObject({ kind: 'shape' });
  });
});

describe('per-item errors', () => {
  it('a LookupError goes to its own cell only, with what the user typed', async () => {
    const gw = fakeGateway();
    const a = api(gw.fetch);
    const calls = [a.phase({ product: 'Windows 7', date: '2015-01-13', level: null }), a.phase({ product: 'Windws 7', date: null, level: null }), a.phase({ product: 'Zune Software', date: '2010-01-01', level: null })];
    const [good, bad, other] = await Promise.allSettled(calls);
    expect(good).toMatchObject({ status: 'fulfilled', value: { phase: 'MAINSTREAM' } });
    expect(other).toMatchObject({ status: 'fulfilled', value: { phase: 'MAINSTREAM' } });
    expect(bad).toMatchObject({ status: 'rejected', reason: { code: 'PRODUCT_NOT_FOUND', subject: 'Windws 7', candidates: ['Windows 7'] } });
    expect(gw.requests).toHaveLength(1);
  });

  it('a GraphQL error on one aliased field fails that field only', async () => {
    const gw = fakeGateway();
    const a = api(gw.fetch);
    const [bad, good] = await Promise.allSettled([a.notice('Unknown Service', 'DISRUPTIVE', '2026-01-01'), a.notice('Dynamics CRM Online', 'DISRUPTIVE', '2026-01-31')]);
    expect(bad).toMatchObject({ status: 'rejected', reason: { name: 'LookupFailure', code: 'BAD_USER_INPUT', subject: 'Unknown Service' } });
    expect(good).toMatchObject({ status: 'fulfilled', value: { earliestEffectiveDate: '2026-07-31' } });
  });
});

describe('one failing field nulls the whole GraphQL answer (non-null root fields)', () => {
  it('a tenant function without a key fails alone; the lookups batched with it are asked again and answered', async () => {
    const gw = fakeGateway();
    const a = new GatewayApi(new BatchClient({ endpoint: () => ({ url: endpoint.url, apiKey: null }), fetch: gw.fetch, windowMs: 5 }));
    const [phase, cap, deadline, desk] = await Promise.allSettled<unknown>([
      a.phase({ product: 'Windows 7', date: '2015-01-13', level: null }),
      a.liabilityCap('2026-03-15'),
      a.deadlines('SUB-1', null),
      a.desk('DK', '2026-11-23T09:00:00+01:00'),
    ]);
    expect(phase).toMatchObject({ status: 'fulfilled', value: { phase: 'MAINSTREAM' } });
    expect(desk).toMatchObject({ status: 'fulfilled', value: { open: true } });
    expect(cap).toMatchObject({ status: 'rejected', reason: { name: 'LookupFailure', code: 'UNAUTHENTICATED' } });
    expect(deadline).toMatchObject({ status: 'rejected', reason: { name: 'GatewayFailure', code: 'UNAUTHENTICATED' } });
    expect(gw.requests.length).toBeGreaterThanOrEqual(2);
    expect(gw.requests.length).toBeLessThanOrEqual(3);
  });

  it('errors naming fields the request did not ask for fail every call', async () => {
    const fetch: FetchLike = async () => ({ ok: true, status: 200, text: async () => '{"data":null,"errors":[{"message":"odd","path":["somethingElse"]}]}' });
    const a = api(fetch);
    const r = await settleAll<unknown>([a.phase(lookup(1)), a.desk('NO', null)]);
    expect(r.failed).toHaveLength(2);
    for (const e of r.failed) expect(e).toMatchObject({ kind: 'graphql', message: 'odd' });
  });
});

describe('the bulk field spec', () => {
  it('selects what every lifecycle function needs, so they share one lookup', async () => {
    const gw = fakeGateway();
    const c = client(gw.fetch);
    const answer = await c.bulk<PhaseAnswer>(SUPPORT_PHASES, { product: 'Windows 7', date: '2016-06-01', level: 'SP1' }, 'Windows 7');
    expect(answer).toMatchObject({ phase: 'EXTENDED', mainstreamEnds: '2015-01-13', extendedEnds: '2020-01-14', supportEnds: '2020-01-14', level: { code: 'SP1', end: '2020-01-14' } });
    expect(answer.entitlements.length).toBeGreaterThan(0);
  });
});

describe('field selection: a request asks only what its calls read', () => {
  const q = { product: 'Windows 7', date: '2015-01-14', level: null };
  it('a batch of phase-only calls asks no entitlements, no level and no product', async () => {
    const gw = fakeGateway();
    const a = api(gw.fetch);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => a.phase(lookup(5000 + i), ['phase'])));
    expect(answers.every((x) => x.phase === 'EXTENDED' || x.phase === 'MAINSTREAM')).toBe(true);
    expect(gw.requests).toHaveLength(1);
    const query = gw.requests[0]!.query;
    expect(query).toContain('... on PhaseAnswer { phase }');
    for (const absent of ['entitlements', 'level', 'product', 'mainstreamEnds', 'supportEnds']) expect(query).not.toContain(absent);
    expect(answers[0]).toEqual({ __typename: 'PhaseAnswer', phase: 'MAINSTREAM' }); // 2013-09-09: before Windows 7's mainstream end
  });

  it('one entitlements call in the window adds entitlements to the one request; both calls get what they need', async () => {
    const gw = fakeGateway();
    const a = api(gw.fetch);
    const [phase, same, other] = await Promise.all([a.phase(q, ['phase']), a.phase(q, ['entitlements']), a.phase(lookup(1), ['phase'])]);
    expect(gw.requests).toHaveLength(1);
    expect(gw.requests[0]!.query).toContain('... on PhaseAnswer { phase entitlements { kind availability condition } }');
    expect(gw.requests[0]!.variables.b0).toHaveLength(2); // the two calls on q share one lookup
    expect(phase.phase).toBe('EXTENDED');
    expect(same.entitlements.find((e) => e.kind === 'FREE_SUPPORT')).toMatchObject({ availability: 'NOT_AVAILABLE' });
    expect(other.phase).toBe('PRE_RELEASE');
  });

  it('a cached answer lacking a field is not used for a call that needs it; the answers are merged in the cache', async () => {
    const gw = fakeGateway();
    const a = api(gw.fetch);
    expect(await a.phase(q, ['phase'])).not.toHaveProperty('entitlements');
    expect(await a.phase(q, ['phase'])).toMatchObject({ phase: 'EXTENDED' });
    expect(gw.requests).toHaveLength(1);
    const withEntitlements = await a.phase(q, ['entitlements']);
    expect(gw.requests).toHaveLength(2);
    expect(gw.requests[1]!.query).toContain('... on PhaseAnswer { entitlements { kind availability condition } }');
    expect(withEntitlements.entitlements.length).toBeGreaterThan(0);
    // Both fields are now cached under the lookup: neither call, nor one needing both, asks again.
    expect(await a.phase(q, ['phase', 'entitlements'])).toMatchObject({ phase: 'EXTENDED', entitlements: withEntitlements.entitlements });
    expect(await a.phase(q, ['phase'])).toMatchObject({ phase: 'EXTENDED' });
    expect(gw.requests).toHaveLength(2);
    // A call naming no fields needs all of them.
    expect(await a.phase(q)).toMatchObject({ supportEnds: '2020-01-14', product: { name: 'Windows 7' } });
    expect(gw.requests).toHaveLength(3);
  });

  it('a request already sent without a field is not shared with a call that needs it', async () => {
    const gw = fakeGateway();
    const held = heldFetch(gw.fetch);
    const a = api(held.fetch);
    const first = a.phase(q, ['phase']);
    await new Promise((r) => setTimeout(r, 15));
    expect(held.held).toHaveLength(1);
    const second = a.phase(q, ['supportEnds']);
    // The newest unsent lookup of q is the one later calls join; its request selects their fields too.
    const third = a.phase(q, ['phase']);
    await new Promise((r) => setTimeout(r, 15));
    expect(held.held).toHaveLength(2);
    held.held.splice(0).forEach((release) => release());
    expect(await first).toEqual({ __typename: 'PhaseAnswer', phase: 'EXTENDED' });
    expect(await second).toEqual({ __typename: 'PhaseAnswer', phase: 'EXTENDED', supportEnds: '2020-01-14' });
    expect(await third).toBe(await second);
    expect(gw.requests[1]!.query).toContain('... on PhaseAnswer { phase supportEnds }');
  });

  it('an unknown product is remembered whatever fields a later call needs', async () => {
    const gw = fakeGateway();
    const a = api(gw.fetch);
    const bad = { product: 'Windws 7', date: null, level: null };
    await expect(a.phase(bad, ['phase'])).rejects.toMatchObject({ code: 'PRODUCT_NOT_FOUND' });
    await expect(a.phase(bad, ['entitlements'])).rejects.toMatchObject({ code: 'PRODUCT_NOT_FOUND' });
    expect(gw.requests).toHaveLength(1);
  });
});
