import { daysBetween } from '../server/kernel/dates.js';
import { DEMO, gql, startTestGateway, type TestGateway } from './helpers/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

const A = DEMO.tenantA;
const B = DEMO.tenantB;
const A_COMMIT = '5b0d9a10-0000-4000-8000-000000000101';

const ITEM = 'id productSlug product level count note';
const ADD = `mutation($i: EstateItemInput!) { addEstateItem(input: $i) { ${ITEM} } }`;
const UPDATE = `mutation($id: ID!, $i: EstateItemUpdate!) { updateEstateItem(id: $id, input: $i) { ${ITEM} } }`;
const REMOVE = `mutation($id: ID!) { removeEstateItem(id: $id) }`;
const ESTATE = `{ estate { ${ITEM} } }`;
const IMPORT = `mutation($csv: String!, $replace: Boolean) { importEstateCsv(csv: $csv, replace: $replace) {
  written rows created updated unchanged removed errors { row column value code message candidates } items { productSlug level count note } } }`;
const UPCOMING = `query($from: Date!, $to: Date!) { upcoming(from: $from, to: $to) { from to asOf
  events { key kind date daysLeft title description dateSource count product { slug name levelCode } subscription { id product period } citations { clause } }
  problems { input code message candidates } } }`;

const estateOf = async (key: string) => (await gql(gw.url, ESTATE, undefined, key)).json.data.estate as any[];

describe('the demo estate (seed/demo/demo.json)', () => {
  it('is loaded with the demo tenants, so a new user sees support ends in upcoming at once', async () => {
    expect((await estateOf(A.key)).map((i) => `${i.productSlug}/${i.level}/${i.count}`).sort()).toEqual([
      'eol-windows-11-24h2-e/null/18',
      'sql-server-2016/SP3/1',
      'windows-server-2016/null/3',
      'windows-server-2019/null/2',
    ]);
    const events = (await gql(gw.url, UPCOMING, { from: '2026-07-01', to: '2027-10-31' }, A.key)).json.data.upcoming.events as any[];
    const ends = events.filter((e) => e.product).map((e) => `${e.date} ${e.kind} ${e.product.slug}`);
    expect(ends).toEqual(expect.arrayContaining(['2027-01-12 EXTENDED_END windows-server-2016', '2027-10-12 MAINSTREAM_END eol-windows-11-24h2-e']));
    expect(ends.some((e) => e.startsWith('2026-07-14') && e.endsWith('sql-server-2016'))).toBe(true);
    expect(events.map((e) => e.date)).toEqual(events.map((e) => e.date).sort());
  });

  afterAll(async () => {
    // The tests below start from empty estates.
    for (const t of [A, B]) for (const i of await estateOf(t.key)) await gql(gw.url, REMOVE, { id: i.id }, t.key);
  });
});

describe('estate: products a tenant runs', () => {
  it('adds a product by the name users type, with its level from the name, and lists it', async () => {
    const win7 = await gql(gw.url, ADD, { i: { product: 'win 7', count: 40, note: 'reception PCs' } }, A.key);
    expect(win7.json.errors).toBeUndefined();
    expect(win7.json.data.addEstateItem).toMatchObject({ productSlug: 'windows-7', product: 'Windows 7', level: null, count: 40, note: 'reception PCs' });
    const sql = await gql(gw.url, ADD, { i: { product: 'SQL Server 2016 SP2', count: 3 } }, A.key);
    expect(sql.json.data.addEstateItem).toMatchObject({ productSlug: 'sql-server-2016', level: 'SP2', count: 3 });
    expect((await estateOf(A.key)).map((i) => `${i.productSlug}/${i.level}`)).toEqual(['sql-server-2016/SP2', 'windows-7/null']);
  });

  it('an unknown product is PRODUCT_NOT_FOUND with candidates; an unknown level LEVEL_NOT_FOUND listing the levels; count 0 BAD_USER_INPUT', async () => {
    const unknown = await gql(gw.url, ADD, { i: { product: 'Wndws 7', count: 1 } }, A.key);
    expect(unknown.json.errors[0].extensions).toMatchObject({ code: 'PRODUCT_NOT_FOUND' });
    expect(unknown.json.errors[0].extensions.candidates).toContain('Windows 7');
    const level = await gql(gw.url, ADD, { i: { product: 'SQL Server 2016', level: 'SP9', count: 1 } }, A.key);
    expect(level.json.errors[0].extensions).toMatchObject({ code: 'LEVEL_NOT_FOUND', candidates: expect.arrayContaining(['SP1', 'SP2', 'SP3']) });
    const zeroKnown = await gql(gw.url, ADD, { i: { product: 'Office 2016', count: 0 } }, A.key);
    expect(zeroKnown.json.errors[0]).toMatchObject({ message: expect.stringMatching(/count must be a whole number from 1/), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('the same product and level twice is ESTATE_ITEM_EXISTS naming the existing row', async () => {
    const [win7] = (await estateOf(A.key)).filter((i) => i.productSlug === 'windows-7');
    const again = await gql(gw.url, ADD, { i: { product: 'Windows 7', count: 2 } }, A.key);
    expect(again.json.errors[0].extensions).toMatchObject({ code: 'ESTATE_ITEM_EXISTS', id: win7.id });
  });

  it('updates count and level (typed loosely), and a level of null means the product as a whole', async () => {
    const [win7] = (await estateOf(A.key)).filter((i) => i.productSlug === 'windows-7');
    const sp1 = await gql(gw.url, UPDATE, { id: win7.id, i: { level: 'service pack 1', count: 38 } }, A.key);
    expect(sp1.json.data.updateEstateItem).toMatchObject({ level: 'SP1', count: 38, note: 'reception PCs' });
    const whole = await gql(gw.url, UPDATE, { id: win7.id, i: { level: null } }, A.key);
    expect(whole.json.data.updateEstateItem).toMatchObject({ level: null, count: 38 });
  });

  it('another tenant cannot see, change or remove the row: it is ESTATE_ITEM_NOT_FOUND, like a missing one', async () => {
    const [win7] = (await estateOf(A.key)).filter((i) => i.productSlug === 'windows-7');
    expect(await estateOf(B.key)).toEqual([]);
    const upd = await gql(gw.url, UPDATE, { id: win7.id, i: { count: 1 } }, B.key);
    expect(upd.json.errors[0].extensions.code).toBe('ESTATE_ITEM_NOT_FOUND');
    const rm = await gql(gw.url, REMOVE, { id: win7.id }, B.key);
    expect(rm.json.errors[0].extensions.code).toBe('ESTATE_ITEM_NOT_FOUND');
    const missing = await gql(gw.url, REMOVE, { id: '00000000-0000-4000-8000-000000000000' }, A.key);
    expect(missing.json.errors[0]).toMatchObject({ message: upd.json.errors[0].message, extensions: { code: 'ESTATE_ITEM_NOT_FOUND' } });
    expect((await estateOf(A.key)).find((i) => i.id === win7.id).count).toBe(38);
  });

  it('needs a tenant key: anonymous is UNAUTHENTICATED, an admin key FORBIDDEN', async () => {
    expect((await gql(gw.url, ESTATE)).json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await gql(gw.url, ESTATE, undefined, DEMO.adminKey)).json.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('estate CSV upload', () => {
  it('one bad row means nothing is written, and every problem is listed with row, column, value and candidates', async () => {
    const before = await estateOf(B.key);
    const csv = 'product,level,count\nWindows Server 2012 R2,,4\nWndws 7,,2\nSQL Server 2016,SP9,1\nOffice 2016,,lots\n';
    const r = (await gql(gw.url, IMPORT, { csv }, B.key)).json.data.importEstateCsv;
    expect(r.written).toBe(false);
    expect(r.rows).toBe(4);
    expect(r.errors.map((e: any) => [e.row, e.column, e.value, e.code])).toEqual([
      [3, 'product', 'Wndws 7', 'PRODUCT_NOT_FOUND'],
      [4, 'level', 'SP9', 'LEVEL_NOT_FOUND'],
      [5, 'count', 'lots', 'BAD_USER_INPUT'],
    ]);
    expect(r.errors[0].candidates).toContain('Windows 7');
    expect(r.errors[1].candidates).toEqual(expect.arrayContaining(['SP1', 'SP2', 'SP3']));
    expect(await estateOf(B.key)).toEqual(before);
  });

  it('a clean CSV is written: rows for the same product add up, then a second upload updates counts and replace removes the rest', async () => {
    const csv = 'product;level;count;note\nWindows Server 2012 R2;;4;"Oslo; rack 2"\nWindows 7;SP1;10;\nWin 7;sp1;5;\nOffice 2016;;12;\n';
    const first = (await gql(gw.url, IMPORT, { csv }, B.key)).json.data.importEstateCsv;
    expect(first).toMatchObject({ written: true, rows: 4, created: 3, updated: 0, removed: 0, errors: [] });
    expect(first.items.find((i: any) => i.productSlug === 'windows-7')).toMatchObject({ level: 'SP1', count: 15 });
    expect(first.items.find((i: any) => i.productSlug === 'windows-server-2012-r2')).toMatchObject({ note: 'Oslo; rack 2' });

    const second = (await gql(gw.url, IMPORT, { csv: 'product,level,count\nWindows 7,SP1,15\nOffice 2016,,20\n', replace: true }, B.key)).json.data.importEstateCsv;
    expect(second).toMatchObject({ written: true, created: 0, updated: 1, unchanged: 1, removed: 1 });
    expect(second.items.map((i: any) => `${i.productSlug}:${i.count}`).sort()).toEqual(['microsoft-office-2016:20', 'windows-7:15']);
  });

  it('the header must be product,level,count: an unknown column is reported on row 1 and nothing is written', async () => {
    const r = (await gql(gw.url, IMPORT, { csv: 'name,count\nWindows 7,1\n' }, B.key)).json.data.importEstateCsv;
    expect(r.written).toBe(false);
    expect(r.errors[0]).toMatchObject({ row: 1, column: 'header', value: 'name' });
  });

  it('an upload over 512 KiB is refused as a whole', async () => {
    const r = await gql(gw.url, IMPORT, { csv: `product,count\n${'Windows 7,1\n'.repeat(48_000)}` }, B.key);
    expect(r.json.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/at most 524288 bytes/) });
  });
});

describe('upcoming: every dated event in a window', () => {
  it('tenant A sees its estate’s support ends and its subscription deadlines, sorted by date then kind', async () => {
    const r = await gql(gw.url, UPCOMING, { from: '2026-01-01', to: '2027-12-31' }, A.key);
    expect(r.json.errors).toBeUndefined();
    const events = r.json.data.upcoming.events as any[];
    expect(events.map((e) => `${e.date} ${e.kind} ${e.key}`)).toEqual([
      `2026-07-14 EXTENDED_END EXTENDED_END:sql-server-2016`,
      `2026-12-01 CANCEL_BY CANCEL_BY:sub:${A_COMMIT}:0`,
      `2026-12-14 PRICE_LOCK_END PRICE_LOCK_END:sub:${A_COMMIT}`,
      `2027-01-01 RENEWAL RENEWAL:sub:${A_COMMIT}:1`,
      '2027-03-09 PRICE_LOCK_END PRICE_LOCK_END:sub:5b0d9a10-0000-4000-8000-000000000102',
      `2027-12-01 CANCEL_BY CANCEL_BY:sub:${A_COMMIT}:1`,
    ]);
    const cancelBy = events[1];
    expect(cancelBy).toMatchObject({ title: 'Microsoft 365 Business Standard: last day to cancel before renewal', subscription: { id: A_COMMIT, period: 0 }, dateSource: 'DERIVED' });
    expect(cancelBy.citations.map((c: any) => c.clause)).toContain('T-§11');
    for (const e of events) expect(e.daysLeft).toBe(daysBetween(r.json.data.upcoming.asOf, e.date));
    expect(events[0]).toMatchObject({ product: { slug: 'sql-server-2016', name: 'SQL Server 2016' }, count: 3, dateSource: 'PUBLISHED' });
  });

  it('the window’s edge days are included; the days just outside are not', async () => {
    const on = (await gql(gw.url, UPCOMING, { from: '2026-12-01', to: '2027-01-01' }, A.key)).json.data.upcoming.events.map((e: any) => e.date);
    expect(on).toEqual(['2026-12-01', '2026-12-14', '2027-01-01']);
    const inside = (await gql(gw.url, UPCOMING, { from: '2026-12-02', to: '2026-12-31' }, A.key)).json.data.upcoming.events.map((e: any) => e.date);
    expect(inside).toEqual(['2026-12-14']);
  });

  it('a past window lists the events that have passed, with negative daysLeft', async () => {
    const r = (await gql(gw.url, UPCOMING, { from: '2013-01-01', to: '2022-12-31' }, A.key)).json.data.upcoming;
    expect(r.events.map((e: any) => e.key)).toEqual(expect.arrayContaining(['LEVEL_END:windows-7:RTM', 'MAINSTREAM_END:windows-7', 'EXTENDED_END:windows-7', 'LEVEL_END:sql-server-2016:SP2']));
    expect(r.events.every((e: any) => e.daysLeft < 0)).toBe(true);
  });

  it('from after to, or a window over 20 years, is BAD_USER_INPUT', async () => {
    expect((await gql(gw.url, UPCOMING, { from: '2027-01-02', to: '2027-01-01' }, A.key)).json.errors[0]).toMatchObject({ message: 'from (2027-01-02) is after to (2027-01-01)', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await gql(gw.url, UPCOMING, { from: '2026-01-01', to: '2046-01-02' }, A.key)).json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await gql(gw.url, UPCOMING, { from: '2026-01-01', to: '2046-01-01' }, A.key)).json.errors).toBeUndefined();
  });

  it('anyone can ask about a list of products; names that do not resolve are listed, the rest answered', async () => {
    const Q = `query($p: [String!]!) { upcomingForProducts(products: $p, from: "2015-01-01", to: "2020-12-31") {
      events { key date count } problems { input code candidates } } }`;
    const r = await gql(gw.url, Q, { p: ['Windows 7', 'Wndws 7', 'Windows 7', 'SQL Server 2016 SP1'] });
    expect(r.json.errors).toBeUndefined();
    const { events, problems } = r.json.data.upcomingForProducts;
    expect(problems).toEqual([{ input: 'Wndws 7', code: 'PRODUCT_NOT_FOUND', candidates: expect.arrayContaining(['Windows 7']) }]);
    expect(events.map((e: any) => `${e.date} ${e.key}`)).toEqual([
      '2015-01-13 MAINSTREAM_END:windows-7',
      '2019-07-09 LEVEL_END:sql-server-2016:SP1',
      '2020-01-14 EXTENDED_END:windows-7',
    ]);
    expect(events.every((e: any) => e.count === null)).toBe(true);
  });
});

describe('estate risk view', () => {
  const RISK = `query($m: Int) { estateRisk(withinMonths: $m) { asOf withinMonths horizon
    products { item { productSlug level count } phase supportEnds daysLeft status dateSource }
    commitments { subscription { id product } item { productSlug level } supportEnds renewsOn renewedUntil avoidableUntil daysPastSupport } problems { input } } }`;

  it('lists estate rows past or near end of support, and each commitment renewing past one', async () => {
    await gql(gw.url, ADD, { i: { product: 'Windows 7', level: 'RTM', count: 2 } }, A.key);
    const r = await gql(gw.url, RISK, {}, A.key);
    expect(r.json.errors).toBeUndefined();
    const risk = r.json.data.estateRisk;
    expect(risk.withinMonths).toBe(12);
    const rtm = risk.products.find((p: any) => p.item.level === 'RTM');
    expect(rtm).toMatchObject({ item: { productSlug: 'windows-7', count: 2 }, supportEnds: '2013-04-09', status: 'ENDED', phase: 'END_OF_SUPPORT' });
    const win7 = risk.products.find((p: any) => p.item.productSlug === 'windows-7' && p.item.level === null);
    expect(win7).toMatchObject({ supportEnds: '2020-01-14', status: 'ENDED' });
    const pair = risk.commitments.find((c: any) => c.item.productSlug === 'windows-7' && c.item.level === null);
    expect(pair).toMatchObject({ subscription: { id: A_COMMIT, product: 'Microsoft 365 Business Standard' }, supportEnds: '2020-01-14' });
    expect(pair.renewedUntil > pair.supportEnds).toBe(true);
    expect(risk.commitments.every((c: any) => c.subscription.id === A_COMMIT)).toBe(true); // PAYG never renews
  });

  it('withinMonths outside 0–240 is BAD_USER_INPUT', async () => {
    expect((await gql(gw.url, RISK, { m: 241 }, A.key)).json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
