/**
 * Whether an error means "the database cannot be reached right now" (PostgreSQL restarted, connections
 * terminated, refused, SQLite locked past its busy timeout) rather than a bug. Those are answered 503
 * DATABASE_UNAVAILABLE with Retry-After: the pool reconnects on the next request, no restart needed.
 */
const CODES = new Set([
  // PostgreSQL SQLSTATE class 08 (connection exception) and 57P0x (operator intervention: shutdown, terminated).
  '08000', '08003', '08006', '08001', '08004', '57P01', '57P02', '57P03',
  // Node socket errors.
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND',
  // SQLite: another writer held the lock longer than busy_timeout.
  'SQLITE_BUSY', 'SQLITE_LOCKED',
]);

const MESSAGES = [
  /connection terminated/i,
  /terminating connection/i,
  /not currently accepting connections/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error/i,
  /connection (is )?closed/i,
  /database is locked/i,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  let e: unknown = error;
  for (let i = 0; i < 6 && e; i++) {
    if (typeof e !== 'object') return false;
    const o = e as { code?: unknown; sqlState?: unknown; message?: unknown; originalError?: unknown; cause?: unknown };
    if ((typeof o.code === 'string' && CODES.has(o.code)) || (typeof o.sqlState === 'string' && CODES.has(o.sqlState))) return true;
    if (typeof o.message === 'string' && MESSAGES.some((m) => m.test(o.message as string))) return true;
    e = o.originalError ?? o.cause;
  }
  return false;
}

/**
 * Whether the database refused a value it cannot store (PostgreSQL SQLSTATE class 22, "data exception":
 * a number out of range, a string too long for its column): the input was unchecked, not the server broken.
 */
export function isDataOutOfRange(error: unknown): boolean {
  let e: unknown = error;
  for (let i = 0; i < 6 && e; i++) {
    if (typeof e !== 'object') return false;
    const o = e as { code?: unknown; sqlState?: unknown; originalError?: unknown; cause?: unknown };
    for (const c of [o.code, o.sqlState]) if (typeof c === 'string' && (/^22[0-9A-Z]{3}$/.test(c) || c === 'SQLITE_TOOBIG')) return true;
    e = o.originalError ?? o.cause;
  }
  return false;
}
