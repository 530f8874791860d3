/**
 * Money in = money out, exactly, through the real GraphQL API (docs/domain.md §2 Money bounds): random
 * amounts — up to far beyond what a 64-bit column holds — are recorded with recordPayment, then read back
 * with payments and summed by liability. Every amount is either refused with BAD_USER_INPUT (above
 * 999999999999.99 NOK) or stored and answered to the øre; the cap is the exact sum. Bounded (fixed seed,
 * 30 runs, a few seconds); runs on SQLite and, with npm run test:pg, on PostgreSQL.
 */
import fc from 'fast-check';
import { formatNok, parseNok } from '../../server/kernel/money.js';
import { LIMITS } from '../../server/kernel/limits.js';
import { DEMO, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
let key: string;
beforeAll(async () => {
  gw = await startTestGateway();
  const t = await gql(gw.url, `mutation { createTenant(input: { name: "Money property AS", country: NO, contactPerson: "Kari" }) { id } }`, {}, DEMO.adminKey);
  const k = await gql(gw.url, `mutation($t: ID!) { createApiKey(tenant: $t, label: "property") { secret } }`, { t: t.json.data.createTenant.id }, DEMO.adminKey);
  key = k.json.data.createApiKey.secret;
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

// Øre from 1 to 10^20 (2^53 ≈ 9.0·10^15, 2^63 ≈ 9.2·10^18), biased to the edges, written as people do.
const ore = fc.oneof(
  fc.bigInt({ min: 1n, max: 100_000n }),
  fc.bigInt({ min: 1n, max: 10n ** 20n }),
  fc.bigInt({ min: LIMITS.maxMoneyOre - 3n, max: LIMITS.maxMoneyOre + 3n }),
  fc.bigInt({ min: 2n ** 53n - 3n, max: 2n ** 53n + 3n }),
  fc.bigInt({ min: 2n ** 63n - 3n, max: 2n ** 63n + 3n }),
);
const typed = (o: bigint, style: number) => {
  const exact = formatNok(o);
  if (style === 1 && o % 100n === 0n) return exact.slice(0, -3); // "1234"
  if (style === 2 && o % 10n === 0n) return exact.slice(0, -1); // "1234.5"
  return exact;
};

let run = 0;
it('every amount is refused as BAD_USER_INPUT or stored and read back exactly; the liability cap is the exact sum', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(ore, fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 6 }), async (amounts) => {
      // Each run has its own year, so its liability window holds its payments only.
      const year = 1950 + run++;
      const tag = `run ${year}`;
      let expected = 0n;
      for (const [i, [o, style]] of amounts.entries()) {
        const text = typed(o, style);
        const r = await gql(gw.url, `mutation($a: String!, $p: Date!, $d: String!) { recordPayment(input: { amount: $a, paidOn: $p, description: $d }) { amount { amount } } }`, { a: text, p: `${year}-0${(i % 6) + 3}-15`, d: tag }, key);
        if (o > LIMITS.maxMoneyOre) {
          expect(r.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
          continue;
        }
        expect(r.json.errors).toBeUndefined();
        expect(r.json.data.recordPayment.amount.amount).toBe(formatNok(parseNok(text)));
        expected += o;
      }
      const listed = await gql(gw.url, `{ payments { amount { amount } description } }`, {}, key);
      expect(listed.json.errors).toBeUndefined();
      const mine = listed.json.data.payments.filter((p: any) => p.description === tag).map((p: any) => parseNok(p.amount.amount));
      expect(mine.reduce((a: bigint, b: bigint) => a + b, 0n)).toBe(expected);
      expect(mine.every((m: bigint) => amounts.some(([o]) => o === m))).toBe(true);
      const cap = await gql(gw.url, `query($d: Date!) { liability(incidentOn: $d, negligence: GROSS, loss: DIRECT) { cap { amount } } }`, { d: `${year}-09-01` }, key);
      expect(cap.json.errors).toBeUndefined();
      expect(cap.json.data.liability.cap.amount).toBe(formatNok(expected));
    }),
    { numRuns: 30, seed: 15 },
  );
}, 60_000);
