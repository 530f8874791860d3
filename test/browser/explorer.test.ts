import { launchBrowser, type TestBrowser } from '../helpers/browser.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
let b: TestBrowser;
beforeAll(async () => {
  gw = await startTestGateway();
  b = await launchBrowser();
}, 90_000);
afterAll(async () => {
  await b?.close();
  await gw?.stop();
});

describe('the GraphiQL explorer', () => {
  it('opens at /graphql in a browser with no internet, runs the example query and shows the answer', async () => {
    const page = await b.context.newPage();
    await page.goto(`${gw.url}/graphql`);
    // The editor shows the example query, served with all its assets by the gateway itself.
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    await page.waitForFunction(() => document.body.innerText.includes('supportPhase'), undefined, { timeout: 30_000 });
    const response = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('Windows7'));
    await page.click('.graphiql-execute-button');
    expect((await response).status()).toBe(200);
    await page.waitForFunction(() => document.body.innerText.includes('"EXTENDED"'), undefined, { timeout: 30_000 });
    const shown = (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
    expect(shown).toMatch(/"phase": "EXTENDED"/);
    expect(shown).toMatch(/"phaseEnds": "2020-01-14"/);
    expect(b.external).toEqual([]);
  }, 90_000);

  it('is also served at /explorer', async () => {
    const res = await fetch(`${gw.url}/explorer`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/explorer/static/');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)[a-z0-9.-]+\/[^"']*\.js/i);
  });
});
