/**
 * Configuration from environment variables (documented in README "Configuration"). Read once at the edge;
 * everything below receives a Config object.
 */
import { LIMITS } from '../kernel/limits.js';

export interface Config {
  port: number;
  host: string;
  /** A SQLite file path (default data/gateway.sqlite) or a postgresql:// URL. */
  databaseUrl: string;
  /** Time zone that decides "today" when a query leaves the date out. */
  timeZone: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  production: boolean;
  /** Whether lifecycle and helpdesk questions may be asked without an API key. */
  allowAnonymous: boolean;
  /**
   * Who may introspect the schema (`__schema`, `__type`): everyone, no one, or requests with a valid API
   * key (production default, so the explorer works for key holders and anonymous callers see nothing).
   */
  introspection: SchemaVisibility;
  /** Port of the HTTPS listener serving the Excel add-in (0 = off). */
  httpsPort: number;
  tlsCertFile: string | null;
  tlsKeyFile: string | null;
  /** Seed an empty database with the catalogue and demo tenants at start-up. */
  seedOnStart: boolean;
  /** The newest macOS version: T-§6 covers "the latest macOS" only. */
  latestMacOs: string;
  /** "Did you mean …?" hints in validation errors, for the same three audiences (default: as introspection). */
  fieldSuggestions: SchemaVisibility;
  /** Execute queries compiled by graphql-jit (GRAPHQL_JIT, default on); off: graphql-js, as before. */
  graphqlJit: boolean;
  /** Answer queries Apollo answered before without its pipeline (GRAPHQL_FAST_PATH, default on; needs GRAPHQL_JIT=on). */
  graphqlFastPath: boolean;
  /** Stack traces in error responses (never in production; off by default: they go to the log instead). */
  stackTraces: boolean;
  /**
   * Browser origins (scheme://host[:port], exact) granted cross-origin access to /graphql and the calendar
   * feeds; the gateway's own origins need no entry.
   */
  corsOrigins: string[];
  /** Largest estimated cost of one request: fields + list-input items + page sizes (server/graphql/cost.ts). */
  maxRequestCost: number;
  /** A request not answered within this many milliseconds is a 503 REQUEST_TIMEOUT. */
  requestTimeoutMs: number;
  /** Token bucket per API key (anonymous callers: per IP), in work units; 0 turns rate limiting off. */
  rateLimitUnitsPerMinute: number;
  /** Bucket size: the most units a caller can spend at once (a 10,000-cell recalculation must fit). */
  rateLimitBurst: number;
  /** How often a gateway checks whether another instance imported a new catalogue. */
  catalogueCheckMs: number;
  /** "Did you mean" searches one request may run (LIMITS.maxSuggestionsPerRequest). */
  suggestionsPerRequest: number;
  /**
   * Known API keys are remembered in-process (AUTH_CACHE=on, default), cleared whenever the key table may
   * have changed (SQLite: PRAGMA data_version; PostgreSQL: LISTEN/NOTIFY); off: every request asks the database.
   */
  authCache: boolean;
}

const LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/** `on`: everyone; `off`: no one; `authenticated`: requests with a valid API key only. */
export type SchemaVisibility = 'on' | 'off' | 'authenticated';

export class ConfigError extends Error {}

function bool(v: string | undefined, dflt: boolean, name: string): boolean {
  if (v === undefined || v === '') return dflt;
  if (/^(1|true|yes|on)$/i.test(v)) return true;
  if (/^(0|false|no|off)$/i.test(v)) return false;
  throw new ConfigError(`${name} must be true or false, not '${v}'`);
}

function visibility(v: string | undefined, dflt: SchemaVisibility, name: string): SchemaVisibility {
  if (v === undefined || v === '') return dflt;
  if (/^authenticated$/i.test(v)) return 'authenticated';
  if (/^(1|true|yes|on)$/i.test(v)) return 'on';
  if (/^(0|false|no|off)$/i.test(v)) return 'off';
  throw new ConfigError(`${name} must be on, off or authenticated, not '${v}'`);
}

/** CORS_ORIGINS: a comma-separated list of exact origins, each checked and normalised ("https://Host:443/" → "https://host"). */
function origins(v: string | undefined): string[] {
  if (!v || !v.trim()) return [];
  return [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean).map((text) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new ConfigError(`CORS_ORIGINS: '${text}' is not an origin; write e.g. https://dashboard.example.com or http://localhost:3000`);
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || text.includes('*')) {
      throw new ConfigError(`CORS_ORIGINS: '${text}' is not an origin; give only scheme, host and port (e.g. https://dashboard.example.com), no path and no wildcard`);
    }
    return url.origin;
  }))];
}

function port(v: string | undefined, dflt: number, name: string): number {
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`${name} must be a port number 0–65535, not '${v}'`);
  return n;
}

function count(v: string | undefined, dflt: number, name: string, min = 0): number {
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < min) throw new ConfigError(`${name} must be a whole number ≥ ${min}, not '${v}'`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LEVELS.join(', ')}`);
  const timeZone = env.TZ_DEFAULT || 'Europe/Oslo';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new ConfigError(`TZ_DEFAULT '${timeZone}' is not an IANA time zone`);
  }
  const introspection = visibility(env.GRAPHQL_INTROSPECTION, production ? 'authenticated' : 'on', 'GRAPHQL_INTROSPECTION');
  const stackTraces = bool(env.GRAPHQL_STACK_TRACES, false, 'GRAPHQL_STACK_TRACES');
  if (stackTraces && production) throw new ConfigError('GRAPHQL_STACK_TRACES=on is refused with NODE_ENV=production: stack traces name files and lines of the server');
  return {
    port: port(env.PORT, 4000, 'PORT'),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || 'data/gateway.sqlite',
    timeZone,
    logLevel,
    production,
    allowAnonymous: bool(env.ALLOW_ANONYMOUS, true, 'ALLOW_ANONYMOUS'),
    introspection,
    httpsPort: port(env.HTTPS_PORT, 4443, 'HTTPS_PORT'),
    tlsCertFile: env.TLS_CERT_FILE || null,
    tlsKeyFile: env.TLS_KEY_FILE || null,
    seedOnStart: bool(env.SEED_ON_START, true, 'SEED_ON_START'),
    latestMacOs: env.LATEST_MACOS || '26',
    fieldSuggestions: visibility(env.GRAPHQL_FIELD_SUGGESTIONS, introspection, 'GRAPHQL_FIELD_SUGGESTIONS'),
    graphqlJit: bool(env.GRAPHQL_JIT, true, 'GRAPHQL_JIT'),
    graphqlFastPath: bool(env.GRAPHQL_FAST_PATH, true, 'GRAPHQL_FAST_PATH'),
    stackTraces,
    corsOrigins: origins(env.CORS_ORIGINS),
    maxRequestCost: count(env.GRAPHQL_MAX_COST, 3000, 'GRAPHQL_MAX_COST', 1),
    requestTimeoutMs: count(env.REQUEST_TIMEOUT_MS, 10_000, 'REQUEST_TIMEOUT_MS', 1),
    rateLimitUnitsPerMinute: count(env.RATE_LIMIT_UNITS_PER_MINUTE, 10_000, 'RATE_LIMIT_UNITS_PER_MINUTE'),
    rateLimitBurst: count(env.RATE_LIMIT_BURST, 15_000, 'RATE_LIMIT_BURST', 1),
    catalogueCheckMs: count(env.CATALOGUE_CHECK_MS, 5000, 'CATALOGUE_CHECK_MS'),
    suggestionsPerRequest: count(env.SUGGESTIONS_PER_REQUEST, LIMITS.maxSuggestionsPerRequest, 'SUGGESTIONS_PER_REQUEST'),
    authCache: bool(env.AUTH_CACHE, true, 'AUTH_CACHE'),
  };
}
