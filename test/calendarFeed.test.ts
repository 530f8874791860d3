import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ical from 'node-ical';
import { addYears } from '../server/kernel/dates.js';
import { PROJECT_ROOT, SEED_CATALOGUE } from '../server/config/paths.js';
import { importFile } from '../server/lifecycle/import/catalogueImport.js';
import { DEMO, gql, startTestGateway, type TestGateway } from './helpers/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
  // Tenant A runs SQL Server 2016 SP3 and Windows Server 2012 R2 with its third paid ESU year; tenant B Office 2016 only.
  const add = `mutation($i: EstateItemInput!) { addEstateItem(input: $i) { id } }`;
  for (const i of [{ product: 'SQL Server 2016', level: 'SP3', count: 3 }, { product: 'Windows Server 2012 R2', level: 'ESU Year 3', count: 4 }]) await gql(gw.url, add, { i }, A.key);
  await gql(gw.url, add, { i: { product: 'Office 2016', count: 9 } }, B.key);
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

const A = DEMO.tenantA;
const B = DEMO.tenantB;
const CREATE = `mutation($l: String) { createCalendarFeed(label: $l) { path feed { id prefix label createdAt revokedAt } } }`;
const REVOKE = `mutation($id: ID!) { revokeCalendarFeed(id: $id) { id revokedAt } }`;
const FEEDS = `{ calendarFeeds { id label revokedAt } }`;

async function createFeed(key: string, label = 'IT') {
  const r = await gql(gw.url, CREATE, { l: label }, key);
  expect(r.json.errors).toBeUndefined();
  return r.json.data.createCalendarFeed as { path: string; feed: { id: string; prefix: string } };
}

async function fetchFeed(path: string) {
  const res = await fetch(`${gw.url}${path}`);
  return { status: res.status, type: res.headers.get('content-type'), cache: res.headers.get('cache-control'), text: await res.text() };
}

const vevents = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
const localDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('tenant calendar feed', () => {
  it('is created with a secret path shown once, and listed without it', async () => {
    const created = await createFeed(A.key, 'Procurement');
    expect(created.path).toMatch(/^\/calendar\/cal_[0-9a-f]{40}\.ics$/);
    expect(created.path).toContain(created.feed.prefix);
    const feeds = (await gql(gw.url, FEEDS, undefined, A.key)).json.data.calendarFeeds;
    expect(feeds).toContainEqual({ id: created.feed.id, label: 'Procurement', revokedAt: null });
    expect(JSON.stringify(feeds)).not.toContain(created.path.slice(10, 54));
  });

  it('serves valid iCalendar that an independent parser reads: all-day events with stable UIDs and 90/30/7-day alarms', async () => {
    const { path } = await createFeed(A.key);
    const feed = await fetchFeed(path);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    expect(feed.cache).toContain('private');
    expect(feed.text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(feed.text).toMatch(/\r\nMETHOD:PUBLISH\r\n/);
    const unfolded = feed.text.replace(/\r\n /g, '');
    expect(unfolded).toMatch(/\r\nX-WR-CALNAME:Fjordvik Regnskap AS \(fictional\): support ends and subscription deadlines\r\n/);
    expect(feed.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of feed.text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    const events = vevents(feed.text);
    expect(events.length).toBeGreaterThan(3);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    for (const e of events) {
      expect(e.uid).toMatch(/^[0-9a-f]{32}@entitlement-gateway$/);
      expect(e.start.dateOnly).toBe(true);
      expect(e.alarms?.map((a) => a.trigger)).toEqual(['-P90D', '-P30D', '-P7D']);
    }
    const summaries = events.map((e) => String(e.summary));
    expect(summaries).toContain('Microsoft 365 Business Standard: last day to cancel before renewal');
    expect(summaries).toContain('SQL Server 2016: last day of extended support');
    expect(summaries).toContain('Windows Server 2012 R2 Extended Security Update Year 3: last day of support for this level');
  });

  it('shows today − 1 year … today + 10 years only', async () => {
    const { path } = await createFeed(A.key);
    const events = vevents((await fetchFeed(path)).text);
    const today = localDate(new Date());
    for (const e of events) {
      expect(localDate(e.start) >= addYears(today, -1)).toBe(true);
      expect(localDate(e.start) <= addYears(today, 10)).toBe(true);
    }
    expect(events.map((e) => String(e.summary))).not.toContain('Windows Server 2012 R2: last day of extended support'); // 2023-10-10
  });

  it('a token shows its own tenant only', async () => {
    const a = vevents((await fetchFeed((await createFeed(A.key)).path)).text).map((e) => String(e.summary)).join('\n');
    const b = vevents((await fetchFeed((await createFeed(B.key)).path)).text).map((e) => String(e.summary)).join('\n');
    expect(a).toContain('Microsoft 365 Business Standard');
    expect(a).not.toContain('Office 365 E3');
    expect(b).toContain('Office 365 E3');
    expect(b).not.toMatch(/Microsoft 365 Business Standard|SQL Server 2016|Windows Server 2012 R2/);
  });

  it('tenant B can neither list nor revoke tenant A’s feed: CALENDAR_FEED_NOT_FOUND, and A’s URL keeps working', async () => {
    const { path, feed } = await createFeed(A.key);
    expect((await gql(gw.url, FEEDS, undefined, B.key)).json.data.calendarFeeds.map((f: any) => f.id)).not.toContain(feed.id);
    const r = await gql(gw.url, REVOKE, { id: feed.id }, B.key);
    expect(r.json.errors[0].extensions.code).toBe('CALENDAR_FEED_NOT_FOUND');
    expect((await fetchFeed(path)).status).toBe(200);
  });

  it('a revoked URL answers 404 exactly like an unknown or malformed one, with no hint why', async () => {
    const { path, feed } = await createFeed(A.key);
    const revoked = await gql(gw.url, REVOKE, { id: feed.id }, A.key);
    expect(revoked.json.data.revokeCalendarFeed.revokedAt).not.toBeNull();
    const gone = await fetchFeed(path);
    const unknown = await fetchFeed(`/calendar/cal_${'0'.repeat(40)}.ics`);
    const malformed = await fetchFeed('/calendar/not-a-token.ics');
    expect([gone.status, unknown.status, malformed.status]).toEqual([404, 404, 404]);
    expect(new Set([gone.text, unknown.text, malformed.text]).size).toBe(1);
    expect(gone.cache).toBe('no-store');
    const again = await gql(gw.url, REVOKE, { id: feed.id }, A.key);
    expect(again.json.data.revokeCalendarFeed.revokedAt).toBe(revoked.json.data.revokeCalendarFeed.revokedAt);
  });

  it('only GET and HEAD are allowed', async () => {
    const { path } = await createFeed(A.key);
    expect((await fetch(`${gw.url}${path}`, { method: 'POST' })).status).toBe(405);
    const head = await fetch(`${gw.url}${path}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('a corrected date moves the event in place: same UID, new date, higher SEQUENCE', async () => {
    const { path } = await createFeed(A.key);
    const before = vevents((await fetchFeed(path)).text).find((e) => e.summary === 'SQL Server 2016: last day of extended support')!;
    expect(localDate(before.start)).toBe('2026-07-14');

    // Import a corrected SQL Server 2016 record (hypothetical new date two years after today) in catalogue format.
    const seed = JSON.parse(readFileSync(SEED_CATALOGUE, 'utf8'));
    const sql = seed.products.find((p: any) => p.slug === 'sql-server-2016');
    const moved = addYears(localDate(new Date()), 2);
    const corrected = { ...sql, extendedEnd: moved, levels: sql.levels.map((l: any) => (l.code === 'SP3' ? { ...l, end: moved } : l)) };
    const dir = join(PROJECT_ROOT, '.tmp', 'calendar-test');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `catalogue-${process.pid}.json`);
    writeFileSync(file, JSON.stringify({ ...seed, products: [corrected] }));
    const summary = await importFile(gw.gateway.orm, file);
    expect(summary).toMatchObject({ updated: 1 });
    await gw.gateway.catalogue.reload();

    const after = vevents((await fetchFeed(path)).text).find((e) => e.summary === 'SQL Server 2016: last day of extended support')!;
    expect(after.uid).toBe(before.uid);
    expect(localDate(after.start)).toBe(moved);
    expect(Number(after.sequence)).toBeGreaterThan(Number(before.sequence));
  }, 30_000);
});

describe('product calendar feed (no tenant)', () => {
  it('serves the support ends of the products (and levels) named in the URL', async () => {
    const feed = await fetchFeed(`/calendar/products.ics?product=${encodeURIComponent('Windows Server 2012 R2 ESU3')}&product=${encodeURIComponent('SQL Server 2016')}`);
    expect(feed.status).toBe(200);
    expect(feed.cache).toContain('public');
    const summaries = vevents(feed.text).map((e) => String(e.summary));
    expect(summaries).toEqual(expect.arrayContaining([
      'Windows Server 2012 R2 Extended Security Update Year 3: last day of support for this level',
      'SQL Server 2016: last day of extended support',
    ]));
    expect(summaries.every((s) => /^(Windows Server 2012 R2|SQL Server 2016)/.test(s))).toBe(true);
  });

  it('its UIDs do not collide with a tenant’s for the same product', async () => {
    const product = vevents((await fetchFeed(`/calendar/products.ics?product=${encodeURIComponent('SQL Server 2016')}`)).text).map((e) => e.uid);
    const tenant = vevents((await fetchFeed((await createFeed(A.key)).path)).text).map((e) => e.uid);
    expect(product.length).toBeGreaterThan(0);
    expect(product.filter((u) => tenant.includes(u))).toEqual([]);
  });

  it('a name that does not resolve is a 400 listing it with candidates', async () => {
    const feed = await fetchFeed(`/calendar/products.ics?product=${encodeURIComponent('Windows 7')}&product=${encodeURIComponent('Wndws 7')}`);
    expect(feed.status).toBe(400);
    expect(feed.text).toContain('Wndws 7');
    expect(feed.text).toContain('Windows 7');
  });

  it('no product, or more than 50, is a 400', async () => {
    expect((await fetchFeed('/calendar/products.ics')).status).toBe(400);
    const fiftyOne = Array.from({ length: 51 }, () => 'product=Windows%207').join('&');
    const tooMany = await fetchFeed(`/calendar/products.ics?${fiftyOne}`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.text).toMatch(/At most 50/);
    const fifty = Array.from({ length: 50 }, () => 'product=Windows%207').join('&');
    expect((await fetchFeed(`/calendar/products.ics?${fifty}`)).status).toBe(200);
  });
});
