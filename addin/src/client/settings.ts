import type { Endpoint } from './batchClient.js';

/**
 * The add-in's two settings: which gateway to ask and the tenant's API key. Kept in OfficeRuntime.storage
 * (shared by the task pane and the functions, survives restarts); outside Office (a plain browser, tests)
 * localStorage; with neither, memory.
 */
export interface Settings {
  gatewayUrl: string;
  apiKey: string | null;
}

export interface KeyValueStore {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

const KEYS = { gatewayUrl: 'ent.gatewayUrl', apiKey: 'ent.apiKey' } as const;
export const FALLBACK_GATEWAY_URL = 'https://localhost:4443';

export function defaultStore(): KeyValueStore {
  const office = (globalThis as { OfficeRuntime?: { storage?: KeyValueStore } }).OfficeRuntime;
  if (office?.storage) return office.storage;
  const local = (globalThis as { localStorage?: Storage }).localStorage;
  if (local) {
    return {
      getItem: async (k) => local.getItem(k),
      setItem: async (k, v) => local.setItem(k, v),
      removeItem: async (k) => local.removeItem(k),
    };
  }
  return memoryStore();
}

export function memoryStore(): KeyValueStore {
  const m = new Map<string, string>();
  return {
    getItem: async (k) => m.get(k) ?? null,
    setItem: async (k, v) => void m.set(k, v),
    removeItem: async (k) => void m.delete(k),
  };
}

/** The page's own origin (the gateway serves the add-in), else the local development gateway. */
export function defaultGatewayUrl(location: { protocol?: string; origin?: string } | undefined = (globalThis as { location?: Location }).location): string {
  if (location?.origin && /^https?:$/.test(location.protocol ?? '')) return location.origin;
  return FALLBACK_GATEWAY_URL;
}

/** "https://gw.example.com/" → "https://gw.example.com"; throws for anything but an http(s) URL. */
export function normaliseGatewayUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error(`'${text}' is not a URL; use e.g. https://gateway.example.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('The gateway URL must start with https://');
  const path = url.pathname.replace(/\/+$/, '').replace(/\/graphql$/, '');
  return `${url.origin}${path}`;
}

export const graphqlUrl = (gatewayUrl: string): string => `${gatewayUrl}/graphql`;

export class SettingsStore {
  private loaded: Promise<Settings> | null = null;
  /** What `loaded` resolved to, once it has: read without waiting (see endpoint()). */
  private known: Settings | null = null;

  constructor(
    private readonly store: () => KeyValueStore = defaultStore,
    private readonly fallbackUrl: () => string = () => defaultGatewayUrl(),
  ) {}

  /** Current settings (read from storage once, then kept in memory). */
  get(): Promise<Settings> {
    this.loaded ??= (async () => {
      const s = this.store();
      const [url, key] = await Promise.all([s.getItem(KEYS.gatewayUrl), s.getItem(KEYS.apiKey)]);
      return { gatewayUrl: url || this.fallbackUrl(), apiKey: key || null };
    })();
    const loaded = this.loaded;
    void loaded.then(
      (s) => void (this.loaded === loaded && (this.known = s)),
      () => {},
    );
    return this.loaded;
  }

  /** Saves what is given; an empty URL returns to the default, an empty key signs out. */
  async save(changes: { gatewayUrl?: string; apiKey?: string | null }): Promise<Settings> {
    const current = await this.get();
    const s = this.store();
    const next = { ...current };
    if (changes.gatewayUrl !== undefined) {
      const trimmed = changes.gatewayUrl.trim();
      next.gatewayUrl = trimmed ? normaliseGatewayUrl(trimmed) : this.fallbackUrl();
      if (trimmed) await s.setItem(KEYS.gatewayUrl, next.gatewayUrl);
      else await s.removeItem(KEYS.gatewayUrl);
    }
    if (changes.apiKey !== undefined) {
      next.apiKey = changes.apiKey?.trim() || null;
      if (next.apiKey) await s.setItem(KEYS.apiKey, next.apiKey);
      else await s.removeItem(KEYS.apiKey);
    }
    this.loaded = Promise.resolve(next);
    this.known = next;
    return next;
  }

  /**
   * What the batch client needs for its next request: at once when the settings are loaded, so a batch
   * goes out while Excel is still making the recalculation's other calls (an await would hold every
   * request until they all are made).
   */
  endpoint(): Endpoint | Promise<Endpoint> {
    const toEndpoint = (s: Settings): Endpoint => ({ url: graphqlUrl(s.gatewayUrl), apiKey: s.apiKey });
    return this.known ? toEndpoint(this.known) : this.get().then(toEndpoint);
  }
}
