import { LruCache } from './lruCache.js';

describe('the answer cache', () => {
  it('keeps at most its limit, forgetting the least recently used entry', () => {
    const c = new LruCache<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1); // a is now newer than b
    c.set('c', 3);
    expect(c.size).toBe(2);
    expect(c.has('b')).toBe(false);
    expect(c.get('a')).toBe(1);
    expect(c.get('c')).toBe(3);
  });
  it('overwriting a key does not grow it and counts as a use', () => {
    const c = new LruCache<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    c.set('a', 10);
    c.set('c', 3);
    expect(c.size).toBe(2);
    expect(c.get('a')).toBe(10);
    expect(c.has('b')).toBe(false);
  });
  it('stays bounded after 50,000 distinct keys with a 1,000 limit', () => {
    const c = new LruCache<number, number>(1000);
    for (let i = 0; i < 50_000; i++) c.set(i, i);
    expect(c.size).toBe(1000);
    expect(c.has(49_999)).toBe(true);
    expect(c.has(48_999)).toBe(false);
  });
  it('clear empties it and a limit below one is refused', () => {
    const c = new LruCache<string, number>(5);
    c.set('a', 1);
    c.clear();
    expect(c.size).toBe(0);
    expect(c.get('a')).toBeUndefined();
    expect(() => new LruCache(0)).toThrow(RangeError);
  });
});
