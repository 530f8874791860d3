/**
 * Findings 5 and 6 of issue 15.
 * 5. A NUL in any stored string (subscription product, payment description, estate note by add, update and
 *    CSV, feed label, tenant name, key label) gave INTERNAL_SERVER_ERROR and the log `unrecognized token:
 *    "'a"`: MikroORM 7 formats every value into the SQL text (mikro-orm/mikro-orm#8001), and the NUL ended
 *    SQLite's statement inside the literal. The gateway now binds every value (server/db/boundDrivers.ts),
 *    and refuses control characters in every text input with BAD_USER_INPUT (server/kernel/text.ts).
 * 6. Control characters (VT, FF, ESC, DEL, FS/GS/RS) reached the .ics raw: refused at input, stripped at
 *    output (server/calendar/ical.ts).
 */
import { randomUUID } from 'node:crypto';
import { Payment } from '../../server/subscriptions/db/Payment.entity.js';
import { Subscription } from '../../server/subscriptions/db/Subscription.entity.js';
import { Tenant } from '../../server/tenancy/Tenant.entity.js';
import { DEMO, gql, startTestGateway, usePostgres, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
let logged: string[] = [];
beforeAll(async () => {
  gw = await startTestGateway({}, { NODE_ENV: 'production' });
  // Capture what the gateway logs: the NUL case used to log an ERROR.
  for (const level of ['warn', 'error'] as const) {
    const original = gw.gateway.log[level];
    gw.gateway.log[level] = (msg: string, extra?: unknown) => {
      logged.push(`${level} ${msg} ${extra instanceof Error ? extra.message : ''}`);
      void original;
    };
  }
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});
beforeEach(() => {
  logged = [];
});

const A = DEMO.tenantA.key;
const CONTROLS = ['\u0000', '\u000B', '\u000C', '\u001B', '\u007F', '\u001C', '\u001D', '\u001E', '\u0085'];
const SUB = `mutation($p: String!) { createSubscription(input: { product: $p, billingModel: PAY_AS_YOU_GO, orderDate: "2026-01-01", seats: 1, unitPrice: "1" }) { id } }`;

/** Every place the issue stored a string: [what, key, query, variables for a text]. */
const inputs: [string, string, string, (t: string) => Record<string, unknown>][] = [
  ['subscription product', A, SUB, (t) => ({ p: `M365 ${t}a` })],
  ['payment description', A, `mutation($d: String!) { recordPayment(input: { amount: "1", paidOn: "2026-01-01", description: $d }) { id } }`, (t) => ({ d: `x${t}a` })],
  ['estate note (add)', A, `mutation($n: String) { addEstateItem(input: { product: "Windows 10", count: 1, note: $n }) { id } }`, (t) => ({ n: `n${t}a` })],
  ['feed label', A, `mutation($l: String!) { createCalendarFeed(label: $l) { path } }`, (t) => ({ l: `l${t}a` })],
  ['key label', DEMO.adminKey, `mutation($l: String!) { createApiKey(tenant: "${DEMO.tenantA.id}", label: $l) { id } }`, (t) => ({ l: `k${t}a` })],
  ['tenant name', DEMO.adminKey, `mutation($n: String!) { createTenant(input: { name: $n, country: NO, contactPerson: "Kari" }) { id } }`, (t) => ({ n: `T${t}a` })],
  ['tenant contact person', DEMO.adminKey, `mutation($n: String!) { createTenant(input: { name: "T", country: NO, contactPerson: $n }) { id } }`, (t) => ({ n: `K${t}a` })],
  ['void reason', A, `mutation($r: String!) { voidPayment(id: "00000000-0000-4000-8000-000000000000", reason: $r) { id } }`, (t) => ({ r: `r${t}a` })],
  ['lookup name', A, `query($p: String!) { supportPhase(product: $p) { phase } }`, (t) => ({ p: `Windows 7${t}` })],
  ['support platform', A, `query($p: String!) { supportScope(topic: PRINTING, platform: $p, version: "7") { decision } }`, (t) => ({ p: `Windows${t}` })],
];

describe('control characters in text inputs are BAD_USER_INPUT, never INTERNAL_SERVER_ERROR', () => {
  it.each(inputs)('%s: NUL, VT, FF, ESC, DEL, FS, GS, RS and NEL are refused and nothing is stored', async (_what, key, query, vars) => {
    for (const c of CONTROLS) {
      const r = await gql(gw.url, query, vars(c), key);
      const code = r.json.errors?.[0]?.extensions?.code;
      expect([JSON.stringify(c), code]).toEqual([JSON.stringify(c), 'BAD_USER_INPUT']);
      expect(r.json.errors[0].message).toMatch(/control character U\+00/);
    }
    expect(logged.filter((l) => l.startsWith('error'))).toEqual([]);
  });

  it('the same in a document literal', async () => {
    const r = await gql(gw.url, `mutation { createCalendarFeed(label: "a\\u0000b") { path } }`, {}, A);
    expect(r.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('tabs and line breaks are text: a note may hold them', async () => {
    const r = await gql(gw.url, `mutation($n: String) { addEstateItem(input: { product: "Windows 8.1", count: 1, note: $n }) { note } }`, { n: 'rack 3\tshelf 2\nbuilding B' }, A);
    expect(r.json.data.addEstateItem.note).toBe('rack 3\tshelf 2\nbuilding B');
  });

  it('estate note by update and by CSV: a row error, not a failure', async () => {
    const id = (await gql(gw.url, '{ estate { id } }', {}, A)).json.data.estate[0].id;
    const u = await gql(gw.url, `mutation($id: ID!, $n: String) { updateEstateItem(id: $id, input: { note: $n }) { id } }`, { id, n: 'a\u0000b' }, A);
    expect(u.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const csv = await gql(gw.url, `mutation($c: String!) { importEstateCsv(csv: $c) { written errors { row column code message } } }`, { c: 'product,level,count,note\nWindows 7,,1,"a\u0000b"\nWindows 8\u001B,,1,\n' }, A);
    expect(csv.json.data.importEstateCsv.written).toBe(false);
    expect(csv.json.data.importEstateCsv.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'note', code: 'BAD_USER_INPUT' }),
      expect.objectContaining({ row: 3, column: 'product', code: 'BAD_USER_INPUT' }),
    ]);
  });

  it('in a bulk lookup only the item with the control character fails', async () => {
    const r = await gql(gw.url, `query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { __typename ... on LookupError { code } } }`, { l: [{ product: 'Windows 7' }, { product: 'Windows\u0000 7' }] });
    expect(r.json.data.supportPhases).toEqual([{ __typename: 'PhaseAnswer' }, { __typename: 'LookupError', code: 'BAD_USER_INPUT' }]);
  });
});

describe('the root cause: values are bound as parameters, never formatted into SQL', () => {
  it('a string with NUL, quotes and placeholders is sent as a parameter, not as SQL text', async () => {
    const em = gw.gateway.orm.em.fork();
    const marker = `nul\u0000'"?$1\\ ${randomUUID()}`;
    const client = (em.getConnection() as unknown as { getClient(): { executeQuery(q: { sql: string; parameters: readonly unknown[] }): Promise<unknown> } }).getClient();
    const sent: { sql: string; parameters: readonly unknown[] }[] = [];
    const original = client.executeQuery;
    client.executeQuery = function (this: unknown, q: { sql: string; parameters: readonly unknown[] }, ...rest: unknown[]) {
      sent.push({ sql: q.sql, parameters: q.parameters });
      return (original as (...a: unknown[]) => Promise<unknown>).call(this, q, ...rest);
    };
    try {
      // PostgreSQL refuses NUL in text even as a parameter: a data exception (22021), not a syntax error.
      const refused = await em.find(Payment, { description: marker }).then(() => null, (e: { code?: string }) => e);
      if (usePostgres()) expect(refused).toMatchObject({ code: '22021' });
      else expect(refused).toBeNull();
    } finally {
      client.executeQuery = original;
    }
    expect(sent).toHaveLength(1);
    expect(sent[0]!.sql).not.toContain('nul');
    expect(sent[0]!.parameters).toContain(marker);
  });

  it('stored directly (past the input checks), NUL and quotes round-trip exactly on SQLite; PostgreSQL refuses NUL as data, not as a syntax error', async () => {
    const em = gw.gateway.orm.em.fork();
    const text = `a\u0000b'c"; drop table payment; --`;
    em.create(Payment, { id: randomUUID(), tenant: em.getReference(Tenant, DEMO.tenantA.id), amountOre: 100n, paidOn: '2020-01-01', coversSupportOrOffice365: false, description: text });
    if (usePostgres()) {
      const e = await em.flush().catch((x: { code?: string; sqlState?: string }) => x);
      expect(e).toMatchObject({ code: '22021' }); // invalid byte sequence for encoding "UTF8": 0x00
      return;
    }
    await em.flush();
    const back = await gw.gateway.orm.em.fork().findOne(Payment, { description: text });
    expect(back?.description).toBe(text);
  });
});

describe('control characters never reach the .ics', () => {
  it('refused at input, and stripped at output should one be stored (here: written past the checks)', async () => {
    const em = gw.gateway.orm.em.fork();
    em.create(Subscription, {
      id: randomUUID(), tenant: em.getReference(Tenant, DEMO.tenantA.id), product: 'M365\u000B\u000C\u001B\u007F\u001C\u001D\u001E\u0000 E3', billingModel: 'COMMITMENT',
      termMonths: 12, orderDate: '2026-01-01', termStart: '2026-01-01', seats: 1, unitPriceOre: 100n, createdAt: new Date(), endUserSupportIncluded: false,
    });
    if (usePostgres()) return; // PostgreSQL stores no NUL; the other characters are covered by the unit test of ical.ts
    await em.flush();
    const path = (await gql(gw.url, `mutation { createCalendarFeed(label: "ics") { path } }`, {}, A)).json.data.createCalendarFeed.path;
    const text = await (await fetch(`${gw.url}${path}`)).text();
    expect(text).toContain('M365 E3');
    // eslint-disable-next-line no-control-regex
    const invalid = text.split('\r\n').filter((l) => /[\u0000-\u0008\u000A-\u001F\u007F]/.test(l));
    expect(invalid).toEqual([]);
  });
});
