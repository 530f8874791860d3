import type { Page, Route } from 'playwright-core';
import { isoToSerial, serialToIso } from '../../addin/src/client/excelDates.js';
import { buildAddin } from '../addin/buildAddin.js';
import { launchBrowser, type TestBrowser } from '../helpers/browser.js';
import { DEMO, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

const IDS = ['CANCELBY', 'DAYSLEFT', 'DESKOPEN', 'ENTITLED', 'EXTENDEDEND', 'INSCOPE', 'LIABILITYCAP', 'MAINSTREAMEND', 'NEXTOPEN', 'NOTICEDATE', 'PRICELOCKEND', 'PRODUCT', 'PRODUCTS', 'RENEWSON', 'RESOLVE', 'SUPPORTEND', 'SUPPORTPHASE', 'UPCOMING'];
const PHASE_ORDER = ['PRE_RELEASE', 'MAINSTREAM', 'EXTENDED', 'SELF_HELP_ONLY', 'END_OF_SUPPORT'];

/**
 * Runs before the page's own scripts: a stand-in for Excel's CustomFunctions host that records associate().
 * office.js (loaded for real, from the gateway) extends a CustomFunctions object of its own outside Excel;
 * the stand-in's members ignore being overwritten, so the page talks to the stand-in as it would to Excel.
 */
const CUSTOM_FUNCTIONS_SHIM = `(() => {
  class CustomFunctionsError { constructor(code, message) { this.code = code; this.message = message; } }
  window.__associated = [];
  window.__fns = new Map();
  const fixed = (o, k, v) => Object.defineProperty(o, k, { get: () => v, set: () => {}, enumerable: true, configurable: false });
  const cf = {};
  fixed(cf, 'associate', (id, fn) => { window.__associated.push(id); window.__fns.set(id, fn); });
  fixed(cf, 'Error', CustomFunctionsError);
  fixed(cf, 'ErrorCode', { invalidValue: '#VALUE!', notAvailable: '#N/A' });
  fixed(window, 'CustomFunctions', cf);
  // Calls a streaming function as Excel does: its arguments, then a StreamingInvocation; resolves with the
  // first result and keeps the invocation (its later results, and onCanceled) in window.__streams.
  window.__streams = [];
  window.__stream = (id, args) => new Promise((resolve) => {
    const s = { results: [], invocation: null };
    s.invocation = { setResult(v) { s.results.push(v); if (s.results.length === 1) resolve(v); } };
    window.__streams.push(s);
    window.__fns.get(id)(...args, s.invocation);
  });
})();`;

/**
 * `n` single-cell formulas =ENT.SUPPORTPHASE("Windows 7", <serial>) for consecutive serials, invoked as Excel
 * invokes them (1×1 matrices and a StreamingInvocation); answers or "ERR code message".
 */
function callSupportPhase(page: Page, first: number, n: number): Promise<string[]> {
  return page.evaluate(
    async ({ first, n }) => {
      const stream = (window as any).__stream as (id: string, args: unknown[]) => Promise<any>;
      const results = await Promise.all(Array.from({ length: n }, (_, i) => stream('SUPPORTPHASE', [[['Windows 7']], [[first + i]]])));
      return results.map((r) => r[0][0]).map((v) => (typeof v === 'string' ? v : `ERR ${v?.code} ${v?.message}`));
    },
    { first, n },
  );
}

/** One range formula =ENT.SUPPORTPHASE(A2:A<n+1>, B2:B<n+1>) over the same cells: one invocation, one spilled column. */
function rangeSupportPhase(page: Page, first: number, n: number): Promise<string[]> {
  return page.evaluate(
    async ({ first, n }) => {
      const stream = (window as any).__stream as (id: string, args: unknown[]) => Promise<any>;
      const column = await stream('SUPPORTPHASE', [Array.from({ length: n }, () => ['Windows 7']), Array.from({ length: n }, (_, i) => [first + i])]);
      return (column as unknown[][]).map((r) => r[0]).map((v: any) => (typeof v === 'string' ? v : `ERR ${v?.code} ${v?.message}`));
    },
    { first, n },
  );
}

let gw: TestGateway;
let b: TestBrowser;
let page: Page;
const officeJsRequests: string[] = [];
const graphqlPosts: string[] = [];

beforeAll(async () => {
  // Into addin/dist/, which the gateway serves at /addin/, with office.js from the @microsoft/office-js
  // package (OFFICE_JS=local): the page then loads with no request to any other host.
  await buildAddin(undefined, { OFFICE_JS: 'local' });
  // Rate limiting off: this test sends 10,000 lookups from the page and again from Node to check them.
  gw = await startTestGateway({ rateLimitUnitsPerMinute: 0 });
  b = await launchBrowser();
  page = await b.context.newPage();
  await page.addInitScript(CUSTOM_FUNCTIONS_SHIM);
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/addin/office-js/')) officeJsRequests.push(new URL(r.url()).pathname);
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/graphql') graphqlPosts.push(r.url());
  });
  // The host information Excel on the web gives the page, so office.js loads its Excel-on-the-web flavour
  // (outside any host it would pick the Windows desktop one, whose diagnostics frame is on Microsoft's servers).
  await page.goto(`${gw.url}/addin/taskpane.html?_host_Info=Excel$Web$16.01$en-US$$$$16`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Connected'), undefined, { timeout: 30_000 });
}, 180_000);

afterAll(async () => {
  await b?.close();
  await gw?.stop();
});

describe('the Excel add-in in a browser, against a real gateway', () => {
  it('loads office.js from the gateway (OFFICE_JS=local), registers every function through CustomFunctions, and shows the catalogue', async () => {
    expect(((await page.evaluate(() => [...new Set((window as any).__associated as string[])])) as string[]).slice().sort()).toEqual(IDS);
    expect(officeJsRequests[0]).toBe('/addin/office-js/office.js');
    expect(await page.evaluate(() => typeof (window as any).Office?.onReady)).toBe('function');
    expect(await page.locator('#function-list tr').count()).toBe(IDS.length);
    expect(await page.locator('#function-list').innerText()).toContain('=ENT.UPCOMING(TODAY(), EDATE(TODAY(), 24))');
    expect(await page.locator('#status').innerText()).toMatch(/^Connected: \d+ products/);
    expect(await page.locator('#attribution li').count()).toBeGreaterThan(0);
    expect(b.external).toEqual([]);
  });

  it('answers 10,000 SUPPORTPHASE calls correctly in at most 10 requests', async () => {
    const before = graphqlPosts.length;
    const first = isoToSerial('2005-01-01');
    const answers = await callSupportPhase(page, first, 10_000);
    expect(graphqlPosts.length - before).toBeLessThanOrEqual(10);
    expect(answers.filter((a) => a.startsWith('ERR'))).toEqual([]);

    // Spot checks: the mainstream end date is still MAINSTREAM, the day after is EXTENDED.
    expect(answers[isoToSerial('2015-01-13') - first]).toBe('MAINSTREAM');
    expect(answers[isoToSerial('2015-01-14') - first]).toBe('EXTENDED');
    // Phases only move forward as the dates do.
    const order = answers.map((a) => PHASE_ORDER.indexOf(a));
    expect(order.every((o, i) => o >= 0 && (i === 0 || o >= order[i - 1]!))).toBe(true);

    // Every answer equals what the gateway says when asked directly.
    const expected: string[] = [];
    for (let i = 0; i < 10_000; i += 1000) {
      const lookups = Array.from({ length: 1000 }, (_, j) => ({ product: 'Windows 7', date: serialToIso(first + i + j) }));
      const r = await gql(gw.url, 'query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { ... on PhaseAnswer { phase } } }', { l: lookups });
      expected.push(...(r.json.data.supportPhases as { phase: string }[]).map((x) => x.phase));
    }
    expect(answers).toEqual(expected);

    // The same 10,000 cells as one range formula: one invocation, the same answers, still ≤ 10 requests.
    await page.click('#refresh-data');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Cache cleared'), undefined, { timeout: 10_000 });
    const beforeRange = graphqlPosts.length;
    const column = await rangeSupportPhase(page, first, 10_000);
    expect(graphqlPosts.length - beforeRange).toBeLessThanOrEqual(10);
    expect(graphqlPosts.length - beforeRange).toBeGreaterThanOrEqual(10);
    expect(column).toEqual(expected);
    expect(b.external).toEqual([]);
  }, 120_000);

  it('streams live values: DESKOPEN("NO") and SUPPORTPHASE("Windows 7") without dates answer now and keep a timer until cancelled', async () => {
    const out = (await page.evaluate(async () => {
      const stream = (window as any).__stream as (id: string, args: unknown[]) => Promise<any>;
      const open = await stream('DESKOPEN', ['NO', null]);
      const phase = await stream('SUPPORTPHASE', [[['Windows 7'], ['']], null]);
      const streams = (window as any).__streams as { invocation: { onCanceled?: () => void } }[];
      const cancellable = streams.slice(-2).every((s) => typeof s.invocation.onCanceled === 'function');
      for (const s of streams.slice(-2)) s.invocation.onCanceled!();
      return { open, phase, cancellable };
    })) as { open: boolean; phase: unknown[][]; cancellable: boolean };
    const desk = (await gql(gw.url, '{ supportDesk(country: NO) { open } catalogueInfo { timeZone } }')).json.data;
    expect(out.open).toBe(desk.supportDesk.open);
    expect(out.phase).toEqual([['END_OF_SUPPORT'], ['']]);
    expect(out.cancellable).toBe(true);
    expect(desk.catalogueInfo.timeZone).toBe('Europe/Oslo');
    expect(b.external).toEqual([]);
  }, 60_000);

  it('every function answers in the page as the gateway does, with the tenant key saved in the task pane', async () => {
    await page.fill('#api-key', DEMO.tenantA.key);
    await page.click('#save');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Connected'), undefined, { timeout: 30_000 });
    const commitment = '5b0d9a10-0000-4000-8000-000000000101';
    const payg = '5b0d9a10-0000-4000-8000-000000000102';
    const calls: [string, unknown[]][] = [
      ['MAINSTREAMEND', ['Windows 7']],
      ['EXTENDEDEND', ['Windows 7']],
      ['SUPPORTEND', ['Windows 7', 'RTM']],
      ['DAYSLEFT', ['Windows 7', '2020-01-13']],
      ['ENTITLED', ['Windows 7', 'security updates', '2016-01-01']],
      ['ENTITLED', ['Windows 7', 'NON_SECURITY_HOTFIXES', '2016-01-01']],
      ['NOTICEDATE', ['Exchange Online', 'DISRUPTIVE', '2026-01-31']],
      ['PRODUCTS', ['Windows 7']],
      ['PRODUCT', ['Windows 7']],
      ['CANCELBY', [commitment, '2026-06-01']],
      ['RENEWSON', [commitment, '2026-06-01']],
      ['PRICELOCKEND', [commitment]],
      ['RENEWSON', [payg, '2026-06-01']],
      ['LIABILITYCAP', ['2026-06-01']],
      ['INSCOPE', ['printing', 'Windows 11']],
      ['DESKOPEN', ['NO', '2026-11-23 09:30']],
      ['NEXTOPEN', ['NO', '2026-11-23 18:00']],
    ];
    const out = (await page.evaluate(async (calls) => {
      const fns = (window as any).__fns as Map<string, (...a: unknown[]) => Promise<unknown>>;
      const settled = await Promise.allSettled(calls.map(([id, args]) => fns.get(id)!(...args)));
      return settled.map((s) => (s.status === 'fulfilled' ? { value: s.value } : { code: s.reason?.code, message: s.reason?.message }));
    }, calls)) as { value?: any; code?: string; message?: string }[];
    const v = (i: number) => out[i]!.value;
    const key = DEMO.tenantA.key;
    const d = (await gql(gw.url, `{ c: subscriptionDeadlines(subscription: "${commitment}", asOf: "2026-06-01") { cancelBy renewsOn priceLockedUntil }
      p: subscriptionDeadlines(subscription: "${payg}", asOf: "2026-06-01") { renewsOn }
      l: liability(incidentOn: "2026-06-01", negligence: GROSS, loss: DIRECT) { cap { amount } }
      s: supportScope(topic: PRINTING, platform: "Windows 11") { decision }
      n: onlineServiceNotice(service: "Exchange Online", change: DISRUPTIVE, announcedOn: "2026-01-31") { earliestEffectiveDate } }`, undefined, key)).json.data;

    expect(v(0)).toBe(isoToSerial('2015-01-13'));
    expect(v(1)).toBe(isoToSerial('2020-01-14'));
    expect(v(2)).toBe(isoToSerial('2013-04-09'));
    expect(v(3)).toBe(1);
    expect(v(4)).toBe(true);
    expect(v(5)).toMatch(/^CONDITIONAL: /);
    expect(v(6)).toBe(isoToSerial(d.n.earliestEffectiveDate));
    expect(v(7)[0]).toEqual(['Name', 'Family', 'Policy', 'GA', 'Mainstream end', 'Extended end']);
    expect(v(7).slice(1).map((r: unknown[]) => r[0])).toContain('Windows 7');
    // No Office here (no CustomFunctionsRuntime 1.4): the card falls back to the product's name.
    expect(v(8)).toBe('Windows 7');
    expect([v(9), v(10), v(11)]).toEqual([d.c.cancelBy, d.c.renewsOn, d.c.priceLockedUntil].map(isoToSerial));
    expect(d.p.renewsOn).toBeNull();
    expect(out[12]).toMatchObject({ code: '#N/A', message: expect.stringContaining('does not renew') });
    expect(v(13)).toBe(Number(d.l.cap.amount));
    expect(v(14)).toBe(d.s.decision);
    expect(v(15)).toBe(true);
    expect(v(16)).toBeCloseTo(isoToSerial('2026-11-24') + 8 / 24, 9);
    expect(b.external).toEqual([]);
  }, 60_000);

  it('settles every pending call with an error when the gateway stops', async () => {
    const held: Route[] = [];
    let stopped = false;
    await page.route('**/graphql', (route) => (stopped ? route.continue() : void held.push(route)));
    const first = isoToSerial('2040-01-01');
    await page.evaluate(
      ({ first, n }) => {
        const fn = (window as any).__fns.get('SUPPORTPHASE') as (p: string, d: number) => Promise<string>;
        (window as any).__pending = Promise.allSettled(Array.from({ length: n }, (_, i) => fn('Windows 7', first + i)));
      },
      { first, n: 6000 },
    );
    // 6,000 lookups are 6 requests: 4 in flight (held here, before reaching the gateway), 2 queued.
    for (let t = 0; held.length < 4 && t < 200; t++) await new Promise((r) => setTimeout(r, 50));
    expect(held).toHaveLength(4);
    await gw.stop();
    stopped = true;
    for (const r of held) await r.continue().catch(() => {});
    const outcomes = (await page.evaluate(async () =>
      ((await (window as any).__pending) as PromiseSettledResult<string>[]).map((s) => (s.status === 'rejected' ? { code: s.reason?.code, message: s.reason?.message } : { value: s.value })),
    )) as { code?: string; message?: string; value?: string }[];
    expect(outcomes).toHaveLength(6000);
    for (const o of outcomes) expect(o).toEqual({ code: '#N/A', message: expect.stringMatching(/^Gateway unreachable: /) });
    expect(b.external).toEqual([]);
  }, 120_000);
});
