/**
 * Journey 2 — the explorer, in a real headless Chromium with no internet: the docs pane lists
 * supportPhase with its description, autocompletion offers supportPhase after `{ supp`, the example
 * query runs; then the same on a production gateway (NODE_ENV=production) with a key in the headers pane.
 * The screenshot of the docs pane goes to .tmp/journeys/; UPDATE_SCREENSHOTS=1 also writes docs/explorer.png.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../server/config/paths.js';
import { gatewaySchema } from '../../server/graphql/schema.js';
import { launchBrowser, type TestBrowser } from '../helpers/browser.js';
import { DEMO, startTestGateway, type TestGateway } from '../helpers/gateway.js';

let dev: TestGateway;
let prod: TestGateway;
let b: TestBrowser;
let description: string;
beforeAll(async () => {
  dev = await startTestGateway();
  prod = await startTestGateway({ databaseUrl: dev.databaseUrl }, { NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  b = await launchBrowser();
  description = (await gatewaySchema()).getQueryType()!.getFields().supportPhase!.description!;
}, 90_000);
afterAll(async () => {
  await b?.close();
  await prod?.stop();
  await dev?.stop();
});

const isIntrospection = (r: { url(): string; request(): { method(): string; postData(): string | null } }) =>
  r.url().endsWith('/graphql') && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('IntrospectionQuery');

/** Opens the explorer; resolves with the status of its (first) introspection request and the time it took. */
async function openExplorer(page: Page, url: string): Promise<{ status: number; ms: number }> {
  const t = performance.now();
  const introspection = page.waitForResponse(isIntrospection, { timeout: 30_000 });
  await page.goto(`${url}/explorer`);
  const r = await introspection;
  const ms = performance.now() - t;
  await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
  return { status: r.status(), ms };
}

/** Replaces the text of a Monaco editor (GraphiQL's panes) as typing would, without its auto-closing brackets. */
async function setEditor(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(`${selector} .monaco-editor .view-lines`).locator('visible=true').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** The docs pane: opened from the sidebar, the Query type's fields listed; returns the pane's text. */
async function docsForQuery(page: Page): Promise<string> {
  if (!(await page.locator('.graphiql-doc-explorer').isVisible())) await page.click('button[aria-label="Show Documentation Explorer"]');
  await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
  await page.waitForFunction(() => document.querySelector('.graphiql-doc-explorer')?.textContent?.includes('supportPhase'), undefined, { timeout: 30_000 });
  return (await page.locator('.graphiql-doc-explorer').innerText()).replace(/\s+/g, ' ');
}

/** Types `{ supp` into the query editor and returns the suggestions shown. */
async function suggestionsFor(page: Page, text: string): Promise<string[]> {
  await setEditor(page, '.graphiql-query-editor', '');
  await page.keyboard.type(text, { delay: 30 });
  const rows = page.locator('.graphiql-query-editor .suggest-widget .monaco-list-row');
  try {
    await rows.first().waitFor({ timeout: 5_000 });
  } catch {
    await page.keyboard.press('Control+Space'); // ask explicitly when typing alone did not open the list
    await rows.first().waitFor({ timeout: 15_000 });
  }
  return rows.allInnerTexts();
}

/** Runs the editor's query and returns the result pane's text. */
async function run(page: Page, expected: string): Promise<{ status: number; shown: string }> {
  const response = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && !(r.request().postData() ?? '').includes('IntrospectionQuery'));
  await page.click('.graphiql-execute-button');
  const status = (await response).status();
  await page.waitForFunction((e) => document.querySelector('.graphiql-response')?.textContent?.includes(e), expected, { timeout: 30_000 });
  return { status, shown: (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ') };
}

describe('journey 2: the explorer with its schema', () => {
  it('development: docs list supportPhase with its description, autocompletion offers it, the example query runs', async () => {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 1400, height: 860 });
    const opened = await openExplorer(page, dev.url);
    console.log(`explorer (development): introspection answered ${opened.status} in ${opened.ms.toFixed(0)} ms after navigation`);
    expect(opened.status).toBe(200);
    // The headers pane shows where the key goes.
    // (The editor fills in after the page settles; on a loaded machine that can be after the schema arrives.)
    await page.waitForFunction(() => /Authorization/.test(document.querySelector('.graphiql-editor-tool')?.textContent ?? ''), undefined, { timeout: 15_000 }).catch(() => undefined);
    expect(((await page.locator('.graphiql-editor-tool').first().textContent()) ?? '').replace(/\s+/g, ' ')).toMatch(/"Authorization": "Bearer ent_…"/);

    const { status, shown } = await run(page, '"EXTENDED"');
    expect(status).toBe(200);
    expect(shown).toMatch(/"phase": "EXTENDED"/);
    expect(shown).not.toMatch(/stacktrace/i);

    const docs = await docsForQuery(page);
    expect(docs).toContain('supportPhase');
    expect(docs).toContain(description.split('\n')[0]!.slice(0, 60));
    await page.locator('.graphiql-doc-explorer a, .graphiql-doc-explorer span').getByText('supportPhase', { exact: true }).first().scrollIntoViewIfNeeded();
    const shot = join(PROJECT_ROOT, '.tmp', 'journeys', 'explorer.png');
    mkdirSync(join(PROJECT_ROOT, '.tmp', 'journeys'), { recursive: true });
    await page.screenshot({ path: shot });
    if (process.env.UPDATE_SCREENSHOTS === '1') copyFileSync(shot, join(PROJECT_ROOT, 'docs', 'explorer.png'));

    expect(await suggestionsFor(page, '{ supp')).toEqual(expect.arrayContaining([expect.stringContaining('supportPhase')]));
    await page.close();
    expect(b.external).toEqual([]);
  }, 120_000);

  it('production: anonymous, the schema is refused with the way to enable it; with a key in the headers pane it is all there', async () => {
    const page = await b.context.newPage();
    const opened = await openExplorer(page, prod.url);
    expect(opened.status).toBe(400);
    // Monaco shows spaces as no-break spaces.
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.replace(/\s/g, ' ').includes('Introspection needs an API key'), undefined, { timeout: 30_000 });
    expect(await page.locator('.graphiql-response').innerText()).not.toMatch(/stacktrace/i);

    await setEditor(page, '.graphiql-editor-tool', `{ "Authorization": "Bearer ${DEMO.tenantA.key}" }`);
    const refetched = page.waitForResponse(isIntrospection, { timeout: 30_000 });
    await page.click('button[aria-label^="Re-fetch GraphQL schema"]');
    const r = await refetched;
    expect(r.status()).toBe(200);
    expect(r.request().headers().authorization).toBe(`Bearer ${DEMO.tenantA.key}`);

    const docs = await docsForQuery(page);
    expect(docs).toContain('supportPhase');
    expect(docs).toContain(description.split('\n')[0]!.slice(0, 60));
    const ran = await run(page, '"EXTENDED"');
    expect(ran.status).toBe(200);
    expect(await suggestionsFor(page, '{ supp')).toEqual(expect.arrayContaining([expect.stringContaining('supportPhase')]));
    await page.close();
    expect(b.external).toEqual([]);
  }, 120_000);
});
