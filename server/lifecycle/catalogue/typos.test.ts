import { TypoIndex, typoDistance } from './typos.js';

describe('misspelt words', () => {
  const index = new TypoIndex(['windows', 'server', 'exchange', 'office', 'sql', 'visual', 'studio', 'datacenter', 'room', '2016']);

  it('counts an adjacent transposition as one edit', () => {
    expect(typoDistance('exchnage', 'exchange', 2)).toBe(1);
    expect(typoDistance('windos', 'windows', 2)).toBe(1);
    expect(typoDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('corrects words of 4+ letters to vocabulary words within 1 edit (4–6 letters) or 2 (7+)', () => {
    expect(index.corrections('windos')).toEqual(['windows']);
    expect(index.corrections('exchnage')).toEqual(['exchange']);
    expect(index.corrections('ofice')).toEqual(['office']);
    expect(index.corrections('datacentre')).toEqual(['datacenter']);
    expect(index.corrections('sql')).toEqual([]);
    expect(index.corrections('zoom')).toEqual(['room']);
    expect(index.corrections('2106')).toEqual([]);
  });

  it('splits run-together words into two vocabulary words', () => {
    expect(index.splits('sqlserver')).toEqual([['sql', 'server']]);
    expect(index.splits('visualstudio')).toEqual([['visual', 'studio']]);
    expect(index.splits('windows')).toEqual([]);
  });
});
