import { readFileSync } from 'node:fs';
import { buildSchema, extendSchema, graphql, GraphQLError, parse } from 'graphql';
import { wallClockToInstant, zoneOffsetMs } from '../client/deskTime.js';
import { instantInZone } from '../client/liveClock.js';
import type { FetchLike } from '../client/transport.js';

/**
 * A stand-in gateway for unit tests: the real schema (schema/schema.graphql, emitted by the server) executed
 * by graphql-js over a tiny fictional catalogue. Documents the add-in builds are therefore validated
 * exactly as the server would validate them. Not part of the bundle.
 */
/**
 * resolveProducts (issue 12) with exactly the contract ENT.RESOLVE is written against, added here until the
 * real schema has it (then the real one is used as it is).
 */
export const RESOLVE_PRODUCTS_CONTRACT = `
  enum NameMatch { EXACT ALIAS EDITION_WORDS_REMOVED BUILD_NUMBER ABBREVIATION TYPO }
  type NameResolution { input: String!  product: Product  level: Level  match: NameMatch  code: String  message: String  candidates: [String!]!  canonicalName: String }
  extend type Query { resolveProducts(names: [String!]!): [NameResolution!]! }
`;
const realSchema = buildSchema(readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8'));
const schema = realSchema.getQueryType()?.getFields().resolveProducts ? realSchema : extendSchema(realSchema, parse(RESOLVE_PRODUCTS_CONTRACT));

export const TODAY = '2026-01-01';
export const TENANT_KEY = 'ent_test_key';

interface FakeProduct {
  name: string;
  family: string;
  policy: string;
  ga: string;
  mainstreamEnd: string | null;
  extendedEnd: string | null;
  levels: { code: string; end: string | null }[];
}

export const CATALOGUE: FakeProduct[] = [
  { name: 'Windows 7', family: 'Windows', policy: 'FIXED', ga: '2009-10-22', mainstreamEnd: '2015-01-13', extendedEnd: '2020-01-14', levels: [{ code: 'RTM', end: '2013-04-09' }, { code: 'SP1', end: '2020-01-14' }] },
  { name: 'Windows Server 2012', family: 'Windows', policy: 'FIXED', ga: '2012-10-30', mainstreamEnd: '2018-10-09', extendedEnd: '2023-10-10', levels: [] },
  { name: 'Zune Software', family: 'Consumer', policy: 'FIXED_MAINSTREAM_ONLY', ga: '2006-11-14', mainstreamEnd: '2011-10-11', extendedEnd: null, levels: [] },
  { name: 'Microsoft 365 Apps', family: 'Office', policy: 'MODERN', ga: '2017-09-22', mainstreamEnd: null, extendedEnd: null, levels: [] },
];

const addMonths = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
};

function phaseOf(p: FakeProduct, date: string, end: string | null): string {
  if (date < p.ga) return 'PRE_RELEASE';
  if (!p.mainstreamEnd || date <= p.mainstreamEnd) return 'MAINSTREAM';
  if (p.extendedEnd && date <= p.extendedEnd) return 'EXTENDED';
  return end && date <= addMonths(end, 12) ? 'SELF_HELP_ONLY' : 'END_OF_SUPPORT';
}

function entitlements(phase: string) {
  const e = (kind: string, availability: string, condition: string | null = null) => ({ kind, availability, condition, citations: [] });
  if (phase === 'MAINSTREAM') return [e('SECURITY_UPDATES', 'AVAILABLE'), e('NON_SECURITY_HOTFIXES', 'AVAILABLE'), e('FREE_SUPPORT', 'AVAILABLE'), e('PAID_SUPPORT', 'PAID')];
  if (phase === 'EXTENDED') return [e('SECURITY_UPDATES', 'AVAILABLE'), e('NON_SECURITY_HOTFIXES', 'CONDITIONAL', 'an Extended Hotfix Support agreement'), e('FREE_SUPPORT', 'NOT_AVAILABLE'), e('PAID_SUPPORT', 'PAID', 'per incident')];
  return [e('SECURITY_UPDATES', 'NOT_AVAILABLE')];
}

function lookupError(code: string, message: string, candidates: string[] = []) {
  return { __typename: 'LookupError', code, message, candidates };
}

function phaseLookup(l: { product: string; date?: string | null; level?: string | null }) {
  const p = CATALOGUE.find((x) => x.name.toLowerCase() === l.product.toLowerCase());
  if (!p) {
    const near = CATALOGUE.filter((x) => x.name.replace(/\s/g, '').length === l.product.replace(/\s/g, '').length + 1).map((x) => x.name);
    return lookupError('PRODUCT_NOT_FOUND', `No product named '${l.product}'`, near);
  }
  const level = l.level ? p.levels.find((x) => x.code === l.level) : null;
  if (l.level && !level) return lookupError('LEVEL_NOT_FOUND', `${p.name} has no level ${l.level}`, p.levels.map((x) => x.code));
  const date = l.date ?? TODAY;
  const supportEnds = level ? level.end : (p.extendedEnd ?? p.mainstreamEnd);
  const phase = phaseOf(p, date, supportEnds);
  return {
    __typename: 'PhaseAnswer',
    product: { name: p.name, family: p.family, policy: p.policy, source: 'MICROSOFT_LIFECYCLE', levels: p.levels.map((x) => ({ code: x.code, label: x.code === 'RTM' ? 'Original Release' : `Service Pack ${x.code.slice(2)}`, end: x.end })) },
    date,
    dateSource: 'PUBLISHED',
    citations: [{ document: '000_ce973374ecf40211', clause: `L-PHASE-${phase}`, text: `${p.name} is in ${phase} on ${date}.` }],
    phase,
    mainstreamEnds: p.mainstreamEnd,
    extendedEnds: p.extendedEnd,
    supportEnds,
    level: level ? { code: level.code, end: level.end } : null,
    entitlements: entitlements(phase),
  };
}

const SUBSCRIPTIONS: Record<string, object> = {
  'SUB-1': { subscription: 'SUB-1', billingModel: 'COMMITMENT', renewsOn: '2026-10-01', cancelBy: '2026-09-01', missed: false, priceLockedUntil: '2026-09-30', notes: [] },
  'SUB-PAYG': { subscription: 'SUB-PAYG', billingModel: 'PAY_AS_YOU_GO', renewsOn: null, cancelBy: null, missed: false, priceLockedUntil: '2026-05-31', notes: ['Pay-as-you-go ends as soon as a cancellation is processed'] },
};

interface Ctx {
  apiKey: string | null;
}

const M365 = { id: 'SUB-1', product: 'Microsoft 365 Business Standard', period: 0 };
/** The fake tenant's dated events (a Windows 7 estate row and SUB-1's deadlines), as `upcoming` answers them. */
const EVENTS = [
  { kind: 'EXTENDED_END', date: '2020-01-14', title: 'Windows 7: last day of extended support', product: { slug: 'windows-7', name: 'Windows 7', levelCode: null, levelLabel: null }, subscription: null, count: 40 },
  { kind: 'LEVEL_END', date: '2013-04-09', title: 'Windows 7 Original Release: last day of support for this level', product: { slug: 'windows-7', name: 'Windows 7', levelCode: 'RTM', levelLabel: 'Original Release' }, subscription: null, count: null },
  { kind: 'CANCEL_BY', date: '2026-09-01', title: 'Microsoft 365 Business Standard: last day to cancel before renewal', product: null, subscription: M365, count: null },
  { kind: 'PRICE_LOCK_END', date: '2026-09-30', title: 'Microsoft 365 Business Standard: price lock ends', product: null, subscription: { ...M365, period: null }, count: null },
  { kind: 'RENEWAL', date: '2026-10-01', title: 'Microsoft 365 Business Standard: renews for 12 months', product: null, subscription: { ...M365, period: 1 }, count: null },
].map((e) => ({ ...e, key: `${e.kind}:${e.date}`, description: `What ${e.title} means.`, dateSource: 'PUBLISHED', citations: [] }));

function needKey(ctx: Ctx): void {
  if (ctx.apiKey !== TENANT_KEY) throw new GraphQLError('An API key is required', { extensions: { code: 'UNAUTHENTICATED' } });
}

const HOURS: Record<string, [string, number]> = { SE: ['Europe/Stockholm', 17], NO: ['Europe/Oslo', 16], DK: ['Europe/Copenhagen', 16], FI: ['Europe/Helsinki', 16] };

/** Desk hours in the desk's own time zone (DST included), weekdays 08:00 to closing; no holidays. */
function desk(country: string, at: string | null) {
  const [timeZone, closes] = HOURS[country]!;
  const t = Date.parse(at ?? '2026-11-23T10:00:00+01:00');
  const local = new Date(t + zoneOffsetMs(timeZone, t)).toISOString();
  const date = local.slice(0, 10);
  const workday = (d: string) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
  const opening = (d: string) => Date.parse(wallClockToInstant(d, 8 * 3600, timeZone));
  const closing = (d: string) => Date.parse(wallClockToInstant(d, closes * 3600, timeZone));
  const open = workday(date) && opening(date) <= t && t < closing(date);
  let next = workday(date) && t < opening(date) ? date : addDays(date, 1);
  while (!workday(next)) next = addDays(next, 1);
  const iso = (ms: number) => instantInZone(ms, timeZone);
  return {
    country,
    open,
    timeZone,
    localDate: date,
    localTime: local.slice(11, 16),
    opensAt: iso(opening(next)),
    closesAt: open ? iso(closing(date)) : null,
    todayOpens: workday(date) ? iso(opening(date)) : null,
  };
}
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** resolveProducts as issue 12 answers it, over the fake catalogue: exact names, one alias, edition words, levels. */
function resolveName(input: string) {
  const base = { input, product: null, level: null, match: null, code: null, message: null, candidates: [] as string[], canonicalName: null as string | null };
  const words = input.trim().toLowerCase().replace(/\b(professional|enterprise|home|ultimate)\b/g, ' ').replace(/\s+/g, ' ').trim();
  const level = /^(.*) (rtm|sp\d)$/.exec(words);
  const name = level ? level[1]! : words;
  const p = name === 'win7' ? CATALOGUE[0]! : CATALOGUE.find((x) => x.name.toLowerCase() === name);
  if (!p) {
    const near = CATALOGUE.filter((x) => x.name.replace(/\s/g, '').length === name.replace(/\s/g, '').length + 1).map((x) => x.name);
    return { ...base, code: 'PRODUCT_NOT_FOUND', message: `No product named '${input}'`, candidates: near };
  }
  const lvl = level ? p.levels.find((l) => l.code.toLowerCase() === level[2]) : undefined;
  if (level && !lvl) return { ...base, code: 'LEVEL_NOT_FOUND', message: `${p.name} has no level ${level[2]!.toUpperCase()}`, candidates: p.levels.map((l) => l.code) };
  const product = { slug: p.name.toLowerCase().replace(/ /g, '-'), name: p.name, family: p.family, policy: p.policy, category: 'BUSINESS', source: 'MICROSOFT_LIFECYCLE', aliases: [], levels: [], mainstreamEnd: p.mainstreamEnd, extendedEnd: p.extendedEnd, generalAvailability: p.ga, retirement: null };
  const match = name === 'win7' ? 'ALIAS' : words !== input.trim().toLowerCase() && words.replace(/ (rtm|sp\d)$/, '') === name && input.toLowerCase().includes('professional') ? 'EDITION_WORDS_REMOVED' : 'EXACT';
  // The gateway may send the canonical name; for the alias it does here, otherwise the add-in builds it.
  return { ...base, product, level: lvl ? { code: lvl.code, label: lvl.code, kind: 'SERVICE_PACK', start: null, end: lvl.end, endSource: 'PUBLISHED' } : null, match, canonicalName: match === 'ALIAS' ? p.name : null };
}

const root = {
  resolveProducts: ({ names }: { names: string[] }) => {
    if (names.length > 1000) throw new GraphQLError('At most 1000 names per request', { extensions: { code: 'TOO_MANY_ITEMS', max: 1000 } });
    return names.map(resolveName);
  },
  supportPhases: ({ lookups }: { lookups: { product: string; date?: string | null; level?: string | null }[] }) => lookups.map(phaseLookup),
  subscriptionDeadlinesMany: ({ lookups }: { lookups: { subscription: string; asOf?: string | null }[] }, ctx: Ctx) => {
    needKey(ctx);
    return lookups.map((l) => (SUBSCRIPTIONS[l.subscription] ? { __typename: 'Deadlines', ...SUBSCRIPTIONS[l.subscription] } : lookupError('SUBSCRIPTION_NOT_FOUND', 'No subscription with that id for this tenant')));
  },
  onlineServiceNotice: ({ service, change, announcedOn }: { service: string; change: string; announcedOn: string }) => {
    if (service === 'Unknown Service') throw new GraphQLError(`Unknown service '${service}'`, { extensions: { code: 'BAD_USER_INPUT' } });
    if (change === 'SECURITY') return { earliestEffectiveDate: null, notes: ['No notice period applies to security changes (L-ONLINE-NOTICE)'] };
    return { earliestEffectiveDate: addMonths(announcedOn, /crm online/i.test(service) && change === 'DISRUPTIVE' ? 6 : 12), notes: [] };
  },
  liability: ({ incidentOn }: { incidentOn: string }, ctx: Ctx) => {
    needKey(ctx);
    return incidentOn < '2025-01-01'
      ? { remedy: 'CAPPED_DAMAGES', cap: { amount: '0.00', currency: 'NOK' }, reasons: [] }
      : { remedy: 'CAPPED_DAMAGES', cap: { amount: '16237.50', currency: 'NOK' }, reasons: ['Gross negligence, direct loss (T-§13)'] };
  },
  supportScope: ({ topic }: { topic: string }, ctx: Ctx) => {
    needKey(ctx);
    return { decision: topic === 'SERVER_PROBLEM' ? 'OUT_OF_SCOPE' : 'IN_SCOPE', reasons: [] };
  },
  supportDesk: ({ country, at }: { country: string; at?: string | null }) => desk(country, at ?? null),
  products: ({ search, first }: { search?: string | null; first: number }) => {
    const hits = CATALOGUE.filter((p) => !search || p.name.toLowerCase().includes(search.toLowerCase())).slice(0, first);
    return {
      edges: hits.map((p, i) => ({ cursor: String(i), node: { name: p.name, family: p.family, policy: p.policy, generalAvailability: p.ga, mainstreamEnd: p.mainstreamEnd, extendedEnd: p.extendedEnd } })),
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: hits.length,
    };
  },
  upcoming: ({ from, to }: { from: string; to: string }, ctx: Ctx) => {
    needKey(ctx);
    if (from > to) throw new GraphQLError(`from (${from}) is after to (${to})`, { extensions: { code: 'BAD_USER_INPUT' } });
    const events = EVENTS.filter((e) => e.date >= from && e.date <= to)
      .sort((a, b) => (a.date < b.date ? -1 : 1))
      .map((e) => ({ ...e, daysLeft: (Date.parse(e.date) - Date.parse(TODAY)) / 86_400_000 }));
    return { from, to, asOf: TODAY, events, problems: [] };
  },
  catalogueInfo: () => ({ products: CATALOGUE.length, asOf: '2026-08-22', attribution: ['Microsoft Lifecycle data, CC BY 4.0'], timeZone: 'Europe/Oslo' }),
};

export interface RecordedRequest {
  url: string;
  query: string;
  variables: Record<string, unknown>;
  authorization: string | undefined;
}

/** A fetch answering like the gateway, recording every request. */
export function fakeGateway(): { fetch: FetchLike; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const fetch: FetchLike = async (url, init) => {
    const body = JSON.parse(init.body) as { query: string; variables: Record<string, unknown> };
    requests.push({ url, query: body.query, variables: body.variables, authorization: init.headers.authorization });
    const apiKey = init.headers.authorization?.replace(/^Bearer /, '') ?? null;
    const result = await graphql({ schema, source: body.query, variableValues: body.variables, rootValue: root, contextValue: { apiKey } });
    const text = JSON.stringify(result);
    return { ok: true, status: 200, text: async () => text };
  };
  return { fetch, requests };
}
