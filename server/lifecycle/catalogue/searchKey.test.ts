import fc from 'fast-check';
import { foldedSearchKey, isTokenPrefix, keyTokens, searchKey } from './searchKey.js';

describe('search keys', () => {
  it('spacing, hyphens, case and non-breaking spaces do not matter', () => {
    const expected = 'sql server 2016';
    expect(searchKey('SQL  Server 2016')).toBe(expected);
    expect(searchKey('sql-server 2016')).toBe(expected);
    expect(searchKey('SQL\u00a0Server\u00a02016')).toBe(expected);
    expect(searchKey('  SQL Server 2016.  ')).toBe(expected);
  });
  it('letters and digits are separate words, so "Win7" meets "Win 7" and "SP1" meets "SP 1"', () => {
    expect(searchKey('Win7')).toBe(searchKey('Win 7'));
    expect(searchKey('Windows 7 SP1')).toBe('windows 7 sp 1');
    expect(searchKey('21H2')).toBe('21 h 2');
  });
  it('keeps a dot between digits so "8.1" and "81" stay different', () => {
    expect(searchKey('Windows 8.1')).toBe('windows 8.1');
    expect(searchKey('Windows 81')).toBe('windows 81');
    expect(searchKey('.NET 6.0')).toBe('net 6.0');
  });
  it('drops diacritics so the German "für" still matches, and spells "+" out', () => {
    expect(searchKey('Excel 2016 für Mac')).toBe('excel 2016 fur mac');
    expect(searchKey('Surface Pro 7+')).toBe('surface pro 7 plus');
    expect(searchKey('Surface Pro 7+')).not.toBe(searchKey('Surface Pro 7'));
  });
  it('punctuation-only and SQL or regex fragments reduce to plain words or nothing', () => {
    expect(searchKey('.*')).toBe('');
    expect(searchKey("'; DROP TABLE products; --")).toBe('drop table products');
    expect(keyTokens('')).toEqual([]);
  });
  it('a prefix must end at a word boundary', () => {
    expect(isTokenPrefix('windows 10', 'windows 10 home and pro')).toBe(true);
    expect(isTokenPrefix('windows 10', 'windows 100')).toBe(false);
    expect(isTokenPrefix('windows 10', 'windows 10')).toBe(false);
  });
  it('the one-pass key of plain ASCII text is the key the rules give', () => {
    for (const text of ['Windows 7 SP1', 'a1.2.3b', '1..2', '+.5', 'C++ 2019', 'x+1', '8.1.', '.5', 'Win7x64', '  --  ', 'SQL2016+SP1.2a']) {
      expect(searchKey(text)).toBe(foldedSearchKey(text));
    }
    // Text made of the characters the rules treat specially, so dots, pluses and letter/digit borders meet often.
    const chars = fc.constantFrom(...'aZz09.+ -_/()\'#'.split(''));
    fc.assert(fc.property(fc.array(chars, { maxLength: 24 }).map((a) => a.join('')), (text) => searchKey(text) === foldedSearchKey(text)), { numRuns: 20_000 });
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 30 }), (text) => searchKey(text) === foldedSearchKey(text)), { numRuns: 20_000 });
  });
});
