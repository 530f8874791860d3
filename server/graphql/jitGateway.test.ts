import { ApolloServer } from '@apollo/server';
import { buildSchema, execute, GraphQLError, parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { CompiledQueryCache, compileFor, jitExecutor, jitGateway, type GatewayGraphQLRequestContext } from './jitGateway.js';

const coded = (message: string, code: string) => new GraphQLError(message, { extensions: { code } });

function testSchema(): GraphQLSchema {
  const schema = buildSchema(`
    enum Colour { RED GREEN }
    type Item { name: String! colour: Colour! missing: String! }
    type Query {
      item(name: String!, colour: Colour! = RED): Item
      items(names: [String!]!): [Item!]!
      failing: Item
      plainFailing: String
    }
    type Mutation { touch: Int! }
  `);
  const q = schema.getQueryType()!.getFields();
  q.item!.resolve = (_: unknown, args: { name: string; colour: string }) => ({ name: args.name, colour: args.colour, missing: null });
  q.items!.resolve = (_: unknown, args: { names: string[] }) => args.names.map((name) => ({ name, colour: 'GREEN' }));
  q.failing!.resolve = () => {
    throw coded('no such item', 'ITEM_NOT_FOUND');
  };
  q.plainFailing!.resolve = async () => {
    throw new Error('boom');
  };
  let touched = 0;
  schema.getMutationType()!.getFields().touch!.resolve = () => ++touched;
  return schema;
}

/** The request context Apollo hands the executor, with what jitExecutor reads. */
function ctx(query: string, variables?: Record<string, unknown>, operationName?: string): GatewayGraphQLRequestContext {
  return { source: query, document: parse(query), request: { query, variables, operationName }, context: {} } as unknown as GatewayGraphQLRequestContext;
}

/**
 * What a client would see of a result: graphql-js's JSON form of data and errors. Errors are compared in
 * path order: graphql-jit lists null violations after the errors resolvers threw, graphql-js as they come.
 */
const wire = (r: ExecutionResult) => {
  const errors = r.errors?.map((e) => e.toJSON()).sort((a, b) => String(a.path).localeCompare(String(b.path)));
  return JSON.parse(JSON.stringify({ data: r.data, errors })) as unknown;
};

describe('jitExecutor', () => {
  const schema = testSchema();
  const same = async (query: string, variables?: Record<string, unknown>) => {
    const cache = new CompiledQueryCache(8);
    const jit = await jitExecutor(schema, cache)(ctx(query, variables));
    const js = await execute({ schema, document: parse(query), variableValues: variables, contextValue: {} });
    expect(wire(jit)).toEqual(wire(js));
    return { jit, cache };
  };

  it('answers as graphql-js does, from a compiled query', async () => {
    const { jit, cache } = await same('query($n: [String!]!) { items(names: $n) { name colour } a: item(name: "x") { name } }', { n: ['a', 'b'] });
    expect(jit.data).toEqual({ items: [{ name: 'a', colour: 'GREEN' }, { name: 'b', colour: 'GREEN' }], a: { name: 'x' } });
    expect(cache.size).toBe(1);
  });

  it("keeps a resolver's error code, path and locations, and a non-null violation's message", async () => {
    const { jit } = await same('{ failing { name } item(name: "y") { name missing } plainFailing }');
    expect(jit.errors?.every((e) => e instanceof GraphQLError)).toBe(true);
    const byPath = new Map(jit.errors!.map((e) => [e.path!.join('.'), e]));
    expect(byPath.get('failing')).toMatchObject({ message: 'no such item', extensions: { code: 'ITEM_NOT_FOUND' }, locations: [{ line: 1, column: 3 }] });
    expect(byPath.get('failing')!.originalError).toBeInstanceOf(GraphQLError);
    expect(byPath.get('item.missing')!.message).toBe('Cannot return null for non-nullable field Item.missing.');
    expect(byPath.get('plainFailing')!.originalError?.message).toBe('boom');
  });

  it("words variables that do not coerce as graphql-js does (with its hints)", async () => {
    const { jit } = await same('query($c: Colour) { item(name: "x", colour: $c) { name } }', { c: 'REDD' });
    expect(jit.data).toBeUndefined();
    expect(jit.errors![0]!.message).toMatch(/Did you mean the enum value "RED"\?/);
    await same('query($n: String!) { item(name: $n) { name } }', {});
  });

  it('an argument coerced at run time to null where it may not be is its own GraphQLError, as in graphql-js', async () => {
    const { jit } = await same('query($c: Colour) { item(name: "x", colour: $c) { colour } }', { c: null });
    expect(jit.errors?.[0]?.originalError).toBeInstanceOf(GraphQLError);
  });

  it('runs mutations, introspection and what cannot compile on graphql-js', () => {
    expect(compileFor(schema, parse('mutation { touch }'), undefined)).toBeNull();
    expect(compileFor(schema, parse('{ __schema { queryType { name } } items(names: []) { name } }'), undefined)).toBeNull();
    expect(compileFor(schema, parse('query A { failing { name } } query B { plainFailing }'), undefined)).toBeNull();
    expect(compileFor(schema, parse('query A { failing { name } } query B { plainFailing }'), 'B')).toBeInstanceOf(Function);
  });

  it('answers a mutation and an introspection next to data like graphql-js', async () => {
    await same('{ __type(name: "Item") { name fields { name } } item(name: "z") { name } }');
    const cache = new CompiledQueryCache(8);
    const r = await jitExecutor(schema, cache)(ctx('mutation { touch }'));
    expect(r).toEqual({ data: { touch: expect.any(Number) } });
  });

  it('keeps at most maxEntries compiled queries, least recently used dropped first', () => {
    const cache = new CompiledQueryCache(2);
    let compiled = 0;
    const make = () => {
      compiled++;
      return () => ({ data: {} });
    };
    const a = cache.get('a', make);
    cache.get('b', make);
    expect(cache.get('a', make)).toBe(a); // a is now the most recent
    cache.get('c', make); // drops b
    expect(cache.size).toBe(2);
    expect(compiled).toBe(3);
    cache.get('b', make);
    expect(compiled).toBe(4);
    expect(cache.get('c', make)).not.toBe(a);
    expect(compiled).toBe(4);
  });
});

describe('jitGateway in Apollo Server', () => {
  it('announces the schema before load() resolves, so Apollo validates against it and executes with JIT', async () => {
    const gateway = jitGateway(testSchema(), { cacheEntries: 4 });
    const apollo = new ApolloServer({ gateway });
    await apollo.start();
    try {
      const ok = await apollo.executeOperation({ query: 'query($n: String!) { item(name: $n) { name colour } }', variables: { n: 'w' } });
      expect(ok.body).toMatchObject({ kind: 'single', singleResult: { data: { item: { name: 'w', colour: 'RED' } } } });
      expect(gateway.cache.size).toBe(1);
      const invalid = await apollo.executeOperation({ query: '{ item(name: "w") { nope } }' });
      expect(invalid.body).toMatchObject({ kind: 'single', singleResult: { errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] } });
      const badVariable = await apollo.executeOperation({ query: 'query($n: String!) { item(name: $n) { name } }', variables: {} });
      expect(badVariable.body).toMatchObject({ kind: 'single', singleResult: { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] } });
      expect(badVariable.http.status).toBe(400);
    } finally {
      await apollo.stop();
    }
  });
});
