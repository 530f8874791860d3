import { GatewayFailure, LookupFailure } from './failures.js';
import type { BulkFieldSpec } from './graphqlDocument.js';
import { routeReply, type Plan, type RoutedCall } from './replyRouting.js';

const PHASES: BulkFieldSpec = { field: 'supportPhases', argName: 'lookups', argType: '[PhaseLookup!]!', selection: '__typename', errorTypename: 'LookupError' };
const bulkCall = (subject: string): RoutedCall => ({ bulk: PHASES, subject });
const singleCall = (field: string, subject: string | null = null): RoutedCall => ({ single: { field, args: [], selection: 'x' }, subject });

describe('routing a reply to its calls', () => {
  it('bulk items go to their calls by position; a LookupError only to its own call', () => {
    const [a, b, c] = [bulkCall('Windows 7'), bulkCall('Windws 7'), bulkCall('Office 2013')];
    const plan: Plan<RoutedCall> = { bulks: [{ spec: PHASES, calls: [a, b, c] }], singles: [] };
    const { settled, retry } = routeReply(plan, [], {
      data: { supportPhases: [{ __typename: 'PhaseAnswer', phase: 'MAINSTREAM' }, { __typename: 'LookupError', code: 'PRODUCT_NOT_FOUND', message: 'no', candidates: ['Windows 7'] }, { __typename: 'PhaseAnswer', phase: 'EXTENDED' }] },
      errors: [],
    });
    expect(retry).toBeNull();
    expect(settled.get(a)).toEqual({ ok: true, value: { __typename: 'PhaseAnswer', phase: 'MAINSTREAM' } });
    expect(settled.get(c)).toMatchObject({ ok: true, value: { phase: 'EXTENDED' } });
    const err = settled.get(b)!;
    expect(err.ok).toBe(false);
    expect(!err.ok && err.error).toBeInstanceOf(LookupFailure);
    expect(!err.ok && err.error).toMatchObject({ code: 'PRODUCT_NOT_FOUND', subject: 'Windws 7', candidates: ['Windows 7'] });
  });

  it('single fields go by alias; an error whose path names an alias fails that call only', () => {
    const [x, y] = [singleCall('onlineServiceNotice', 'Nope'), singleCall('supportDesk')];
    const { settled } = routeReply({ bulks: [], singles: [x, y] }, ['f0', 'f1'], {
      data: { f0: null, f1: { open: true } },
      errors: [{ message: 'Unknown service', path: ['f0'], extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(settled.get(x)).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT', subject: 'Nope' } });
    expect(settled.get(y)).toEqual({ ok: true, value: { open: true } });
  });

  it('when one failing field nulled all data, it is blamed and the other calls are returned for a retry', () => {
    const a = bulkCall('Windows 7');
    const [x, y] = [singleCall('liability'), singleCall('supportDesk')];
    const plan: Plan<RoutedCall> = { bulks: [{ spec: PHASES, calls: [a] }], singles: [x, y] };
    const { settled, retry } = routeReply(plan, ['f0', 'f1'], { data: null, errors: [{ message: 'key needed', path: ['f0'], extensions: { code: 'UNAUTHENTICATED' } }] });
    expect([...settled.keys()]).toEqual([x]);
    expect(settled.get(x)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(retry).toEqual({ bulks: [{ spec: PHASES, calls: [a] }], singles: [y] });
  });

  it('a blamed bulk field fails all its lookups with a request-level failure carrying the code', () => {
    const [a, b] = [bulkCall('SUB-1'), bulkCall('SUB-2')];
    const { settled, retry } = routeReply({ bulks: [{ spec: PHASES, calls: [a, b] }], singles: [] }, [], { data: null, errors: [{ message: 'key needed', path: ['supportPhases'], extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(retry).toBeNull();
    for (const c of [a, b]) expect(settled.get(c)).toMatchObject({ ok: false, error: { name: 'GatewayFailure', code: 'UNAUTHENTICATED' } });
  });

  it('errors that name no field of the request cannot be attributed: the whole request fails', () => {
    expect(() => routeReply({ bulks: [], singles: [singleCall('supportDesk')] }, ['f0'], { data: null, errors: [{ message: 'odd', path: ['elsewhere'] }] })).toThrow(GatewayFailure);
  });

  it('a bulk list of the wrong length fails every lookup rather than shifting answers between cells', () => {
    const calls = [bulkCall('a'), bulkCall('b')];
    const { settled } = routeReply({ bulks: [{ spec: PHASES, calls }], singles: [] }, [], { data: { supportPhases: [{ __typename: 'PhaseAnswer' }] }, errors: [] });
    for (const c of calls) expect(settled.get(c)).toMatchObject({ ok: false, error: { kind: 'shape', message: 'supportPhases answered 1 results for 2 lookups' } });
  });
});
