import { GatewayFailure, LookupFailure } from './failures.js';
import { responseKeyOf, type BulkFieldSpec, type SingleFieldSpec } from './graphqlDocument.js';
import type { GraphqlError, GraphqlReply } from './transport.js';

/** What the router needs to know of a waiting call. */
export interface RoutedCall {
  bulk?: BulkFieldSpec;
  single?: SingleFieldSpec;
  subject: string | null;
}

/** The calls of one request: per bulk field its lookups in order, and the single fields in alias order. */
export interface Plan<C extends RoutedCall> {
  bulks: { spec: BulkFieldSpec; calls: C[] }[];
  singles: C[];
}

export type Settlement = { ok: true; value: unknown } | { ok: false; error: LookupFailure | GatewayFailure };

export interface Routed<C extends RoutedCall> {
  settled: Map<C, Settlement>;
  /** Calls to ask again in a new request (see blame). */
  retry: Plan<C> | null;
}

/**
 * Hands each call of a request its part of the reply: a bulk item or LookupError by position, a single
 * field by alias, a GraphQL error by the first element of its path. Pure; throws GatewayFailure when the
 * reply cannot be attributed at all (the caller then fails every call).
 */
export function routeReply<C extends RoutedCall>(plan: Plan<C>, aliases: readonly string[], reply: GraphqlReply): Routed<C> {
  const settled = new Map<C, Settlement>();
  if (reply.data === null) return blame(plan, aliases, reply.errors, settled);
  const data = reply.data;
  for (const { spec, calls } of plan.bulks) routeBulk(spec, calls, data[responseKeyOf(spec)], reply.errors, settled);
  plan.singles.forEach((c, i) => {
    const alias = aliases[i]!;
    const err = reply.errors.find((e) => e.path?.[0] === alias);
    if (err) settled.set(c, { ok: false, error: lookupFailure(err, c.subject) });
    else if (!(alias in data)) settled.set(c, { ok: false, error: new GatewayFailure('shape', `the answer has no ${c.single?.field ?? alias}`) });
    else settled.set(c, { ok: true, value: data[alias] });
  });
  return { settled, retry: null };
}

function routeBulk<C extends RoutedCall>(spec: BulkFieldSpec, calls: C[], items: unknown, errors: GraphqlError[], settled: Map<C, Settlement>): void {
  if (!Array.isArray(items) || items.length !== calls.length) {
    // Never hand answers to the wrong cells: a list of the wrong length fails all its lookups.
    const err = errors.find((e) => e.path?.[0] === responseKeyOf(spec));
    const failure = err
      ? new GatewayFailure('graphql', err.message, err.extensions?.code ?? null)
      : new GatewayFailure('shape', `${spec.field} answered ${Array.isArray(items) ? items.length : 'no'} results for ${calls.length} lookups`);
    for (const c of calls) settled.set(c, { ok: false, error: failure });
    return;
  }
  calls.forEach((c, i) => {
    const item = items[i] as { __typename?: string; code?: string; message?: string; candidates?: string[] } | null;
    if (item === null || typeof item !== 'object') settled.set(c, { ok: false, error: new GatewayFailure('shape', `${spec.field} answered nothing for item ${i + 1}`) });
    else if (item.__typename === spec.errorTypename) settled.set(c, { ok: false, error: new LookupFailure(item.code ?? 'ERROR', item.message ?? 'lookup failed', item.candidates ?? [], c.subject) });
    else settled.set(c, { ok: true, value: item });
  });
}

/**
 * Every root field of the schema is non-null, so one failing field (a tenant field without a key …) nulls
 * the whole answer. The errors' paths say which fields failed: their calls get the error, the others are
 * asked again without them. Each retry drops at least one field, so retries end.
 */
function blame<C extends RoutedCall>(plan: Plan<C>, aliases: readonly string[], errors: GraphqlError[], settled: Map<C, Settlement>): Routed<C> {
  const byKey = new Map<string, C[]>();
  for (const b of plan.bulks) byKey.set(responseKeyOf(b.spec), b.calls);
  plan.singles.forEach((c, i) => byKey.set(aliases[i]!, [c]));
  const blamed = new Map(errors.map((e) => [String(e.path?.[0]), e]));
  if (!blamed.size || ![...blamed.keys()].every((k) => byKey.has(k))) {
    const e = errors[0];
    throw new GatewayFailure('graphql', e?.message ?? 'the answer has no data', e?.extensions?.code ?? null);
  }
  for (const [key, err] of blamed) {
    for (const c of byKey.get(key)!) {
      settled.set(c, { ok: false, error: c.single ? lookupFailure(err, c.subject) : new GatewayFailure('graphql', err.message, err.extensions?.code ?? null) });
    }
  }
  const rest: Plan<C> = { bulks: plan.bulks.filter((b) => !blamed.has(responseKeyOf(b.spec))), singles: plan.singles.filter((_, i) => !blamed.has(aliases[i]!)) };
  return { settled, retry: rest.bulks.length || rest.singles.length ? rest : null };
}

function lookupFailure(err: GraphqlError, subject: string | null): LookupFailure {
  const ext = err.extensions ?? {};
  return new LookupFailure(ext.code ?? 'ERROR', err.message, Array.isArray(ext.candidates) ? ext.candidates : [], subject);
}
