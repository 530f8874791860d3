import { boundedEditDistance, similarity, suggest, suggestIndex } from './suggest.js';

describe('bounded edit distance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(boundedEditDistance('windws', 'windows', 5)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedEditDistance('', 'abc', 5)).toBe(3);
  });
  it('stops at the limit (limit + 1 means "more than the limit")', () => {
    expect(boundedEditDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(boundedEditDistance('a', 'a'.repeat(50), 3)).toBe(4);
  });
});

describe('suggestions', () => {
  const names = ['windows 7', 'windows 8', 'windows 8.1', 'sql server 2016', 'exchange server 2016'];
  const index = suggestIndex(new Map(names.map((n) => [n, [n]])));
  it('ranks the closest spelling first', () => {
    expect(suggest(index, 'windws 7', (x) => x)[0]).toBe('windows 7');
    expect(similarity('windws 7', 'windows 7')).toBeGreaterThan(similarity('windws 7', 'windows 8'));
  });
  it('finds a product from a misspelt word alone', () => {
    expect(suggest(index, 'exchnge 2016', (x) => x)[0]).toBe('exchange server 2016');
  });
  it('suggests nothing for unrelated text, and at most the requested number', () => {
    expect(suggest(index, 'drop table', (x) => x)).toEqual([]);
    expect(suggest(index, 'windows', (x) => x, 2)).toHaveLength(2);
  });
});
