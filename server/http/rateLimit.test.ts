import { RateLimiter } from './rateLimit.js';

const DEFAULTS = { unitsPerMinute: 10_000, burst: 15_000 };
const T0 = 1_000_000;

describe('RateLimiter (token bucket priced in work units)', () => {
  it('lets a 10,000-cell recalculation (10 bulk requests of 1,000) through with the default sizes', () => {
    const rl = new RateLimiter(DEFAULTS);
    for (let i = 0; i < 10; i++) expect(rl.take('key:a', 1000, T0).ok).toBe(true);
    expect(rl.peek('key:a', T0)).toMatchObject({ ok: true, remaining: 5000, limit: 15_000 });
  });

  it('refuses a flood once the bucket is spent, and says when to retry', () => {
    const rl = new RateLimiter(DEFAULTS);
    let refusedAt = -1;
    for (let i = 0; i < 30 && refusedAt < 0; i++) if (!rl.take('key:a', 1000, T0).ok) refusedAt = i;
    expect(refusedAt).toBe(15);
    const r = rl.take('key:a', 1000, T0);
    expect(r).toMatchObject({ ok: false, remaining: 0 });
    // 1,000 units at 10,000 per minute take 6 seconds to come back.
    expect(r.retryAfterSeconds).toBe(6);
    expect(rl.take('key:a', 1000, T0 + 5_999).ok).toBe(false);
    expect(rl.take('key:a', 1000, T0 + 6_000).ok).toBe(true);
  });

  it('refills continuously up to the burst and no further', () => {
    const rl = new RateLimiter({ unitsPerMinute: 60, burst: 10 });
    expect(rl.take('k', 10, T0).ok).toBe(true);
    expect(rl.peek('k', T0)).toMatchObject({ ok: false, remaining: 0, resetSeconds: 10 });
    expect(rl.peek('k', T0 + 999).remaining).toBe(0);
    expect(rl.peek('k', T0 + 1000)).toMatchObject({ ok: true, remaining: 1, resetSeconds: 9 });
    expect(rl.peek('k', T0 + 3_600_000)).toMatchObject({ remaining: 10, resetSeconds: 0 });
  });

  it('keeps one bucket per caller: one key spending everything does not affect another', () => {
    const rl = new RateLimiter({ unitsPerMinute: 60, burst: 10 });
    expect(rl.take('key:a', 10, T0).ok).toBe(true);
    expect(rl.take('key:a', 1, T0).ok).toBe(false);
    expect(rl.take('key:b', 10, T0).ok).toBe(true);
    expect(rl.take('ip:127.0.0.1', 1, T0).ok).toBe(true);
  });

  it('work charged after the fact can put a caller in debt, which must be paid back before the next request', () => {
    const rl = new RateLimiter({ unitsPerMinute: 60, burst: 10 });
    rl.take('k', 1, T0);
    expect(rl.charge('k', 19, T0)).toMatchObject({ remaining: 0, resetSeconds: 20 });
    expect(rl.peek('k', T0 + 10_000).ok).toBe(false);
    expect(rl.peek('k', T0 + 11_000).ok).toBe(true);
  });

  it('a request larger than the whole bucket waits for a full bucket instead of never passing', () => {
    const rl = new RateLimiter({ unitsPerMinute: 60, burst: 10 });
    expect(rl.take('k', 25, T0).ok).toBe(true);
    const r = rl.take('k', 25, T0);
    expect(r.ok).toBe(false);
    expect(r.retryAfterSeconds).toBe(25);
  });

  it('forgets full buckets once it remembers many callers', () => {
    const rl = new RateLimiter({ unitsPerMinute: 60, burst: 10 });
    for (let i = 0; i < 10_000; i++) rl.take(`ip:${i}`, 1, T0);
    expect(rl.size).toBe(10_000);
    rl.take('ip:new', 1, T0 + 60_000);
    expect(rl.size).toBe(1);
  });
});
