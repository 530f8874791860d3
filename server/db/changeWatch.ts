/**
 * Tells an in-process cache, without a round trip per request, when a table it mirrors may have changed in
 * the database, whoever changed it (this process, the CLI, another gateway):
 * - SQLite: the wal-index headers in the `-shm` file (one pread), or `PRAGMA data_version` on the ORM's
 *   one connection when the database is not in WAL mode (both synchronous, microseconds): every commit by
 *   another connection changes them. The cache's owner also clears on its own writes (tenancy/keyCache.ts).
 * - PostgreSQL: LISTEN on a dedicated connection; a trigger NOTIFYs on every write (see the migration
 *   ApiKeyNotify). While that connection is down the cache is not to be used; it is cleared each time
 *   LISTEN is (re-)established, since notifications sent meanwhile are lost. A writer in a gateway waits
 *   for every listening gateway's acknowledgement before answering (PgListenWatch).
 * Knows no domain: the channel and what to clear are the caller's.
 */
import type { MikroORM } from '@mikro-orm/core';
import { closeSync, openSync, readSync } from 'node:fs';
import pg from 'pg';
import type { Logger } from '../http/logger.js';

export interface ChangeWatch {
  /** How the last check looked (tests, logs): the wal-index headers, SQLite's data_version, or a LISTEN channel. */
  readonly via?: 'wal-index' | 'data_version' | 'listen' | null;
  /**
   * Whether cached answers may be used for the request being served now. Synchronous and round-trip free;
   * calls the watch's onChange first when it sees that something changed.
   */
  usable(): boolean;
  /**
   * True when usable() costs a system call or a query (SQLite): callers then ask once per event-loop turn,
   * after every request of the turn was read (tenancy/keyCache.ts), not once per request.
   */
  readonly perTurn?: boolean;
  /**
   * Called before committing a change announced with `payload`; the function it returns, called after the
   * commit, resolves once every listening reader has applied it (PostgreSQL; at once on SQLite, or when
   * not listening), or after a timeout.
   */
  expect(payload: string): () => Promise<void>;
  close(): Promise<void>;
}

/** What is used of the better-sqlite3 Database behind MikroORM's SqliteConnection (`database`). */
interface SqliteHandle {
  readonly open: boolean;
  readonly inTransaction: boolean;
  /** The file's path as opened (better-sqlite3's `name`); `memory` for an in-memory database. */
  readonly name: string;
  readonly memory: boolean;
  prepare(sql: string): { pluck(): { get(): unknown } };
}

/**
 * The two copies of the wal-index header, the first 96 bytes of a WAL database's `-shm` file (SQLite's
 * documented WAL file format, https://www.sqlite.org/walformat.html §2.1). Every commit by any connection
 * rewrites them (`iChange` counts transactions), second copy first; so a read that differs from the last
 * one means a commit happened since, and one that does not means none did. Read with one pread, it costs a
 * fraction of `PRAGMA data_version` (which takes and drops the shared-memory read lock: ~15 µs a request,
 * README "Performance"). A read during a commit may see a half-written header: it differs, so the cache is
 * cleared once more than needed, never less.
 */
const WAL_INDEX_HEADERS = 96;

/** A reader of the wal-index headers of `db`, or null when it has none to read (not WAL, in memory, no -shm yet). */
function walIndexReader(db: SqliteHandle): { read(into: Buffer): boolean; close(): void } | null {
  if (db.memory) return null;
  let mode: unknown;
  try {
    mode = db.prepare('pragma journal_mode').pluck().get();
  } catch {
    return null;
  }
  if (typeof mode !== 'string' || mode.toLowerCase() !== 'wal') return null;
  let fd: number;
  try {
    fd = openSync(`${db.name}-shm`, 'r');
  } catch {
    return null;
  }
  return {
    read(into) {
      try {
        return readSync(fd, into, 0, WAL_INDEX_HEADERS, 0) === WAL_INDEX_HEADERS;
      } catch {
        return false;
      }
    },
    close: () => closeSync(fd),
  };
}

/**
 * Whether another connection committed, seen on the connection every query of `orm` uses (kysely's SQLite
 * driver has one): from the wal-index headers when the database is in WAL mode (the gateway sets it), else
 * from `PRAGMA data_version`, whose value changes when ANOTHER connection commits. Own commits may or may
 * not be seen: the cache's owner clears on its own writes (tenancy/keyCache.ts).
 */
export function sqliteDataVersionWatch(orm: MikroORM, onChange: () => void): ChangeWatch {
  const connection = orm.em.getConnection() as unknown as { database?: SqliteHandle };
  let db: SqliteHandle | undefined;
  let pragma: { get(): unknown } | undefined;
  let wal: ReturnType<typeof walIndexReader> = null;
  let last: number | undefined;
  let seen = Buffer.alloc(WAL_INDEX_HEADERS);
  let read = Buffer.alloc(WAL_INDEX_HEADERS);
  /** Whether `seen` holds the headers of the last check (false after a check by pragma, or none). */
  let seenValid = false;
  let via: 'wal-index' | 'data_version' | null = null;
  return {
    get via() {
      return via;
    },
    perTurn: true,
    usable() {
      const current = connection.database;
      if (!current?.open) return false;
      if (current !== db) {
        // A new handle (reconnect): its data_version starts over, so nothing seen before can be trusted.
        wal?.close();
        db = current;
        pragma = current.prepare('pragma data_version').pluck();
        wal = walIndexReader(current);
        seenValid = false;
        last = undefined;
      }
      // Inside an open transaction (an import on this connection) the pragma would not see other
      // connections' commits, and this connection's uncommitted writes are visible: ask the database.
      if (current.inTransaction) return false;
      // A first check, or one after a check the other way, has nothing to compare with: it clears.
      if (wal?.read(read)) {
        via = 'wal-index';
        last = undefined;
        if (!seenValid || !read.equals(seen)) {
          [seen, read] = [read, seen];
          seenValid = true;
          onChange();
        }
        return true;
      }
      seenValid = false;
      via = 'data_version';
      const version = pragma!.get() as number;
      if (version !== last) {
        last = version;
        onChange();
      }
      return true;
    },
    expect: () => async () => {},
    close: async () => {
      wal?.close();
      wal = null;
    },
  };
}

export interface PgListenOptions {
  url: string;
  channel: string;
  log: Logger;
  onChange(): void;
}

/** An acknowledgement seen on the ack channel: which listener (backend pid) applied which payload. */
interface Ack {
  pid: number;
  payload: string;
}

/**
 * A PostgreSQL LISTEN connection that reconnects with backoff; `usable()` only while it listens.
 *
 * "Refused from the next request on" across gateways: a NOTIFY reaches each gateway on its own socket, so
 * without more a client could ask gateway B before B has read the NOTIFY of a revocation made on A. To
 * close that gap each listener, after clearing, acknowledges on `<channel>_ack` (a NOTIFY from its own
 * connection, so it costs no table and only happens on key changes), and the writer (`expect`) waits after
 * its commit until every listening gateway of this database (pg_stat_activity, by application_name) has
 * acknowledged, bounded by a timeout. Only then does the revoking request answer.
 */
export class PgListenWatch implements ChangeWatch {
  #client: pg.Client | null = null;
  #pid: number | null = null;
  #listening = false;
  #closed = false;
  /** Reconnect delays, doubling from `minMs` up to `maxMs` (tests may hold reconnects off). */
  readonly retry = { minMs: 50, maxMs: 5000 };
  /** Longest a writer waits for every listener's acknowledgement. */
  ackTimeoutMs = 2000;
  #delay = this.retry.minMs;
  #timer: NodeJS.Timeout | null = null;
  #connecting: Promise<void> | null = null;
  readonly #ackWaiters = new Set<(ack: Ack | null) => void>();
  /** How many times LISTEN was established (tests wait for a reconnect with it). */
  established = 0;

  constructor(private readonly opts: PgListenOptions) {}

  get #ackChannel(): string {
    return `${this.opts.channel}_ack`;
  }

  /** What the listening connections of every gateway call themselves in pg_stat_activity. */
  get applicationName(): string {
    return `gateway listen ${this.opts.channel}`;
  }

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
    return this.#listening ? this.#pid : null;
  }

  /** The listening client (tests pause its socket to delay a NOTIFY). */
  get client(): pg.Client | null {
    return this.#client;
  }

  usable(): boolean {
    return this.#listening;
  }

  get via(): 'listen' | null {
    return this.#listening ? 'listen' : null;
  }

  expect(payload: string): () => Promise<void> {
    if (!this.#listening) return async () => {};
    const acked = new Set<number>();
    let wake: (() => void) | null = null;
    const waiter = (ack: Ack | null) => {
      if (ack && ack.payload === payload) acked.add(ack.pid);
      wake?.();
    };
    this.#ackWaiters.add(waiter);
    return async () => {
      const deadline = performance.now() + this.ackTimeoutMs;
      try {
        for (;;) {
          const client = this.#client;
          if (!this.#listening || !client) return;
          const listeners = await client
            .query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database() and application_name = $1', [this.applicationName])
            .then((r) => r.rows.map((row) => row.pid))
            .catch(() => null);
          if (!listeners || listeners.every((pid) => acked.has(pid))) return;
          const left = deadline - performance.now();
          if (left <= 0) {
            this.opts.log.warn(`${this.opts.channel}: ${listeners.filter((pid) => !acked.has(pid)).length} listener(s) did not acknowledge a change within ${this.ackTimeoutMs} ms`);
            return;
          }
          // Woken by the next acknowledgement; listeners that went away are dropped by the next query.
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, Math.min(left, 100));
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = null;
        }
      } finally {
        this.#ackWaiters.delete(waiter);
      }
    };
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
    const client = new pg.Client({ connectionString: this.opts.url, application_name: this.applicationName });
    this.#client = client;
    client.on('error', (e) => this.#lost(client, e));
    client.on('end', () => this.#lost(client));
    client.on('notification', (msg) => {
      const payload = msg.payload ?? '';
      if (msg.channel === this.opts.channel) {
        this.opts.onChange();
        // Applied: say so, so that the writer may answer (see the class comment).
        if (this.#pid !== null) client.query('select pg_notify($1, $2)', [this.#ackChannel, `${this.#pid}|${payload}`]).catch(() => {});
      } else if (msg.channel === this.#ackChannel) {
        const bar = payload.indexOf('|');
        const ack = { pid: Number(payload.slice(0, bar)), payload: payload.slice(bar + 1) };
        for (const waiter of [...this.#ackWaiters]) waiter(ack);
      }
    });
    try {
      await client.connect();
      const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
      await client.query(`LISTEN ${quote(this.opts.channel)}; LISTEN ${quote(this.#ackChannel)}`);
      this.#pid = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
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
    this.#pid = null;
    // Writers need not wait for acknowledgements that will not come here: requests now go to the database.
    for (const waiter of [...this.#ackWaiters]) waiter(null);
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
