import { DEMO, gql, startTestGateway, type TestGateway } from './helpers/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

const PHASE = `query($p: String!, $d: Date, $l: String) { supportPhase(product: $p, date: $d, level: $l) {
  product { slug name } level { code end endSource } phase phaseEnds nextPhase daysLeft dateSource levelSupported
  entitlements { kind availability condition } citations { document clause } notes } }`;

async function phase(p: string, d: string, l?: string) {
  const r = await gql(gw.url, PHASE, { p, d, l });
  expect(r.status).toBe(200);
  return r.json;
}

describe('supportPhase over HTTP against the seeded catalogue', () => {
  it.each([
    ['2015-01-13', 'MAINSTREAM'],
    ['2015-01-14', 'EXTENDED'],
    ['2020-01-14', 'EXTENDED'],
    ['2020-01-15', 'SELF_HELP_ONLY'],
    ['2021-01-15', 'END_OF_SUPPORT'],
  ])('Windows 7 on %s is %s (Microsoft’s published dates)', async (date, expected) => {
    const j = await phase('Windows 7', date);
    expect(j.errors).toBeUndefined();
    expect(j.data.supportPhase.product.slug).toBe('windows-7');
    expect(j.data.supportPhase.phase).toBe(expected);
  });

  it('the Windows 7 RTM level is supported on 2013-04-09 and not on 2013-04-10', async () => {
    const on = (await phase('Windows 7 RTM', '2013-04-09')).data.supportPhase;
    const after = (await phase('Windows 7', '2013-04-10', 'RTM')).data.supportPhase;
    expect(on.level.code).toBe('RTM');
    expect(on.levelSupported).toBe(true);
    expect(after.levelSupported).toBe(false);
    expect(after.entitlements.find((e: any) => e.kind === 'SECURITY_UPDATES').availability).toBe('NOT_AVAILABLE');
    expect(after.citations.map((c: any) => c.clause)).toContain('L-SP');
  });

  it('answers with citations of the lifecycle document and a days-left count', async () => {
    const a = (await phase('Win 7', '2015-01-10')).data.supportPhase;
    expect(a.daysLeft).toBe(3);
    expect(a.phaseEnds).toBe('2015-01-13');
    expect(a.nextPhase).toBe('EXTENDED');
    expect(a.citations.every((c: any) => c.document === '000_ce973374ecf40211')).toBe(true);
  });

  it.each(['Office 2013', 'SQL Server 2016 SP2', 'Exchange 2016', 'Windows Server 2012'])('resolves "%s" to a product', async (name) => {
    const j = await phase(name, '2018-06-01');
    expect(j.errors).toBeUndefined();
    expect(j.data.supportPhase.phase).toMatch(/MAINSTREAM|EXTENDED/);
  });

  it('an unknown product is a PRODUCT_NOT_FOUND error naming the closest product', async () => {
    const j = await phase('Wndws 7', '2015-01-01');
    expect(j.errors[0].extensions.code).toBe('PRODUCT_NOT_FOUND');
    expect(j.errors[0].extensions.candidates[0]).toBe('Windows 7');
    expect(j.errors[0].message).toContain('Windows 7');
  });

  it('an impossible date is a BAD_USER_INPUT error, not a crash', async () => {
    const r = await gql(gw.url, PHASE, { p: 'Windows 7', d: '2023-02-29' });
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('leaving the date out means today in the server time zone', async () => {
    const r = await gql(gw.url, `{ supportPhase(product: "Windows 7") { date } }`);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
    expect(r.json.data.supportPhase.date).toBe(today);
  });
});

describe('supportPhases (bulk)', () => {
  it('answers every lookup in order; one bad item never fails the others', async () => {
    const r = await gql(
      gw.url,
      `query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) {
        __typename ... on PhaseAnswer { phase product { slug } } ... on LookupError { code message candidates } } }`,
      { l: [{ product: 'Windows 7', date: '2015-01-14' }, { product: 'Wndws 7', date: '2015-01-14' }, { product: 'Windows 7', date: '2021-01-15' }, { product: 'Windows 7', level: 'SP9', date: '2015-01-01' }] },
    );
    expect(r.json.errors).toBeUndefined();
    const [a, b, c, d] = r.json.data.supportPhases;
    expect(a).toMatchObject({ __typename: 'PhaseAnswer', phase: 'EXTENDED' });
    expect(b).toMatchObject({ __typename: 'LookupError', code: 'PRODUCT_NOT_FOUND' });
    expect(c).toMatchObject({ __typename: 'PhaseAnswer', phase: 'END_OF_SUPPORT' });
    expect(d).toMatchObject({ __typename: 'LookupError', code: 'LEVEL_NOT_FOUND' });
  });

  it('refuses more than 1,000 lookups with TOO_MANY_ITEMS', async () => {
    const l = Array.from({ length: 1001 }, () => ({ product: 'Windows 7', date: '2015-01-01' }));
    const r = await gql(gw.url, `query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { __typename } }`, { l });
    expect(r.json.errors[0].extensions.code).toBe('TOO_MANY_ITEMS');
  });

  it('answers 1,000 lookups in one request', async () => {
    const l = Array.from({ length: 1000 }, (_, i) => ({ product: i % 2 ? 'Windows 7' : 'Office 2013', date: `20${10 + (i % 15)}-06-01` }));
    const r = await gql(gw.url, `query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { ... on PhaseAnswer { phase } } }`, { l });
    expect(r.json.data.supportPhases).toHaveLength(1000);
    expect(r.json.data.supportPhases.every((x: any) => typeof x.phase === 'string')).toBe(true);
  });
});

describe('products, notices and the catalogue', () => {
  it('pages through products with cursors', async () => {
    const q = `query($a: String) { products(search: "Windows Server", first: 5, after: $a) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`;
    const p1 = (await gql(gw.url, q)).json.data.products;
    expect(p1.edges).toHaveLength(5);
    expect(p1.totalCount).toBeGreaterThan(5);
    const p2 = (await gql(gw.url, q, { a: p1.pageInfo.endCursor })).json.data.products;
    expect(p2.edges[0].node.name).not.toBe(p1.edges[4].node.name);
  });

  it('filters products whose support ends in a window', async () => {
    const r = await gql(gw.url, `{ products(endingBetween: {from: "2020-01-01", to: "2020-01-31"}, first: 500) { edges { node { name extendedEnd mainstreamEnd } } } }`);
    const names = r.json.data.products.edges.map((e: any) => e.node.name);
    expect(names).toContain('Windows 7');
  });

  it('CRM Online gets 6 months notice of a disruptive change, security changes none', async () => {
    const q = `query($s: String!, $c: ServiceChange!) { onlineServiceNotice(service: $s, change: $c, announcedOn: "2026-01-31") { noticeMonths earliestEffectiveDate dataRetainedUntil } }`;
    expect((await gql(gw.url, q, { s: 'Dynamics CRM Online', c: 'DISRUPTIVE' })).json.data.onlineServiceNotice).toMatchObject({ noticeMonths: 6, earliestEffectiveDate: '2026-07-31' });
    expect((await gql(gw.url, q, { s: 'Exchange Online', c: 'SECURITY' })).json.data.onlineServiceNotice.noticeMonths).toBeNull();
    expect((await gql(gw.url, q, { s: 'Exchange Online', c: 'END_OF_SERVICE' })).json.data.onlineServiceNotice).toMatchObject({ earliestEffectiveDate: '2027-01-31', dataRetainedUntil: '2027-03-02' });
  });

  it('catalogueInfo says how many products there are, gives the attribution and the time zone of "today"', async () => {
    const r = await gql(gw.url, `{ catalogueInfo { products asOf attribution timeZone } }`);
    expect(r.json.data.catalogueInfo.products).toBeGreaterThan(700);
    expect(r.json.data.catalogueInfo.attribution.join(' ')).toContain('CC BY 4.0');
    expect(r.json.data.catalogueInfo.timeZone).toBe('Europe/Oslo');
  });

  it('/healthz answers 200 once the catalogue is loaded', async () => {
    const r = await fetch(`${gw.url}/healthz`);
    expect(r.status).toBe(200);
    expect((await r.json()).products).toBeGreaterThan(700);
  });

  it('an invalid API key is a 401 with a typed error even for anonymous questions', async () => {
    const r = await gql(gw.url, `{ catalogueInfo { products } }`, undefined, 'ent_ffffffffffffffffffffffffffffffffffffffff');
    expect(r.status).toBe(401);
    expect(r.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const ok = await gql(gw.url, `{ catalogueInfo { products } }`, undefined, DEMO.tenantA.key);
    expect(ok.status).toBe(200);
  });
});

describe('levels given apart from the name', () => {
  it.each(['SP1', 'sp 1', 'Service Pack 1'])('level "%s" of Windows 7 is SP1', async (level) => {
    const j = await phase('Windows 7', '2015-01-01', level);
    expect(j.errors).toBeUndefined();
    expect(j.data.supportPhase.level.code).toBe('SP1');
  });
});

describe('spot checks across product kinds', () => {
  it('a consumer product has no extended phase', async () => {
    const a = (await gql(gw.url, `{ supportPhase(product: "Microsoft Works", date: "2013-01-09") { phase extendedEnds product { category } } }`)).json.data.supportPhase;
    expect(a).toMatchObject({ phase: 'SELF_HELP_ONLY', extendedEnds: null, product: { category: 'CONSUMER' } });
  });

  it('a Modern-policy product with no announced end says so', async () => {
    const a = (await gql(gw.url, `{ supportPhase(product: "Azure Stack HCI", date: "2025-01-01") { phase phaseEnds notes } }`)).json.data.supportPhase;
    expect(a.phase).toBe('MAINSTREAM');
    expect(a.phaseEnds).toBeNull();
    expect(a.notes.join(' ')).toMatch(/Modern Lifecycle Policy.*no fixed end/);
  });

  it('Office 2013 RTM ended 2015-04-14 while SP1 runs to 2023-04-11', async () => {
    const rtm = (await phase('Office 2013', '2016-01-01', 'RTM')).data.supportPhase;
    const sp1 = (await phase('Office 2013 SP1', '2016-01-01')).data.supportPhase;
    expect(rtm).toMatchObject({ levelSupported: false, level: { end: '2015-04-14', endSource: 'PUBLISHED' } });
    expect(sp1).toMatchObject({ phase: 'MAINSTREAM', levelSupported: true, level: { code: 'SP1', end: '2023-04-11' } });
  });

  it('a Surface device is consumer hardware with repair and firmware entitlements', async () => {
    const a = (await gql(gw.url, `{ supportPhase(product: "Surface Pro 3", date: "2016-01-01") { phase product { category } entitlements { kind availability } } }`)).json.data.supportPhase;
    expect(a.product.category).toBe('CONSUMER_HARDWARE');
    expect(a.entitlements.map((e: any) => e.kind)).toEqual(expect.arrayContaining(['HARDWARE_REPAIR', 'FIRMWARE_UPDATES']));
  });

  it('"Windows 10" alone is PRODUCT_AMBIGUOUS with candidates', async () => {
    const j = await phase('Windows 10', '2020-01-01');
    expect(j.errors[0].extensions.code).toBe('PRODUCT_AMBIGUOUS');
    expect(j.errors[0].extensions.candidates.length).toBeGreaterThan(1);
  });

  it('Windows Server 2012 has paid ESU years after its extended end', async () => {
    const a = (await gql(gw.url, `{ supportPhase(product: "Windows Server 2012", date: "2024-01-01") { phase paidEsu { code label } entitlements { kind availability } } }`)).json.data.supportPhase;
    expect(a.phase).toBe('SELF_HELP_ONLY');
    expect(a.paidEsu.code).toMatch(/^ESU/);
    expect(a.entitlements.find((e: any) => e.kind === 'SECURITY_UPDATES').availability).toBe('PAID');
  });
});

describe('resolveProducts: a column of names as people write them', () => {
  const RESOLVE = `query($n: [String!]!) { resolveProducts(names: $n) {
    input product { slug name } level { code } match code message candidates canonicalName } }`;

  it('answers every name in order, with how it matched, the level it names, or why not with candidates', async () => {
    const names = ['Windows 7', 'SQL Server 2017 Express', 'Windows 10 Pro 10.0.19045', 'Windows 7 Professional 6.1.7601', 'WS2016', 'Exchnage 2016',
      'Windows 10', 'Wndws 7', 'Windows 7 SP9', '   ', 'Win 7', 'Windows 7'];
    const r = await gql(gw.url, RESOLVE, { n: names });
    expect(r.status).toBe(200);
    expect(r.json.errors).toBeUndefined();
    const rows = r.json.data.resolveProducts as { input: string; product: { slug: string } | null; level: { code: string } | null; match: string | null; code: string | null; message: string | null; candidates: string[]; canonicalName: string | null }[];
    expect(rows.map((x) => x.input)).toEqual(names);
    expect(rows.map((x) => [x.product?.slug ?? null, x.level?.code ?? null, x.match, x.code])).toEqual([
      ['windows-7', null, 'EXACT', null],
      ['sql-server-2017', null, 'EDITION_WORDS_REMOVED', null],
      ['eol-windows-10-22h2', null, 'BUILD_NUMBER', null],
      ['windows-7', 'SP1', 'BUILD_NUMBER', null],
      ['windows-server-2016', null, 'ABBREVIATION', null],
      ['exchange-server-2016', null, 'TYPO', null],
      [null, null, null, 'PRODUCT_AMBIGUOUS'],
      [null, null, null, 'PRODUCT_NOT_FOUND'],
      [null, null, null, 'LEVEL_NOT_FOUND'],
      [null, null, null, 'BAD_USER_INPUT'],
      ['windows-7', null, 'ALIAS', null],
      ['windows-7', null, 'EXACT', null],
    ]);
    expect(rows[3]).toMatchObject({ canonicalName: 'Windows 7 SP1', message: null, candidates: [] });
    expect(rows[6]!.candidates.slice(0, 2)).toEqual(['Windows 10 Home and Pro', 'Windows 10 Enterprise and Education']);
    expect(rows[7]).toMatchObject({ canonicalName: null, message: "Unknown product 'Wndws 7' — did you mean Windows 7?", candidates: ['Windows 7'] });
  });

  it('is anonymous and costs one unit per name (counted like supportPhases)', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `Windows 7 ${i % 2 ? 'SP1' : 'RTM'}`);
    const before = await gql(gw.url, RESOLVE, { n: ['Windows 7'] });
    const after = await gql(gw.url, RESOLVE, { n: names });
    expect(after.json.data.resolveProducts).toHaveLength(40);
    const remaining = (x: typeof before) => Number(x.headers.get('ratelimit-remaining'));
    // 40 units less (the bucket refills about 167 a second meanwhile), not 1 as for a single question.
    expect(remaining(before) - remaining(after)).toBeGreaterThanOrEqual(30);
  });

  it('refuses more than 1,000 names with TOO_MANY_ITEMS', async () => {
    const r = await gql(gw.url, RESOLVE, { n: Array.from({ length: 1001 }, () => 'Windows 7') });
    expect(r.json.errors[0].extensions.code).toBe('TOO_MANY_ITEMS');
  });
});

describe('components over HTTP: they follow their parent', () => {
  const Q = `query($p: String!, $d: Date, $parent: String) { supportPhase(product: $p, date: $d, parent: $parent) {
    phase phaseEnds supportEnds parent { slug } parents { product { slug } phase supportEnds until } notes } }`;

  it('IE 11 without a parent is FOLLOWS_PARENT with its parents; with parent: "Windows Server 2016" the server\'s phase', async () => {
    const bare = (await gql(gw.url, Q, { p: 'Internet Explorer 11', d: '2040-01-01' })).json.data.supportPhase;
    expect(bare).toMatchObject({ phase: 'FOLLOWS_PARENT', phaseEnds: null, supportEnds: null, parent: null });
    expect(bare.parents).toEqual(expect.arrayContaining([{ product: { slug: 'windows-server-2016' }, phase: 'END_OF_SUPPORT', supportEnds: '2027-01-12', until: null }]));
    const on = (await gql(gw.url, Q, { p: 'IE 11', d: '2026-01-01', parent: 'Windows Server 2016' })).json.data.supportPhase;
    expect(on).toMatchObject({ phase: 'EXTENDED', phaseEnds: '2027-01-12', parent: { slug: 'windows-server-2016' }, parents: [] });
  });

  it('in bulk, a parent per lookup; a parent the component does not run on is a LookupError', async () => {
    const r = await gql(gw.url, `query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { __typename ... on PhaseAnswer { phase parent { slug } } ... on LookupError { code candidates } } }`,
      { l: [{ product: '.NET Framework 4.8', date: '2026-01-01', parent: 'Windows Server 2019' }, { product: 'IE 11', date: '2026-01-01', parent: 'Windows XP' }] });
    const [a, b] = r.json.data.supportPhases;
    expect(a).toMatchObject({ __typename: 'PhaseAnswer', phase: 'EXTENDED', parent: { slug: 'windows-server-2019' } });
    expect(b).toMatchObject({ __typename: 'LookupError', code: 'BAD_USER_INPUT' });
  });
});
