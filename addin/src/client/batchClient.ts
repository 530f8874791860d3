import { GatewayFailure, LookupFailure } from './failures.js';
import { allFields, buildDocument, covers, responseKeyOf, type BulkFieldSpec, type FieldSet, type SingleFieldSpec } from './graphqlDocument.js';
import { LruCache } from './lruCache.js';
import { routeReply, type Plan, type RoutedCall, type Settlement } from './replyRouting.js';
import { recalcStats, type RecalcStats } from './recalcStats.js';
import { postGraphql, type FetchLike, type RateLimitInfo } from './transport.js';

export interface Endpoint {
  /** Full GraphQL endpoint URL. */
  url: string;
  apiKey: string | null;
}

export interface BatchClientOptions {
  /** Read before every request, so a changed URL or key applies at once. */
  endpoint: () => Endpoint | Promise<Endpoint>;
  fetch?: FetchLike;
  /** How long calls are collected before they are sent together (Excel calls functions cell by cell). */
  windowMs?: number;
  /** Lookups per bulk field and request (the gateway's limit is 1,000). */
  maxBulkItems?: number;
  /** Aliased single fields per request (the gateway limits aliases). */
  maxAliases?: number;
  maxInFlight?: number;
  timeoutMs?: number;
  /** Answers remembered for the session (least recently used forgotten first). */
  cacheLimit?: number;
  /** Where lookups and requests are counted for the task pane's "last recalculation". */
  stats?: RecalcStats;
}

interface Call extends RoutedCall {
  key: string;
  input?: unknown;
  /** The bulk spec's optional fields this call's answer must have; widened while the call is not yet sent. */
  fields: FieldSet;
  generation: number;
  /** The map of pending calls it was entered in (refresh() starts a new one); left when it settles. */
  pendingIn: Map<string, { promise: Promise<unknown>; call: Call }>;
  /** Its request has been built: its fields are what the answer will have. */
  sent: boolean;
  settled: boolean;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** Per-item answers worth remembering; errors about keys, load or the server are not (they change). */
/** A cached answer and the optional fields it has (every field for an error: it holds whatever is asked). */
interface Cached {
  outcome: Settlement;
  fields: FieldSet;
}
const EVERY_FIELD: FieldSet = -1;

const CACHEABLE_CODES = new Set(['PRODUCT_NOT_FOUND', 'PRODUCT_AMBIGUOUS', 'LEVEL_NOT_FOUND', 'SUBSCRIPTION_NOT_FOUND', 'BAD_USER_INPUT', 'NOT_FOUND']);

/**
 * One client under all custom functions. Calls made within `windowMs` (or until a bulk field has
 * `maxBulkItems` lookups) go out as one GraphQL document per `maxBulkItems`/`maxAliases`; at most
 * `maxInFlight` requests run at once, the rest queue. Identical calls share one lookup; answers are cached
 * until refresh(). A bulk call names the optional fields it needs: a request selects the union of its calls'
 * fields, and a cached or pending answer serves a call only when it has every field the call needs (answers
 * of one lookup with different fields are merged in the cache). A failed request rejects every call in it; a per-item LookupError rejects that call only.
 */
export class BatchClient {
  private readonly opts: Required<Omit<BatchClientOptions, 'fetch'>> & { fetch: FetchLike };
  /** The RateLimit-* headers of the latest answer that had them (null before the first). */
  rateLimit: RateLimitInfo | null = null;
  private readonly onRateLimit = (info: RateLimitInfo) => {
    this.rateLimit = info;
  };
  private window: Call[] = [];
  private readonly bulkCounts = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly queue: Plan<Call>[] = [];
  private active = 0;
  private pending = new Map<string, { promise: Promise<unknown>; call: Call }>();
  private readonly cache: LruCache<string, Cached>;
  private generation = 0;
  /** Requests sent so far (for the task pane's status line and tests). */
  requestsSent = 0;

  constructor(options: BatchClientOptions) {
    this.opts = {
      windowMs: 10,
      maxBulkItems: 1000,
      maxAliases: 10,
      maxInFlight: 4,
      timeoutMs: 15_000,
      cacheLimit: 50_000,
      stats: recalcStats,
      ...options,
      fetch: options.fetch ?? ((url, init) => globalThis.fetch(url, init)),
    };
    this.cache = new LruCache(this.opts.cacheLimit);
  }

  /** One item of a bulk field; resolves with that item's answer, which has at least `fields` (default all). */
  bulk<T>(spec: BulkFieldSpec, input: unknown, subject: string | null = null, fields: FieldSet = allFields(spec)): Promise<T> {
    return this.call(`${responseKeyOf(spec)}\u0000${JSON.stringify(input)}`, { bulk: spec, input, subject, fields }) as Promise<T>;
  }

  /** One aliased single field; resolves with the field's value. */
  single<T>(spec: SingleFieldSpec, subject: string | null = null): Promise<T> {
    const args = spec.args.map((a) => ('literal' in a ? [a.name, a.literal] : [a.name, a.value]));
    return this.call(`${spec.field}\u0000${JSON.stringify(args)}\u0000${spec.selection}`, { single: spec, subject, fields: 0 }) as Promise<T>;
  }

  /** Forgets every cached answer; calls already sent still settle but are not cached. */
  refresh(): void {
    this.generation++;
    this.cache.clear();
    this.pending = new Map();
  }

  get cacheSize(): number {
    return this.cache.size;
  }

  /** One uncached, unbatched query (the task pane's connection test). */
  async direct<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const endpoint = await this.opts.endpoint();
    this.requestsSent++;
    const reply = await postGraphql({ fetch: this.opts.fetch, url: endpoint.url, apiKey: endpoint.apiKey, timeoutMs: this.opts.timeoutMs, onRateLimit: this.onRateLimit }, { query, variables });
    const first = reply.errors[0];
    if (first || !reply.data) throw new GatewayFailure('graphql', first?.message ?? 'no data', first?.extensions?.code ?? null);
    return reply.data as T;
  }

  private call(key: string, what: Pick<Call, 'bulk' | 'input' | 'single' | 'subject' | 'fields'>): Promise<unknown> {
    const need = what.fields;
    const hit = this.cache.get(key);
    if (hit && covers(hit.fields, need)) return hit.outcome.ok ? Promise.resolve(hit.outcome.value) : Promise.reject(hit.outcome.error);
    const shared = this.pending.get(key);
    if (shared) {
      // Not sent yet: its request will select these fields too. Sent: only if it asked for them.
      if (!shared.call.sent) shared.call.fields |= need;
      if (covers(shared.call.fields, need)) return shared.promise;
    }
    const pending = this.pending;
    let call!: Call;
    const promise = new Promise<unknown>((resolve, reject) => {
      call = { key, ...what, generation: this.generation, pendingIn: pending, sent: false, settled: false, resolve, reject };
    });
    this.window.push(call);
    pending.set(key, { promise, call });
    this.opts.stats.lookups(1);
    if (what.bulk) {
      const group = responseKeyOf(what.bulk);
      const n = (this.bulkCounts.get(group) ?? 0) + 1;
      this.bulkCounts.set(group, n);
      if (n >= this.opts.maxBulkItems) {
        this.flush();
        return promise;
      }
    }
    this.timer ??= setTimeout(() => this.flush(), this.opts.windowMs);
    return promise;
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const calls = this.window;
    this.window = [];
    this.bulkCounts.clear();
    const byField = new Map<string, { spec: BulkFieldSpec; calls: Call[] }>();
    const singles: Call[] = [];
    for (const c of calls) {
      if (!c.bulk) singles.push(c);
      else {
        const key = responseKeyOf(c.bulk);
        const group = byField.get(key) ?? { spec: c.bulk, calls: [] };
        group.calls.push(c);
        byField.set(key, group);
      }
    }
    const groups = [...byField.values()];
    while (singles.length || groups.some((g) => g.calls.length)) {
      this.queue.push({
        bulks: groups.filter((g) => g.calls.length).map((g) => ({ spec: g.spec, calls: g.calls.splice(0, this.opts.maxBulkItems) })),
        singles: singles.splice(0, this.opts.maxAliases),
      });
    }
    this.pump();
  }

  private pump(): void {
    while (this.active < this.opts.maxInFlight && this.queue.length) {
      const plan = this.queue.shift()!;
      this.active++;
      void this.send(plan).finally(() => {
        this.active--;
        this.pump();
      });
    }
  }

  private async send(plan: Plan<Call>): Promise<void> {
    const all = [...plan.bulks.flatMap((b) => b.calls), ...plan.singles];
    let retry: Plan<Call> | null = null;
    for (const c of all) c.sent = true;
    try {
      const doc = buildDocument({
        bulks: plan.bulks.map((b) => ({ spec: b.spec, inputs: b.calls.map((c) => c.input), fields: b.calls.reduce((union, c) => union | c.fields, 0) })),
        singles: plan.singles.map((c) => c.single!),
      });
      const given = this.opts.endpoint();
      // Not awaited when known: the request leaves now, not after the caller's synchronous calls.
      const endpoint = given instanceof Promise ? await given : given;
      this.requestsSent++;
      this.opts.stats.request();
      const reply = await postGraphql(
        { fetch: this.opts.fetch, url: endpoint.url, apiKey: endpoint.apiKey, timeoutMs: this.opts.timeoutMs, onRateLimit: this.onRateLimit },
        { query: doc.query, variables: doc.variables },
      );
      const routed = routeReply(plan, doc.aliases, reply);
      for (const [c, outcome] of routed.settled) this.settle(c, outcome);
      retry = routed.retry;
    } catch (e) {
      const failure = e instanceof GatewayFailure ? e : new GatewayFailure('shape', e instanceof Error ? e.message : String(e));
      for (const c of all) this.settle(c, { ok: false, error: failure });
    } finally {
      // Whatever happened, no call of this request stays pending (unless it is being asked again).
      const again = new Set(retry ? [...retry.bulks.flatMap((b) => b.calls), ...retry.singles] : []);
      for (const c of all) if (!c.settled && !again.has(c)) this.settle(c, { ok: false, error: new GatewayFailure('shape', 'the answer did not cover this call') });
      if (retry) this.queue.unshift(retry);
    }
  }

  /** Settles a call once; caches answers and lasting per-item errors (not failures of a request). */
  private settle(c: Call, outcome: Settlement): void {
    if (c.settled) return;
    c.settled = true;
    if (c.generation === this.generation) {
      if (outcome.ok) this.remember(c.key, outcome.value, c.fields);
      else if (outcome.error instanceof LookupFailure && CACHEABLE_CODES.has(outcome.error.code)) this.cache.set(c.key, { outcome, fields: EVERY_FIELD });
    }
    // No longer pending (its answer, if lasting, is in the cache now): the next call with its key asks anew or hits.
    if (c.pendingIn.get(c.key)?.call === c) c.pendingIn.delete(c.key);
    if (outcome.ok) c.resolve(outcome.value);
    else c.reject(outcome.error);
  }

  /** Caches an answer; one with other fields of the same lookup (asked by another function) is merged in. */
  private remember(key: string, value: unknown, fields: FieldSet): void {
    const old = this.cache.get(key);
    if (old?.outcome.ok && !covers(fields, old.fields) && typeof value === 'object' && value !== null) {
      this.cache.set(key, { outcome: { ok: true, value: { ...(old.outcome.value as object), ...value } }, fields: old.fields | fields });
    } else this.cache.set(key, { outcome: { ok: true, value }, fields });
  }
}
