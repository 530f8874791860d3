import { getIntrospectionQuery, getOperationAST, parse } from 'graphql';
import { estimateCost } from './cost.js';

function cost(query: string, variables?: Record<string, unknown>) {
  const doc = parse(query);
  return estimateCost(doc, getOperationAST(doc)!, variables);
}

describe('estimateCost (fields + list-input items + page sizes, before execution)', () => {
  it('a single lookup costs its fields', () => {
    expect(cost('{ supportPhase(product: "Windows 7") { phase product { name } } }')).toEqual({ fields: 4, items: 0, pages: 0, text: 0, total: 4, maxFieldItems: 0, introspection: 0 });
  });

  it('a bulk lookup in variables costs one per item', () => {
    const l = Array.from({ length: 1000 }, () => ({ product: 'Windows 7' }));
    expect(cost('query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { __typename } }', { l })).toMatchObject({ fields: 2, items: 1000, total: 1002 });
  });

  it('a bulk lookup written inline costs one per item too', () => {
    expect(cost('{ supportPhases(lookups: [{product: "a"}, {product: "b"}, {product: "c"}]) { __typename } }').items).toBe(3);
  });

  it('aliases multiply the price: three aliased bulk lookups of 1,000 cost 3,000 items', () => {
    const l = Array.from({ length: 1000 }, () => ({ product: 'x' }));
    const q = 'query($l: [PhaseLookup!]!) { a: supportPhases(lookups: $l) { __typename } b: supportPhases(lookups: $l) { __typename } c: supportPhases(lookups: $l) { __typename } }';
    expect(cost(q, { l })).toMatchObject({ items: 3000, maxFieldItems: 1000 });
  });

  it('a page size counts as that many nodes, from a literal or a variable', () => {
    expect(cost('{ products(first: 500) { totalCount } }').pages).toBe(500);
    expect(cost('query($n: Int) { products(first: $n) { totalCount } }', { n: 200 }).pages).toBe(200);
    expect(cost('query($n: Int) { products(first: $n) { totalCount } }', {}).pages).toBe(0);
  });

  it('a fragment costs what it selects each time it is spread', () => {
    const q = 'query { ...F ...F } fragment F on Query { catalogueInfo { products asOf } }';
    expect(cost(q).fields).toBe(6);
  });

  it('fragments spread twice per level grow exponentially in cost but are costed in linear time', () => {
    let q = 'query { ...F0 } ';
    for (let i = 0; i < 40; i++) q += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} } `;
    q += 'fragment F40 on Query { catalogueInfo { products } }';
    expect(cost(q).fields).toBe(2 * 2 ** 40);
  });

  it('a fragment cycle (rejected by validation anyway) does not loop', () => {
    expect(cost('query { ...A } fragment A on Query { x ...B } fragment B on Query { y ...A }').fields).toBe(2);
  });

  it('ignores variables that are not lists, and odd variable values', () => {
    expect(cost('query($p: String!) { supportPhase(product: $p) { phase } }', { p: 'x'.repeat(10) }).items).toBe(0);
    expect(cost('query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { __typename } }', { l: null }).items).toBe(0);
  });
});

describe('estimateCost: introspection is counted apart', () => {
  it('fields inside __schema / __type are introspection, not data; __typename is data', () => {
    expect(cost('{ __typename __schema { queryType { name } } __type(name: "Query") { name } catalogueInfo { products } }')).toMatchObject({ fields: 3, total: 3, introspection: 5 });
  });

  it('the standard introspection query costs nothing of the data budget and ~230 introspection fields', () => {
    const c = cost(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }));
    expect(c.total).toBe(0);
    expect(c.introspection).toBeGreaterThan(200);
    expect(c.introspection).toBeLessThan(300);
  });
});

describe('long text is priced by its length', () => {
  it('a string in a list costs 1 per full 48 characters, literal or variable, at any depth; a single string is its resolver’s', () => {
    expect(cost('{ supportPhases(lookups: [{ product: "Windows Server 2012 R2 Datacenter" }]) { __typename } }').text).toBe(0);
    expect(cost(`{ supportPhases(lookups: [{ product: "${'x'.repeat(96)}" }]) { __typename } }`)).toMatchObject({ text: 2, total: 5 });
    expect(cost(`{ supportPhase(product: "${'x'.repeat(96)}") { phase } }`).text).toBe(0);
    expect(cost('query($c: String!) { importEstateCsv(csv: $c) { rows } }', { c: 'x'.repeat(500_000) }).text).toBe(0);
    const l = Array.from({ length: 1000 }, () => ({ product: 'y'.repeat(290) }));
    expect(cost('query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { __typename } }', { l })).toMatchObject({ items: 1000, text: 6000, total: 7002 });
  });
});

describe('estimateCost: planned once per operation, variables looked at per request', () => {
  it('the same parsed document costs what each request’s variables say, through fragments spread twice and mixed arguments', () => {
    const doc = parse(`query($l: [PhaseLookup!]!, $n: Int) {
      a: supportPhases(lookups: $l) { ...F }
      products(first: $n) { totalCount }
      b: supportPhases(lookups: [{ product: "x" }]) { __typename }
    }
    fragment F on PhaseResult { ... on PhaseAnswer { parent { ...G } other: parent { ...G } } }
    fragment G on Product { x: resolveProducts(names: $l) y: resolveProducts(names: $l) }`);
    const op = getOperationAST(doc)!;
    const lookups = (n: number) => Array.from({ length: n }, () => ({ product: 'z'.repeat(100) }));
    for (const [n, first] of [[3, 10], [1000, 0], [0, 7]] as const) {
      const c = estimateCost(doc, op, { l: lookups(n), n: first });
      // Items: a n, x and y n each under both parents, b 1; text: 2 units per 100-character name in each of those five lists.
      expect(c).toEqual({ fields: 11, items: 5 * n + 1, pages: first, text: 10 * n, total: 11 + 5 * n + 1 + first + 10 * n, maxFieldItems: Math.max(n, 1), introspection: 0 });
    }
  });

  it('variables inside an introspection subtree are costed per request as well', () => {
    const doc = parse('query($f: Int) { __schema { types { name } } __type(name: "Query") { fields { name args(first: $f) { name } } } }');
    const op = getOperationAST(doc)!;
    expect(estimateCost(doc, op, { f: 100 }).introspection - estimateCost(doc, op, { f: 0 }).introspection).toBe(100);
  });
});
