/**
 * Tells an in-process cache, without a round trip per request, when a table it mirrors may have changed in
 * the database, whoever changed it (this process, the CLI, another gateway):
 * - SQLite: `PRAGMA data_version` on the ORM's one connection (a synchronous call on the better-sqlite3
 *   handle, microseconds): its value changes when ANOTHER connection commits. This connection's own
 *   commits leave it unchanged: the cache's owner clears on its own writes (tenancy/keyCache.ts).
 * - PostgreSQL: LISTEN on a dedicated connection; a trigger NOTIFYs on every write (see the migration
 *   ApiKeyNotify). While that connection is down the cache is not to be used; it is cleared each time
 *   LISTEN is (re-)established, since notifications sent meanwhile are lost.
 * Knows no domain: the channel and what to clear are the caller's.
 */
import type { MikroORM } from '@mikro-orm/core';
import pg from 'pg';
import type { Logger } from '../http/logger.js';

export interface ChangeWatch {
  /**
   * Whether cached answers may be used for the request being served now. Synchronous and round-trip free;
   * calls the watch's onChange first when it sees that something changed.
   */
  usable(): boolean;
  /**
   * Resolves when this process has received the notification for a change it committed with `payload`
   * (PostgreSQL; at once on SQLite or when not listening), or after `timeoutMs`. Call before the commit.
   */
  expect(payload: string, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/** What is used of the better-sqlite3 Database behind MikroORM's SqliteConnection (`database`). */
interface SqliteHandle {
  readonly open: boolean;
  readonly inTransaction: boolean;
  prepare(sql: string): { pluck(): { get(): unknown } };
}

/** `PRAGMA data_version` on the connection every query of `orm` uses (kysely's SQLite driver has one). */
export function sqliteDataVersionWatch(orm: MikroORM, onChange: () => void): ChangeWatch {
  const connection = orm.em.getConnection() as unknown as { database?: SqliteHandle };
  let db: SqliteHandle | undefined;
  let pragma: { get(): unknown } | undefined;
  let last: number | undefined;
  return {
    usable() {
      const current = connection.database;
      if (!current?.open) return false;
      if (current !== db) {
        // A new handle (reconnect): its data_version starts over, so nothing seen before can be trusted.
        db = current;
        pragma = current.prepare('pragma data_version').pluck();
        last = undefined;
      }
      // Inside an open transaction (an import on this connection) the pragma would not see other
      // connections' commits, and this connection's uncommitted writes are visible: ask the database.
      if (current.inTransaction) return false;
      const version = pragma!.get() as number;
      if (version !== last) {
        last = version;
        onChange();
      }
      return true;
    },
    expect: async () => {},
    close: async () => {},
  };
}

export interface PgListenOptions {
  url: string;
  channel: string;
  log: Logger;
  onChange(): void;
}

/** A PostgreSQL LISTEN connection that reconnects with backoff; `usable()` only while it listens. */
export class PgListenWatch implements ChangeWatch {
  #client: pg.Client | null = null;
  #listening = false;
  #closed = false;
  /** Reconnect delays, doubling from `minMs` up to `maxMs` (tests may hold reconnects off). */
  readonly retry = { minMs: 50, maxMs: 5000 };
  #delay = this.retry.minMs;
  #timer: NodeJS.Timeout | null = null;
  #connecting: Promise<void> | null = null;
  readonly #waiters = new Map<string, Set<() => void>>();
  /** How many times LISTEN was established (tests wait for a reconnect with it). */
  established = 0;

  constructor(private readonly opts: PgListenOptions) {}

  /** Connects and listens (now, also when a retry is scheduled); resolves either way: a failure schedules a retry. */
  start(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#client && !this.#connecting) return Promise.resolve();
    this.#connecting ??= this.#connect().finally(() => (this.#connecting = null));
    return this.#connecting;
  }

  get listening(): boolean {
    return this.#listening;
  }

  /** The backend pid of the listening connection (tests terminate it), or null. */
  get backendPid(): number | null {
    return this.#listening ? ((this.#client as unknown as { processID?: number }).processID ?? null) : null;
  }

  usable(): boolean {
    return this.#listening;
  }

  expect(payload: string, timeoutMs: number): Promise<void> {
    if (!this.#listening) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const set = this.#waiters.get(payload) ?? new Set();
      this.#waiters.set(payload, set);
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        if (!set.size && this.#waiters.get(payload) === set) this.#waiters.delete(payload);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      timer.unref();
      set.add(done);
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#connecting;
    this.#down();
    const client = this.#client;
    this.#client = null;
    await client?.end().catch(() => {});
  }

  async #connect(): Promise<void> {
    if (this.#closed) return;
    const client = new pg.Client({ connectionString: this.opts.url });
    this.#client = client;
    client.on('error', (e) => this.#lost(client, e));
    client.on('end', () => this.#lost(client));
    client.on('notification', (msg) => {
      if (msg.channel !== this.opts.channel) return;
      this.opts.onChange();
      for (const done of [...(this.#waiters.get(msg.payload ?? '') ?? [])]) done();
    });
    try {
      await client.connect();
      await client.query(`LISTEN "${this.opts.channel.replaceAll('"', '""')}"`);
    } catch (e) {
      this.#lost(client, e);
      return;
    }
    if (this.#closed || this.#client !== client) return;
    // Changes made while nobody listened were never announced: forget everything, then trust the channel.
    this.opts.onChange();
    this.#listening = true;
    this.established++;
    this.#delay = this.retry.minMs;
  }

  #down(): void {
    this.#listening = false;
    // Waiters need not wait for a notification that will not come: requests now go to the database.
    for (const set of this.#waiters.values()) for (const done of [...set]) done();
  }

  #lost(client: pg.Client, e?: unknown): void {
    if (this.#client !== client) return;
    this.#down();
    this.#client = null;
    client.removeAllListeners('notification');
    client.on('error', () => {});
    void client.end().catch(() => {});
    if (this.#closed) return;
    this.opts.log.warn(`LISTEN ${this.opts.channel} connection lost; checking API keys in the database until it is back${e instanceof Error ? `: ${e.message}` : ''}`);
    const delay = Math.max(this.#delay, this.retry.minMs);
    this.#delay = Math.min(delay * 2, this.retry.maxMs);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.start();
    }, delay);
    this.#timer.unref();
  }
}
