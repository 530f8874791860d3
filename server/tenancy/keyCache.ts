/**
 * API key checks without a database round trip per request: valid keys are remembered (bounded,
 * least recently used out first) and the whole cache is cleared whenever the key table may have changed:
 * - by another connection: the ChangeWatch (db/changeWatch.ts) sees it after a request is read and before it is answered;
 * - by this process: every flush that touches a key or a tenant clears it at once (SQLite's data_version
 *   does not move for the connection's own commits) and, on PostgreSQL, waits until every listening
 *   gateway has acknowledged the change's NOTIFY before the flush returns (db/changeWatch.ts), so a
 *   revocation is answered only once no gateway can still answer the key from memory.
 * Unknown, malformed and revoked keys are never remembered: a key created elsewhere works on its first request.
 */
import type { EntityManager, EventSubscriber, FlushEventArgs, MikroORM } from '@mikro-orm/core';
import type { ChangeWatch } from '../db/changeWatch.js';
import { ApiKey } from './ApiKey.entity.js';
import { checkKey, type KeyCheck } from './apiKeys.js';
import { Tenant } from './Tenant.entity.js';

/** The channel the api_key trigger NOTIFYs, with the key's id (PostgreSQL migration ApiKeyNotify). */
export const API_KEY_CHANNEL = 'api_key_changed';

type ValidKey = Extract<KeyCheck, { ok: true }>;

export interface KeyCacheOptions {
  /** Most keys remembered (least recently used out first). */
  maxEntries?: number;
}

const SECRET = /^ent_[0-9a-f]{40}$/;

export class KeyCache {
  readonly #entries = new Map<string, ValidKey>();
  readonly #max: number;
  /** Bumped by every clear: a lookup that started before a clear must not store what it read. */
  #epoch = 0;
  readonly watch: ChangeWatch;
  /** Counters for tests and benchmarks. */
  readonly stats = { hits: 0, misses: 0, bypassed: 0, clears: 0, checks: 0 };
  /** This turn's change check, shared by every request read in the turn (null: none pending). */
  #turn: Promise<boolean> | null = null;

  /** `watch` is built with the cache's clear() as its onChange. */
  constructor(
    private readonly orm: MikroORM,
    watch: (onChange: () => void) => ChangeWatch,
    opts: KeyCacheOptions = {},
  ) {
    this.#max = opts.maxEntries ?? 4096;
    this.watch = watch(() => this.clear());
    orm.em.getEventManager().registerSubscriber(this.#ownWrites());
  }

  get size(): number {
    return this.#entries.size;
  }

  clear(): void {
    this.#epoch++;
    this.stats.clears++;
    this.#entries.clear();
  }

  /**
   * A known key is answered from memory, keyed by the secret itself (a hit costs no SHA-256; only keys valid
   * in the database are kept). When the watch is costly to ask (SQLite: a pread of the wal-index headers),
   * it is asked once per event-loop turn, in a setImmediate: that runs after the poll phase has read every
   * request of the turn, so each request's check still happens after the request arrived, and a change
   * committed before a request was sent is seen before that request is answered ("the next request"). On
   * PostgreSQL the watch is a flag (LISTEN), asked synchronously.
   */
  check(secret: string): KeyCheck | Promise<KeyCheck> {
    if (!SECRET.test(secret)) return { ok: false, reason: 'INVALID' };
    if (!this.watch.perTurn) return this.#answer(secret, this.#usable());
    this.#turn ??= new Promise<boolean>((resolve) =>
      setImmediate(() => {
        this.#turn = null;
        resolve(this.#usable());
      }),
    );
    return this.#turn.then((usable) => this.#answer(secret, usable));
  }

  /** The watch's answer (a watch that fails says the cache is not to be used: the database answers). */
  #usable(): boolean {
    this.stats.checks++;
    try {
      return this.watch.usable();
    } catch {
      return false;
    }
  }

  #answer(secret: string, usable: boolean): KeyCheck | Promise<KeyCheck> {
    if (!usable) {
      this.stats.bypassed++;
      return checkKey(this.orm.em.fork(), secret);
    }
    const hit = this.#entries.get(secret);
    if (hit) {
      this.stats.hits++;
      this.#entries.delete(secret);
      this.#entries.set(secret, hit);
      return hit;
    }
    return this.#miss(secret);
  }

  async #miss(secret: string): Promise<KeyCheck> {
    this.stats.misses++;
    const epoch = this.#epoch;
    const check = await checkKey(this.orm.em.fork(), secret);
    if (check.ok && epoch === this.#epoch && this.#usable() && epoch === this.#epoch) {
      this.#entries.set(secret, check);
      if (this.#entries.size > this.#max) this.#entries.delete(this.#entries.keys().next().value!);
    }
    return check;
  }

  /** Clears on this process's own writes to keys or tenants (a tenant's deletion removes its keys). */
  #ownWrites(): EventSubscriber {
    const pending = new WeakMap<object, (() => Promise<void>)[]>();
    const touched = (args: FlushEventArgs) => args.uow.getChangeSets().filter((cs) => cs.entity instanceof ApiKey || cs.entity instanceof Tenant);
    return {
      onFlush: (args) => {
        const keys = touched(args).filter((cs) => cs.entity instanceof ApiKey && cs.type !== 'create');
        // Registered before the commit, so a NOTIFY that beats the commit's answer is not missed.
        if (keys.length) pending.set(args.uow, keys.map((cs) => this.watch.expect((cs.entity as ApiKey).id)));
      },
      afterFlush: async (args) => {
        if (touched(args).length) this.clear();
        const waits = pending.get(args.uow);
        pending.delete(args.uow);
        // Inside an outer transaction nothing is committed (nor announced) yet; its commit's NOTIFY clears.
        if (waits && !args.em.isInTransaction()) await Promise.all(waits.map((settled) => settled()));
      },
    };
  }

  close(): Promise<void> {
    return this.watch.close();
  }
}

/** The key check without a cache (AUTH_CACHE=off): one query per request, as before. */
export function uncachedKeyCheck(orm: MikroORM): (secret: string) => Promise<KeyCheck> {
  return (secret) => checkKey(orm.em.fork() as EntityManager, secret);
}
