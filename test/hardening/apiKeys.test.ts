/**
 * Finding 3 of issue 15: `createApiKey(tenant: "")` made an ADMIN key. Admin keys are made only when asked
 * for explicitly (createAdminApiKey, `keys create --admin`); an empty tenant is BAD_USER_INPUT, an unknown
 * one TENANT_NOT_FOUND — over the API and in the keys CLI — and no key is created for any of them.
 */
import { keysCommand } from '../../server/cli/keysCommand.js';
import { DEMO, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

const KEYS = `{ apiKeys { id role tenantId } }`;
const keyCount = async () => (await gql(gw.url, KEYS, {}, DEMO.adminKey)).json.data.apiKeys.length;
const create = (tenant: unknown, label = 'for the customer spreadsheet') =>
  gql(gw.url, `mutation($t: ID!, $l: String!) { createApiKey(tenant: $t, label: $l) { id role tenantId secret } }`, { t: tenant, l: label }, DEMO.adminKey);

describe('createApiKey never makes an admin key', () => {
  it('an empty (or blank) tenant is BAD_USER_INPUT and creates no key', async () => {
    const before = await keyCount();
    for (const tenant of ['', '   ']) {
      const r = await create(tenant);
      expect(r.json.data).toBeNull();
      expect(r.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(r.json.errors[0].message).toMatch(/tenant is empty/);
    }
    expect(await keyCount()).toBe(before);
  });

  it('an unknown or malformed tenant id is TENANT_NOT_FOUND and creates no key', async () => {
    const before = await keyCount();
    for (const tenant of ['00000000-0000-4000-8000-000000000000', 'not-a-tenant', "'; drop table api_key; --"]) {
      const r = await create(tenant);
      expect(r.json.errors[0].extensions.code).toBe('TENANT_NOT_FOUND');
    }
    expect(await keyCount()).toBe(before);
  });

  it('without a tenant the request does not validate (the argument is required)', async () => {
    const r = await gql(gw.url, `mutation { createApiKey(label: "x") { role } }`, {}, DEMO.adminKey);
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a tenant key is made for a real tenant; an admin key only by createAdminApiKey', async () => {
    const tenantKey = await create(DEMO.tenantA.id);
    expect(tenantKey.json.data.createApiKey).toMatchObject({ role: 'TENANT', tenantId: DEMO.tenantA.id });
    const admin = await gql(gw.url, `mutation { createAdminApiKey(label: "ops") { role tenantId secret } }`, {}, DEMO.adminKey);
    expect(admin.json.data.createAdminApiKey).toMatchObject({ role: 'ADMIN', tenantId: null });
    expect((await gql(gw.url, `{ tenants { id } }`, {}, admin.json.data.createAdminApiKey.secret)).json.data.tenants.length).toBeGreaterThan(0);
    // A tenant key may not make keys at all.
    const refused = await gql(gw.url, `mutation { createAdminApiKey { role } }`, {}, DEMO.tenantA.key);
    expect(refused.json.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('the keys CLI asks for admin keys explicitly too', () => {
  const cli = (...args: string[]) => keysCommand(gw.gateway.orm.em.fork(), args);

  it('refuses an empty tenant, --admin with --tenant, and a missing tenant, creating nothing', async () => {
    const before = await keyCount();
    expect(await cli('create', '--tenant', '')).toMatchObject({ code: 2, err: [expect.stringMatching(/--tenant is empty/)] });
    expect(await cli('create', '--tenant', '   ', '--label', 'x')).toMatchObject({ code: 2 });
    expect(await cli('create', '--admin', '--tenant', DEMO.tenantA.id)).toMatchObject({ code: 2, err: [expect.stringMatching(/not both/)] });
    expect(await cli('create', '--label', 'x')).toMatchObject({ code: 2, err: [expect.stringMatching(/needs --tenant/)] });
    expect(await cli('create', '--tenant', 'nope')).toMatchObject({ code: 2, err: [expect.stringMatching(/no tenant nope/)] });
    expect(await keyCount()).toBe(before);
  });

  it('makes a tenant key with --tenant and an admin key with --admin', async () => {
    const t = await cli('create', '--tenant', DEMO.tenantB.id);
    expect(t.code).toBe(0);
    expect(t.out[0]).toMatch(new RegExp(`^created tenant key [0-9a-f-]{36} for tenant ${DEMO.tenantB.id}$`));
    const a = await cli('create', '--admin', '--label', 'ops');
    expect(a.code).toBe(0);
    expect(a.out[0]).toMatch(/^created admin key /);
  });
});
