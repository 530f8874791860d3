/**
 * Finding 11 of issue 15: lone surrogates were stored as U+FFFD while the reply showed what was sent; the
 * 500-character note limit counted UTF-16 units (500 emoji refused); a name with a zero-width space or soft
 * hyphen answered "Unknown product 'Windows 7 SP1'", indistinguishable from a valid name. Now invalid text
 * is refused (BAD_USER_INPUT, or BAD_REQUEST for a body that is not UTF-8), lengths count characters
 * (code points), and names are normalised (NFKC, invisible characters removed) before they are resolved.
 */
import { DEMO, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

const A = DEMO.tenantA.key;
const ADD = `mutation($p: String!, $n: String) { addEstateItem(input: { product: $p, count: 1, note: $n }) { id product level note } }`;

describe('invalid text is refused, not changed', () => {
  it('a lone surrogate in a note or a feed label is BAD_USER_INPUT, and nothing becomes U+FFFD', async () => {
    for (const lone of ['\uD800', '\uDFFF', 'a\uD83Db']) {
      const note = await gql(gw.url, ADD, { p: 'Windows 10', n: `note ${lone}` }, A);
      expect(note.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(note.json.errors[0].message).toMatch(/lone surrogate/);
      const feed = await gql(gw.url, `mutation($l: String!) { createCalendarFeed(label: $l) { path } }`, { l: lone }, A);
      expect(feed.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    const stored = JSON.stringify((await gql(gw.url, '{ estate { note } calendarFeeds { label } subscriptions { product } }', {}, A)).json.data);
    expect(stored).not.toContain('\uFFFD');
  });

  it('a lone surrogate in a lookup name is that lookup’s BAD_USER_INPUT', async () => {
    const r = await gql(gw.url, `query($p: String!) { supportPhase(product: $p) { phase } }`, { p: 'Windows 7\uD800' });
    expect(r.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a request body that is not UTF-8 is 400 BAD_REQUEST, not decoded with replacement characters', async () => {
    const body = Buffer.concat([Buffer.from('{"query":"{ supportPhase(product: \\"Windows 7'), Buffer.from([0xff, 0xfe]), Buffer.from('\\") { phase } }"}')]);
    const r = await fetch(`${gw.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(r.status).toBe(400);
    expect((await r.json()).errors[0]).toMatchObject({ message: 'The request body is not valid UTF-8', extensions: { code: 'BAD_REQUEST' } });
  });
});

describe('characters are counted as people count them', () => {
  it('500 emoji are a 500-character note (accepted and stored exactly); 501 are too many', async () => {
    const fiveHundred = '😀'.repeat(500);
    const ok = await gql(gw.url, ADD, { p: 'Windows 8.1', n: fiveHundred }, A);
    expect(ok.json.errors).toBeUndefined();
    expect(ok.json.data.addEstateItem.note).toBe(fiveHundred);
    const back = (await gql(gw.url, '{ estate { id note } }', {}, A)).json.data.estate.find((e: any) => e.id === ok.json.data.addEstateItem.id);
    expect(back.note).toBe(fiveHundred);
    const tooMany = await gql(gw.url, ADD, { p: 'Windows XP', n: '😀'.repeat(501) }, A);
    expect(tooMany.json.errors[0]).toMatchObject({ message: 'note is longer than 500 characters', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('a 200-character label of accented letters and emoji is accepted', async () => {
    const r = await gql(gw.url, `mutation($l: String!) { createCalendarFeed(label: $l) { feed { label } } }`, { l: 'æøå🎉'.repeat(50) }, A);
    expect(r.json.data.createCalendarFeed.feed.label).toBe('æøå🎉'.repeat(50));
  });
});

describe('names are normalised before they are resolved', () => {
  it.each([
    ['a soft hyphen', 'Windows 7 S\u00adP1', 'SP1'],
    ['a zero-width space', 'Win\u200bdows 7', null],
    ['a zero-width joiner and a BOM', '\uFEFFWindows\u200d 7', null],
    ['a word joiner', 'Windows\u2060 7 SP1', 'SP1'],
    ['full-width letters (NFKC)', 'Ｗｉｎｄｏｗｓ ７', null],
  ])('%s resolves as the name people see', async (_what, name, level) => {
    const r = await gql(gw.url, `query($p: String!) { supportPhase(product: $p, date: "2015-01-14") { product { name } level { code } phase } }`, { p: name });
    expect(r.json.errors).toBeUndefined();
    expect(r.json.data.supportPhase).toEqual({ product: { name: 'Windows 7' }, level: level ? { code: level } : null, phase: 'EXTENDED' });
  });

  it('the same in an estate row and a bulk lookup', async () => {
    const row = await gql(gw.url, ADD, { p: 'Windows Ser\u00adver 2012 R2', n: null }, A);
    expect(row.json.data.addEstateItem.product).toBe('Windows Server 2012 R2');
    const bulk = await gql(gw.url, `query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { ... on PhaseAnswer { product { name } } } }`, { l: [{ product: 'SQL Ser\u200bver 2016' }] });
    expect(bulk.json.data.supportPhases).toEqual([{ product: { name: 'SQL Server 2016' } }]);
  });
});
