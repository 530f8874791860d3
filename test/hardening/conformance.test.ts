import { serverAudits } from 'graphql-http';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

it('explore', async () => {
  const out: string[] = [];
  for (const a of serverAudits({ url: `${gw.url}/graphql` })) {
    const r = await a.fn();
    out.push(`${r.status} ${r.id} ${r.name} ${r.status !== 'ok' ? (r as any).reason : ''}`);
  }
  console.log(out.join('\n'));
}, 60_000);
