import type { BatchClient } from './batchClient.js';
import type { Country } from './deskTime.js';
import { allFields, fieldSet, type BulkFieldSpec, type FieldSet, type SingleFieldSpec } from './graphqlDocument.js';

/**
 * The questions the functions ask, as GraphQL fields (schema/schema.graphql). Every lifecycle function asks
 * supportPhases, naming the fields of the answer it reads: SUPPORTPHASE, MAINSTREAMEND … on the same product
 * and date in one recalculation are still one lookup, selecting the union of their fields.
 */
export interface PhaseLookup {
  product: string;
  date: string | null;
  level: string | null;
}

export interface PhaseAnswer {
  product: { name: string };
  date: string;
  phase: string;
  mainstreamEnds: string | null;
  extendedEnds: string | null;
  supportEnds: string | null;
  level: { code: string; end: string | null } | null;
  entitlements: { kind: string; availability: 'AVAILABLE' | 'NOT_AVAILABLE' | 'CONDITIONAL' | 'PAID'; condition: string | null }[];
}

export interface Deadlines {
  subscription: string;
  billingModel: string;
  renewsOn: string | null;
  cancelBy: string | null;
  missed: boolean;
  priceLockedUntil: string;
  notes: string[];
}

export interface NoticeAnswer {
  earliestEffectiveDate: string | null;
  notes: string[];
}
export interface LiabilityAnswer {
  remedy: string;
  cap: { amount: string; currency: string } | null;
  reasons: string[];
}
export interface ScopeAnswer {
  decision: string;
  reasons: string[];
}
export interface DeskStatus {
  open: boolean;
  timeZone: string;
  localDate: string;
  localTime: string;
  opensAt: string | null;
  /** When open: today's close. */
  closesAt: string | null;
  /** Today's opening; null on a closed day. */
  todayOpens: string | null;
}

/** One answer of `resolveProducts` (issue 12's contract): a product and level, or why not. */
export interface NameResolution {
  input: string;
  product: { name: string } | null;
  level: { code: string } | null;
  match: 'EXACT' | 'ALIAS' | 'EDITION_WORDS_REMOVED' | 'BUILD_NUMBER' | 'ABBREVIATION' | 'TYPO' | null;
  code: string | null;
  message: string | null;
  candidates: string[];
  canonicalName: string | null;
}

/** What a product card (ENT.PRODUCT) shows: the phase answer of today with the product's facts. */
export interface ProductCardAnswer {
  date: string;
  phase: string;
  mainstreamEnds: string | null;
  extendedEnds: string | null;
  supportEnds: string | null;
  dateSource: string;
  product: { name: string; policy: string; source: string; family: string; levels: { code: string; label: string; end: string | null }[] };
  citations: { document: string; clause: string; text: string }[];
}
export interface ProductRow {
  name: string;
  family: string;
  policy: string;
  generalAvailability: string | null;
  mainstreamEnd: string | null;
  extendedEnd: string | null;
}
/** One dated event of UPCOMING (the gateway's `upcoming` query). */
export interface UpcomingEvent {
  date: string;
  kind: string;
  title: string;
  daysLeft: number;
  description: string;
  product: { name: string; levelCode: string | null } | null;
  subscription: { id: string; product: string } | null;
  count: number | null;
}
export interface CatalogueInfo {
  products: number;
  asOf: string | null;
  attribution: string[];
}

/** A field of PhaseAnswer a function can ask for. */
export type PhaseField = keyof PhaseAnswer;

const LOOKUP_ERROR = '... on LookupError { code message candidates }';

export const SUPPORT_PHASES: BulkFieldSpec = {
  field: 'supportPhases',
  argName: 'lookups',
  argType: '[PhaseLookup!]!',
  errorTypename: 'LookupError',
  selection: `__typename ${LOOKUP_ERROR}`,
  optional: {
    on: 'PhaseAnswer',
    fields: ['date', 'phase', 'mainstreamEnds', 'extendedEnds', 'supportEnds', 'product { name }', 'level { code end }', 'entitlements { kind availability condition }'] satisfies `${PhaseField}${string}`[],
  },
};

export const SUBSCRIPTION_DEADLINES: BulkFieldSpec = {
  field: 'subscriptionDeadlinesMany',
  argName: 'lookups',
  argType: '[DeadlineLookup!]!',
  errorTypename: 'LookupError',
  selection: `__typename ... on Deadlines { subscription billingModel renewsOn cancelBy missed priceLockedUntil notes } ${LOOKUP_ERROR}`,
};

/** Canonical names for what people typed (ENT.RESOLVE). Every item is a NameResolution; a failed one has a code. */
export const RESOLVE_PRODUCTS: BulkFieldSpec = {
  field: 'resolveProducts',
  argName: 'names',
  argType: '[String!]!',
  // Not a union: no item is a per-item error type (a failed resolution carries code and message instead).
  errorTypename: 'LookupError',
  selection: '__typename input product { name } level { code } match code message candidates canonicalName',
};

/** The card's lookup: supportPhases under its own alias, so it can share a request with the cells' lookups. */
export const PRODUCT_CARDS: BulkFieldSpec = {
  field: 'supportPhases',
  alias: 'cards',
  argName: 'lookups',
  argType: '[PhaseLookup!]!',
  errorTypename: 'LookupError',
  selection: `__typename ... on PhaseAnswer { date phase mainstreamEnds extendedEnds supportEnds dateSource product { name policy source family levels { code label end } } citations { document clause text } } ${LOOKUP_ERROR}`,
};

/** Field sets by the (constant) lists the functions pass: a recalculation asks the same few lists 10,000 times. */
const fieldSets = new WeakMap<readonly string[], FieldSet>();
function phaseFields(names: readonly PhaseField[]): FieldSet {
  let set = fieldSets.get(names);
  if (set === undefined) fieldSets.set(names, (set = fieldSet(SUPPORT_PHASES, names)));
  return set;
}

/** Rows PRODUCTS spills at most (the gateway's page limit: one request). */
export const PRODUCTS_LIMIT = 500;

export class GatewayApi {
  constructor(readonly client: BatchClient) {}

  /** The phase answer of a lookup with (at least) the fields named; all of them when none are. */
  phase<K extends PhaseField = PhaseField>(lookup: PhaseLookup, fields?: readonly K[]): Promise<Pick<PhaseAnswer, K>> {
    return this.client.bulk(SUPPORT_PHASES, lookup, lookup.product, fields ? phaseFields(fields) : allFields(SUPPORT_PHASES));
  }

  /** The product card of a name on a date (null: the gateway's today). */
  card(product: string, date: string | null): Promise<ProductCardAnswer> {
    return this.client.bulk(PRODUCT_CARDS, { product, date, level: null }, product);
  }

  /** ENT.RESOLVE: one name (up to 1,000 a request, batched with everything else). */
  resolve(name: string): Promise<NameResolution> {
    return this.client.bulk(RESOLVE_PRODUCTS, name, name);
  }

  /** The gateway's time zone of "today" (asked once a session, batched with the first live cells). */
  async timeZone(): Promise<string> {
    const info = await this.single<{ timeZone: string }>({ field: 'catalogueInfo', args: [], selection: 'timeZone' });
    return info.timeZone;
  }

  deadlines(subscription: string, asOf: string | null): Promise<Deadlines> {
    return this.client.bulk(SUBSCRIPTION_DEADLINES, { subscription, asOf }, subscription);
  }

  notice(service: string, change: string, announcedOn: string): Promise<NoticeAnswer> {
    return this.single({
      field: 'onlineServiceNotice',
      args: [
        { name: 'service', type: 'String!', value: service },
        { name: 'change', type: 'ServiceChange!', value: change },
        { name: 'announcedOn', type: 'Date!', value: announcedOn },
      ],
      selection: 'earliestEffectiveDate notes',
    });
  }

  /** T-§13: damages (and so a cap) exist only for gross negligence and direct loss. */
  liabilityCap(incidentOn: string): Promise<LiabilityAnswer> {
    return this.single({
      field: 'liability',
      args: [{ name: 'incidentOn', type: 'Date!', value: incidentOn }, { name: 'negligence', literal: 'GROSS' }, { name: 'loss', literal: 'DIRECT' }],
      selection: 'remedy cap { amount currency } reasons',
    });
  }

  scope(topic: string, platform: string | null, version: string | null): Promise<ScopeAnswer> {
    return this.single({
      field: 'supportScope',
      args: [
        { name: 'topic', type: 'SupportTopic!', value: topic },
        { name: 'platform', type: 'String', value: platform },
        { name: 'version', type: 'String', value: version },
      ],
      selection: 'decision reasons',
    });
  }

  desk(country: Country, at: string | null): Promise<DeskStatus> {
    return this.single({
      field: 'supportDesk',
      args: [
        { name: 'country', type: 'Country!', value: country },
        { name: 'at', type: 'DateTime', value: at },
      ],
      selection: 'open timeZone localDate localTime opensAt closesAt todayOpens',
    });
  }

  async products(search: string): Promise<ProductRow[]> {
    const page = await this.single<{ edges: { node: ProductRow }[] }>({
      field: 'products',
      args: [
        { name: 'search', type: 'String', value: search },
        { name: 'first', literal: String(PRODUCTS_LIMIT) },
      ],
      selection: 'edges { node { name family policy generalAvailability mainstreamEnd extendedEnd } }',
    });
    return page.edges.map((e) => e.node);
  }

  /** The tenant's dated events from `from` to `to` (both included): support ends and subscription deadlines. */
  async upcoming(from: string, to: string): Promise<UpcomingEvent[]> {
    const answer = await this.single<{ events: UpcomingEvent[] }>({
      field: 'upcoming',
      args: [
        { name: 'from', type: 'Date!', value: from },
        { name: 'to', type: 'Date!', value: to },
      ],
      selection: 'events { date kind title daysLeft description product { name levelCode } subscription { id product } count }',
    });
    return answer.events;
  }

  /** Uncached: the task pane's "Test connection". */
  async catalogueInfo(): Promise<CatalogueInfo> {
    const data = await this.client.direct<{ catalogueInfo: CatalogueInfo }>('query CatalogueInfo { catalogueInfo { products asOf attribution } }');
    return data.catalogueInfo;
  }

  refresh(): void {
    this.client.refresh();
  }

  private single<T>(spec: SingleFieldSpec): Promise<T> {
    const first = spec.args[0];
    return this.client.single<T>(spec, first && 'value' in first ? String(first.value) : null);
  }
}
