import { gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

it('explore', async () => {
  const deep = `{ products { edges { node { levels { code } } } } }`;
  const show = async (label: string, q: string, v?: any) => { const r = await gql(gw.url, q, v); console.log(label, r.status, JSON.stringify(r.json).slice(0, 600)); };
  await show('ok', deep);
  await show('alias', `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: catalogueInfo { products }`).join(' ')} }`);
  await show('dir', `{ catalogueInfo { ${Array.from({ length: 11 }, (_, i) => `products @include(if: true)`).join(' ')} } }`);
  await show('typo', `{ catalogueInf { products } }`);
  await show('date', `{ supportPhase(product: "Windows 7", date: "2023-02-30") { phase } }`);
  await show('frag', `query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`);
}, 60_000);
