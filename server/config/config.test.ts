import { ConfigError, loadConfig } from './config.js';

describe('loadConfig: hardening settings', () => {
  it('development defaults: introspection and field suggestions on, limits at their documented values', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      production: false,
      introspection: true,
      fieldSuggestions: true,
      maxRequestCost: 3000,
      requestTimeoutMs: 10_000,
      rateLimitUnitsPerMinute: 10_000,
      rateLimitBurst: 15_000,
      catalogueCheckMs: 5000,
    });
  });

  it('NODE_ENV=production turns introspection and "Did you mean" suggestions off', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ production: true, introspection: false, fieldSuggestions: false });
  });

  it('each can be turned back on explicitly, and suggestions follow introspection unless set', () => {
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' })).toMatchObject({ introspection: true, fieldSuggestions: true });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true', GRAPHQL_FIELD_SUGGESTIONS: 'false' })).toMatchObject({ introspection: true, fieldSuggestions: false });
  });

  it('reads the limits from the environment; 0 units per minute turns rate limiting off', () => {
    const c = loadConfig({ RATE_LIMIT_UNITS_PER_MINUTE: '0', RATE_LIMIT_BURST: '50', GRAPHQL_MAX_COST: '5000', REQUEST_TIMEOUT_MS: '2500', CATALOGUE_CHECK_MS: '0' });
    expect(c).toMatchObject({ rateLimitUnitsPerMinute: 0, rateLimitBurst: 50, maxRequestCost: 5000, requestTimeoutMs: 2500, catalogueCheckMs: 0 });
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
