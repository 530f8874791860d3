/**
 * The GraphQL documents the benchmarks send. PHASE_FIELDS is what a spreadsheet shows for a row (the
 * phase, its end, days left, the support end and whether a date was derived), not the whole answer with
 * its entitlements and citations.
 */
export const PHASE_FIELDS = 'phase phaseEnds nextPhase daysLeft supportEnds dateSource levelSupported product { name } level { code }';

export const BULK_QUERY = `query Bulk($lookups: [PhaseLookup!]!) {
  supportPhases(lookups: $lookups) {
    __typename
    ... on PhaseAnswer { ${PHASE_FIELDS} }
    ... on LookupError { code message candidates }
  }
}`;

export const RESOLVE_QUERY = `query Resolve($names: [String!]!) {
  resolveProducts(names: $names) { input product { slug } level { code } match code message candidates canonicalName }
}`;

export const SINGLE_QUERY = `query One($product: String!, $date: Date) {
  supportPhase(product: $product, date: $date) { ${PHASE_FIELDS} }
}`;

/** The demo tenant's key (seed/demo/demo.json, public and fictional): requests are authenticated like the add-in's. */
export const DEMO_TENANT_KEY = 'ent_de00000000000000000000000000000000000001';

export interface PhaseRow {
  __typename: 'PhaseAnswer' | 'LookupError';
  phase?: string;
  code?: string;
}

/** POSTs one GraphQL request and returns its parsed JSON; throws on a non-200 answer or top-level errors. */
export async function postGraphQL<T>(url: string, query: string, variables: Record<string, unknown>, key: string | null = DEMO_TENANT_KEY): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (res.status !== 200 || json.errors?.length || !json.data) {
    throw new Error(`GraphQL request failed (${res.status}): ${json.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  }
  return json.data;
}
