import { GatewayFailure } from './failures.js';
import { interpret, postGraphql, type FetchLike } from './transport.js';

const answer = (status: number, text: string): FetchLike => async () => ({ ok: status >= 200 && status < 300, status, text: async () => text });
const opts = (fetch: FetchLike, apiKey: string | null = null, timeoutMs = 1000) => ({ fetch, url: 'https://gw.test/graphql', apiKey, timeoutMs });
const body = { query: '{ x }', variables: {} };

async function failure(p: Promise<unknown>): Promise<GatewayFailure> {
  try {
    await p;
  } catch (e) {
    if (e instanceof GatewayFailure) return e;
    throw e;
  }
  throw new Error('expected a GatewayFailure');
}

describe('posting one GraphQL request', () => {
  it('sends JSON with the bearer key only when one is set', async () => {
    const seen: Record<string, string>[] = [];
    const fetch: FetchLike = async (_url, init) => {
      seen.push(init.headers);
      return { ok: true, status: 200, text: async () => '{"data":{"x":1}}' };
    };
    await expect(postGraphql(opts(fetch, 'k1'), body)).resolves.toEqual({ data: { x: 1 }, errors: [] });
    await postGraphql(opts(fetch), body);
    expect(seen[0]).toMatchObject({ 'content-type': 'application/json', authorization: 'Bearer k1' });
    expect(seen[1]!.authorization).toBeUndefined();
  });
  it('a refused connection is a network failure naming the gateway', async () => {
    const fetch: FetchLike = async () => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    };
    const f = await failure(postGraphql(opts(fetch), body));
    expect(f.kind).toBe('network');
    expect(f.message).toBe('cannot connect to https://gw.test (fetch failed: ECONNREFUSED)');
  });
  it('a gateway that never answers times out, even if fetch ignores the abort signal', async () => {
    let aborted = false;
    const fetch: FetchLike = (_url, init) => {
      init.signal.addEventListener('abort', () => (aborted = true));
      return new Promise(() => {});
    };
    const f = await failure(postGraphql(opts(fetch, null, 30), body));
    expect(f.kind).toBe('timeout');
    expect(f.message).toBe('no answer within 0 s');
    expect(aborted).toBe(true);
  });
  it('a non-2xx status fails, with the GraphQL error code when the body has one', async () => {
    expect(await failure(postGraphql(opts(answer(500, 'oops')), body))).toMatchObject({ kind: 'http', status: 500, message: 'HTTP 500' });
    const f = await failure(postGraphql(opts(answer(401, '{"errors":[{"message":"The API key is not valid","extensions":{"code":"UNAUTHENTICATED"}}]}')), body));
    expect(f).toMatchObject({ kind: 'http', status: 401, code: 'UNAUTHENTICATED', message: 'HTTP 401: The API key is not valid' });
  });
  it('a 200 answer that is not JSON fails', async () => {
    expect(await failure(postGraphql(opts(answer(200, '<html>proxy</html>')), body))).toMatchObject({ kind: 'json' });
  });
});

describe('classifying an answer', () => {
  it('errors without a path fail the whole request', () => {
    expect(() => interpret(200, true, '{"errors":[{"message":"Query uses 20 aliases","extensions":{"code":"QUERY_TOO_COMPLEX"}}]}')).toThrow(GatewayFailure);
    expect(() => interpret(200, true, '{"data":{"a":1},"errors":[{"message":"boom"}]}')).toThrow('boom');
  });
  it('errors with a path are handed back with the data, for the fields they name', () => {
    const r = interpret(200, true, '{"data":{"f0":null,"f1":2},"errors":[{"message":"Unknown service","path":["f0"],"extensions":{"code":"BAD_USER_INPUT"}}]}');
    expect(r.data).toEqual({ f0: null, f1: 2 });
    expect(r.errors).toHaveLength(1);
  });
  it('path errors that nulled all data come back with null data, so the fields they name can be blamed', () => {
    const r = interpret(200, true, '{"data":null,"errors":[{"message":"denied","path":["f1"],"extensions":{"code":"UNAUTHENTICATED"}}]}');
    expect(r).toEqual({ data: null, errors: [{ message: 'denied', path: ['f1'], extensions: { code: 'UNAUTHENTICATED' } }] });
  });
  it('a body without data or errors fails', () => {
    expect(() => interpret(200, true, '{}')).toThrow(expect.objectContaining({ kind: 'shape' }));
    expect(() => interpret(200, true, '[1,2]')).toThrow(expect.objectContaining({ kind: 'shape' }));
  });
});
