/**
 * Token buckets per caller (an API key, or the IP address of an anonymous caller), priced in work units:
 * a single lookup costs 1, a bulk lookup 1 per item, any request at least 1. The bucket holds `burst`
 * units and refills at `unitsPerMinute`; a 10,000-cell recalculation (10 bulk requests of 1,000) fits in
 * the default burst, a flood does not. State is in memory per process: with several gateways behind a load
 * balancer the limit applies per instance. The clock is an argument (milliseconds), so this file is pure.
 */
export interface RateLimitOptions {
  unitsPerMinute: number;
  burst: number;
}

/** What the RateLimit-* response headers say (draft-ietf-httpapi-ratelimit-headers). */
export interface RateLimitState {
  limit: number;
  /** Whole units left now (never negative). */
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
}

export interface TakeResult extends RateLimitState {
  ok: boolean;
  /** When refused: seconds until the request would fit (the Retry-After header). */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const PRUNE_ABOVE = 10_000;

export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #perMs: number;

  constructor(private readonly opts: RateLimitOptions) {
    this.#perMs = opts.unitsPerMinute / 60_000;
  }

  /** Units refilled in `ms` (multiplied before dividing: 6 s at 10,000/min is exactly 1,000). */
  #refill(ms: number): number {
    return (ms * this.opts.unitsPerMinute) / 60_000;
  }

  get limit(): number {
    return this.opts.burst;
  }

  /** The bucket of `key` at `now`, refilled for the time that passed (callers never see another's bucket). */
  #bucket(key: string, now: number): Bucket {
    let b = this.#buckets.get(key);
    if (!b) {
      if (this.#buckets.size >= PRUNE_ABOVE) this.#prune(now);
      b = { tokens: this.opts.burst, at: now };
      this.#buckets.set(key, b);
    }
    if (now > b.at) {
      b.tokens = Math.min(this.opts.burst, b.tokens + this.#refill(now - b.at));
      b.at = now;
    }
    return b;
  }

  /** A full bucket is the same as no bucket: forget those so the map does not grow with every IP seen. */
  #prune(now: number): void {
    for (const [key, b] of this.#buckets) {
      if (b.tokens + this.#refill(now - b.at) >= this.opts.burst) this.#buckets.delete(key);
    }
  }

  #state(b: Bucket): RateLimitState {
    const missing = this.opts.burst - b.tokens;
    return {
      limit: this.opts.burst,
      remaining: Math.max(0, Math.floor(b.tokens)),
      resetSeconds: missing <= 0 ? 0 : this.#perMs > 0 ? Math.ceil(missing / this.#perMs / 1000) : 0,
    };
  }

  #waitSeconds(b: Bucket, units: number): number {
    if (this.#perMs <= 0) return 60;
    return Math.max(1, Math.ceil((units - b.tokens) / this.#perMs / 1000));
  }

  /** Takes `units` when the bucket holds them (more than the bucket can ever hold: a full bucket). */
  take(key: string, units: number, now: number): TakeResult {
    const b = this.#bucket(key, now);
    const need = Math.min(Math.max(units, 0), this.opts.burst);
    if (b.tokens >= need && b.tokens > 0) {
      b.tokens -= units;
      return { ok: true, retryAfterSeconds: 0, ...this.#state(b) };
    }
    return { ok: false, retryAfterSeconds: this.#waitSeconds(b, Math.max(need, 1)), ...this.#state(b) };
  }

  /** Charges work already done (it may leave the bucket in debt: the next requests wait longer). */
  charge(key: string, units: number, now: number): RateLimitState {
    const b = this.#bucket(key, now);
    if (units > 0) b.tokens -= units;
    return this.#state(b);
  }

  /** Gives back units taken for work that was then not done (never past the bucket's size). */
  refund(key: string, units: number, now: number): void {
    const b = this.#bucket(key, now);
    if (units > 0) b.tokens = Math.min(this.opts.burst, b.tokens + units);
  }

  /** The state without taking anything; `ok` is false when not even one unit is left. */
  peek(key: string, now: number): TakeResult {
    const b = this.#bucket(key, now);
    const ok = b.tokens >= 1;
    return { ok, retryAfterSeconds: ok ? 0 : this.#waitSeconds(b, 1), ...this.#state(b) };
  }

  /** Buckets currently remembered (for tests of pruning). */
  get size(): number {
    return this.#buckets.size;
  }
}
