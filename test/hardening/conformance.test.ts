import { serverAudits, type AuditResult } from 'graphql-http';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/**
 * The SHOULDs of the GraphQL-over-HTTP spec the gateway does not meet, and why (README "Reliability").
 * Apollo Server answers a request it cannot execute (unparseable, invalid, variables that do not coerce)
 * with 400 whatever the Accept header; the spec's legacy application/json mode asks for 200 there.
 */
const SHOULDS_NOT_MET: Record<string, string> = {
  '572B': 'a document that does not parse (`{`) is a 400 GRAPHQL_PARSE_FAILED (Apollo Server), also under Accept: application/json',
  FDE2: 'a document that fails validation (an unknown field; also the depth/alias/directive limits) is a 400 GRAPHQL_VALIDATION_FAILED (Apollo Server), also under Accept: application/json',
  '7B9B': 'variables that do not coerce (null for an ID!; an impossible Date) are a 400 BAD_USER_INPUT (Apollo Server), also under Accept: application/json',
};

/**
 * The MAYs not taken: GET requests with no preflight header (no Content-Type and no
 * apollo-require-preflight) are refused by Apollo's CSRF prevention, which the gateway keeps on.
 */
const MAYS_NOT_TAKEN: Record<string, string> = {
  '5A70': 'a plain GET (no apollo-require-preflight header) is refused as a possible CSRF: 400',
  D6D5: 'the same, for a GET with URL-encoded variables under Accept: application/graphql-response+json',
  '6A70': 'the same, for a GET with URL-encoded variables under Accept: application/json',
};

let gw: TestGateway;
let results: AuditResult[];
beforeAll(async () => {
  gw = await startTestGateway();
  results = [];
  for (const audit of serverAudits({ url: `${gw.url}/graphql` })) results.push(await audit.fn());
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

const failing = (level: string) => results.filter((r) => r.name.startsWith(level) && r.status !== 'ok');
const describeResult = (r: AuditResult) => `${r.id} ${r.name}: ${r.status === 'ok' ? 'ok' : r.reason}`;

describe('GraphQL over HTTP conformance (graphql-http server audits against the real server)', () => {
  it('runs the full audit list', () => {
    expect(results.length).toBeGreaterThan(50);
  });

  it('passes every MUST', () => {
    expect(failing('MUST').map(describeResult)).toEqual([]);
  });

  it('misses only the SHOULDs listed in the README, each for the reason given there', () => {
    expect(failing('SHOULD').map((r) => r.id).sort()).toEqual(Object.keys(SHOULDS_NOT_MET).sort());
  });

  it('each SHOULD missed is missed for the reason given: a 400 with a typed error where the legacy mode asks for 200', async () => {
    for (const r of results.filter((x) => x.id in SHOULDS_NOT_MET)) {
      if (r.status === 'ok') continue; // the previous test reports an unexpected pass
      expect(`${r.id} ${r.response.status}`).toBe(`${r.id} 400`);
      const body = (await r.response.clone().json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect(body.data).toBeUndefined();
      expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(body.errors[0]!.extensions.code);
    }
  });

  it('declines only the MAYs listed in the README: plain GETs, refused by CSRF prevention', async () => {
    expect(failing('MAY').map((r) => r.id).sort()).toEqual(Object.keys(MAYS_NOT_TAKEN).sort());
    for (const r of failing('MAY')) {
      if (r.status === 'ok') continue;
      expect(r.response.status).toBe(400);
      expect(await r.response.clone().text()).toMatch(/Cross-Site Request Forgery/);
    }
  });

  it('answers parse, validation and coercion failures 400 under application/graphql-response+json, as the spec asks', () => {
    const ids = ['556A', '5E5B', '74FF', '86EE', 'D586'];
    expect(results.filter((r) => ids.includes(r.id)).map((r) => `${r.id} ${r.status}`).sort()).toEqual(ids.map((id) => `${id} ok`));
  });
});
