import { ConfigError, loadConfig } from './config.js';

describe('loadConfig: hardening settings', () => {
  it('development defaults: introspection and field suggestions on, limits at their documented values', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      production: false,
      introspection: 'on',
      fieldSuggestions: 'on',
      stackTraces: false,
      corsOrigins: [],
      maxRequestCost: 3000,
      requestTimeoutMs: 10_000,
      rateLimitUnitsPerMinute: 10_000,
      rateLimitBurst: 15_000,
      catalogueCheckMs: 5000,
    });
  });

  it('NODE_ENV=production keeps introspection and "Did you mean" suggestions for requests with an API key only', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ production: true, introspection: 'authenticated', fieldSuggestions: 'authenticated', stackTraces: false });
  });

  it('GRAPHQL_INTROSPECTION is on, off or authenticated (true/false/1/0 still read as on/off); suggestions follow it unless set', () => {
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' })).toMatchObject({ introspection: 'on', fieldSuggestions: 'on' });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'on', GRAPHQL_FIELD_SUGGESTIONS: 'false' })).toMatchObject({ introspection: 'on', fieldSuggestions: 'off' });
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'off' })).toMatchObject({ introspection: 'off', fieldSuggestions: 'off' });
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'Authenticated' })).toMatchObject({ introspection: 'authenticated', fieldSuggestions: 'authenticated' });
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'keys' })).toThrow(/on, off or authenticated/);
  });

  it('stack traces are off unless GRAPHQL_STACK_TRACES=on, which production refuses', () => {
    expect(loadConfig({ GRAPHQL_STACK_TRACES: 'on' }).stackTraces).toBe(true);
    expect(() => loadConfig({ NODE_ENV: 'production', GRAPHQL_STACK_TRACES: 'on' })).toThrow(ConfigError);
  });

  it('CORS_ORIGINS: exact origins, normalised and deduplicated; paths, wildcards and other schemes refused', () => {
    expect(loadConfig({ CORS_ORIGINS: ' https://Dash.example.com:443/ , http://localhost:3000,http://localhost:3000' }).corsOrigins).toEqual(['https://dash.example.com', 'http://localhost:3000']);
    for (const bad of ['*', 'https://*.example.com', 'https://example.com/app', 'ftp://example.com', 'example.com']) {
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(ConfigError);
    }
  });

  it('reads the limits from the environment; 0 units per minute turns rate limiting off', () => {
    const c = loadConfig({ RATE_LIMIT_UNITS_PER_MINUTE: '0', RATE_LIMIT_BURST: '50', GRAPHQL_MAX_COST: '5000', REQUEST_TIMEOUT_MS: '2500', CATALOGUE_CHECK_MS: '0' });
    expect(c).toMatchObject({ rateLimitUnitsPerMinute: 0, rateLimitBurst: 50, maxRequestCost: 5000, requestTimeoutMs: 2500, catalogueCheckMs: 0 });
  });

  it('AUTH_CACHE: the in-process key cache is on by default, off with AUTH_CACHE=off, anything else refused', () => {
    expect(loadConfig({}).authCache).toBe(true);
    expect(loadConfig({ AUTH_CACHE: 'on' }).authCache).toBe(true);
    expect(loadConfig({ AUTH_CACHE: 'off' }).authCache).toBe(false);
    expect(() => loadConfig({ AUTH_CACHE: 'sometimes' })).toThrow(ConfigError);
  });

  it.each([
    ['RATE_LIMIT_BURST', '0'],
    ['RATE_LIMIT_UNITS_PER_MINUTE', '-1'],
    ['GRAPHQL_MAX_COST', 'lots'],
    ['REQUEST_TIMEOUT_MS', '1.5'],
  ])('refuses %s=%s with a ConfigError', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
  });
});
