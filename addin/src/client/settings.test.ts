import { defaultGatewayUrl, defaultStore, FALLBACK_GATEWAY_URL, graphqlUrl, memoryStore, normaliseGatewayUrl, SettingsStore } from './settings.js';

describe('add-in settings', () => {
  it('the gateway defaults to the page’s own origin, else the local development gateway', () => {
    expect(defaultGatewayUrl({ protocol: 'https:', origin: 'https://gw.example.com' })).toBe('https://gw.example.com');
    expect(defaultGatewayUrl({ protocol: 'file:', origin: 'null' })).toBe(FALLBACK_GATEWAY_URL);
    expect(defaultGatewayUrl(undefined)).toBe('https://localhost:4443');
  });
  it('gateway URLs are normalised: no trailing slash, no /graphql', () => {
    expect(normaliseGatewayUrl(' https://gw.example.com/ ')).toBe('https://gw.example.com');
    expect(normaliseGatewayUrl('https://gw.example.com/graphql')).toBe('https://gw.example.com');
    expect(normaliseGatewayUrl('http://127.0.0.1:4000/api/')).toBe('http://127.0.0.1:4000/api');
    expect(graphqlUrl('https://gw.example.com')).toBe('https://gw.example.com/graphql');
    expect(() => normaliseGatewayUrl('gateway')).toThrow('is not a URL');
    expect(() => normaliseGatewayUrl('ftp://gw.example.com')).toThrow('https://');
  });
  it('saves URL and key to the store and reads them back in a new session', async () => {
    const store = memoryStore();
    const a = new SettingsStore(() => store, () => 'https://origin.test');
    expect(await a.get()).toEqual({ gatewayUrl: 'https://origin.test', apiKey: null });
    await a.save({ gatewayUrl: 'https://gw.example.com/', apiKey: ' ent_key ' });
    const b = new SettingsStore(() => store, () => 'https://origin.test');
    expect(await b.get()).toEqual({ gatewayUrl: 'https://gw.example.com', apiKey: 'ent_key' });
    expect(await b.endpoint()).toEqual({ url: 'https://gw.example.com/graphql', apiKey: 'ent_key' });
  });
  it('once loaded, the endpoint is known without waiting, and a save applies to the next one at once', async () => {
    const store = memoryStore();
    await store.setItem('ent.apiKey', 'first');
    const s = new SettingsStore(() => store, () => 'https://origin.test');
    const before = s.endpoint();
    expect(before).toBeInstanceOf(Promise); // not read from storage yet
    expect(await before).toEqual({ url: 'https://origin.test/graphql', apiKey: 'first' });
    expect(s.endpoint()).toEqual({ url: 'https://origin.test/graphql', apiKey: 'first' });
    await s.save({ apiKey: 'second' });
    expect(s.endpoint()).toEqual({ url: 'https://origin.test/graphql', apiKey: 'second' });
  });
  it('an empty URL returns to the default and an empty key signs out', async () => {
    const store = memoryStore();
    const s = new SettingsStore(() => store, () => 'https://origin.test');
    await s.save({ gatewayUrl: 'https://gw.example.com', apiKey: 'k' });
    expect(await s.save({ gatewayUrl: '', apiKey: '' })).toEqual({ gatewayUrl: 'https://origin.test', apiKey: null });
    expect(await store.getItem('ent.apiKey')).toBeNull();
  });
  it('uses OfficeRuntime.storage when Office provides it, else localStorage, else memory', async () => {
    const g = globalThis as { OfficeRuntime?: unknown; localStorage?: unknown };
    expect(g.OfficeRuntime).toBeUndefined();
    const office = memoryStore();
    g.OfficeRuntime = { storage: office };
    try {
      expect(defaultStore()).toBe(office);
    } finally {
      delete g.OfficeRuntime;
    }
    const data = new Map<string, string>();
    g.localStorage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => data.set(k, v), removeItem: (k: string) => data.delete(k) };
    try {
      await defaultStore().setItem('ent.apiKey', 'from-local');
      expect(data.get('ent.apiKey')).toBe('from-local');
    } finally {
      delete g.localStorage;
    }
    const mem = defaultStore();
    await mem.setItem('x', '1');
    expect(await mem.getItem('x')).toBe('1');
  });
});
