import { serverAudits, type AuditResult } from 'graphql-http';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/**
 * The SHOULDs of the GraphQL-over-HTTP spec the gateway does not meet, and why (README "Reliability").
 * Apollo Server answers a request it cannot execute (unparseable, invalid, variables that do not coerce)
 * with 400 whatever the Accept header; the spec's legacy application/json mode asks for 200 there.
 */
const SHOULDS_NOT_MET: Record<string, string> = {
  '572B': 'a document that does not parse is a 400 (Apollo Server), also under Accept: application/json',
  FDE2: 'a document that fails validation (including the depth/alias/directive limits) is a 400 (Apollo Server), also under Accept: application/json',
  '7B9B': 'variables that do not coerce (e.g. an impossible Date) are a 400 (Apollo Server), also under Accept: application/json',
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

  it('answers parse, validation and coercion failures 400 under application/graphql-response+json, as the spec asks', () => {
    const ids = ['556A', '5E5B', '74FF', '86EE', 'D586'];
    expect(results.filter((r) => ids.includes(r.id)).map((r) => `${r.id} ${r.status}`).sort()).toEqual(ids.map((id) => `${id} ok`));
  });
});
