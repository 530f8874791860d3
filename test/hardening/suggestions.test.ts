/**
 * Finding 7 of issue 15: with suggestions off (production), a typo in a variable's enum value or input
 * field still answered `Did you mean the enum value "PRINTING"?` / `Did you mean "contactPerson"?` (an
 * admin-only input): graphql-js writes those hints while coercing variables, which Apollo's
 * hideSchemaDetailsFromClientErrors does not cover. They are now removed for every caller who may not see
 * suggestions (schemaVisibilityPlugin; with GRAPHQL_FIELD_SUGGESTIONS=off, formatError for everyone); with
 * them on (development) the hints stay.
 */
import { DEMO, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

let dev: TestGateway;
let prod: TestGateway;
beforeAll(async () => {
  dev = await startTestGateway();
  prod = await startTestGateway({ databaseUrl: dev.databaseUrl }, { NODE_ENV: 'production', LOG_LEVEL: 'silent' });
}, 60_000);
afterAll(async () => {
  await prod?.stop();
  await dev?.stop();
});

const CASES: [string, string, Record<string, unknown>, string | undefined][] = [
  ['an enum value in a variable', `query($t: SupportTopic!) { supportScope(topic: $t, platform: "Windows", version: "7") { decision } }`, { t: 'PRINTNG' }, undefined],
  // Anonymous: since GRAPHQL_FIELD_SUGGESTIONS=authenticated (the production default), a caller with a valid
  // key, who may read the whole schema anyway, gets the hints; the leak was to anonymous callers.
  ['an input field in a variable', `mutation($i: TenantInput!) { createTenant(input: $i) { id } }`, { i: { name: 'x', country: 'NO', contactPersn: 'Kari' } }, undefined],
  ['an input field of a list item', `query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { __typename } }`, { l: [{ prodct: 'Windows 7' }] }, undefined],
  ['an enum value in a literal', `{ supportScope(topic: PRINTNG, platform: "Windows", version: "7") { decision } }`, {}, undefined],
  ['a field name', `{ catalogueInf { products } }`, {}, undefined],
  ['an argument name', `{ supportPhase(prodct: "Windows 7") { phase } }`, {}, undefined],
];

describe('no "Did you mean" in production, wherever graphql-js writes one', () => {
  it.each(CASES)('%s', async (_what, query, variables, key) => {
    const p = await gql(prod.url, query, variables, key);
    expect(p.status).toBe(400);
    const text = JSON.stringify(p.json);
    expect(text).not.toMatch(/did you mean/i);
    expect(text).not.toMatch(/PRINTING|catalogueInfo/);
    expect(p.json.errors[0].extensions.code).toMatch(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/);
  });

  it('development keeps the hints (suggestions on)', async () => {
    const d = await gql(dev.url, CASES[0]![1], CASES[0]![2]);
    expect(JSON.stringify(d.json)).toMatch(/Did you mean the enum value \\"PRINTING\\"\?/);
    const f = await gql(dev.url, CASES[1]![1], CASES[1]![2], DEMO.adminKey);
    expect(JSON.stringify(f.json)).toMatch(/Did you mean \\"contactPerson\\"\?/);
  });
});
