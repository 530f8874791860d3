import { raw } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { SqlitePlatform } from '@mikro-orm/sqlite';
import { bindParameters } from './boundParameters.js';

const sqlite = new SqlitePlatform();
const pg = new PostgreSqlPlatform();

describe('bindParameters: values bound, never written into SQL (MikroORM placeholder grammar)', () => {
  it('binds each ? as a parameter: ? for SQLite, $n for PostgreSQL', () => {
    const nul = "a\u0000b'; drop table x; --";
    expect(bindParameters('select * from t where a = ? and b = ?', [nul, 5], sqlite, 'sqlite')).toEqual({ sql: 'select * from t where a = ? and b = ?', parameters: [nul, 5] });
    expect(bindParameters('select * from t where a = ? and b = ?', [nul, 5], pg, 'postgresql')).toEqual({ sql: 'select * from t where a = $1 and b = $2', parameters: [nul, 5] });
  });

  it('expands a list into one placeholder per item, as the inlining did (in (?))', () => {
    expect(bindParameters('select 1 where id in (?)', [['a', 'b', 'c']], pg, 'postgresql')).toEqual({ sql: 'select 1 where id in ($1, $2, $3)', parameters: ['a', 'b', 'c'] });
  });

  it('quotes ?? identifiers into the text and keeps \\? as a literal question mark', () => {
    expect(bindParameters('select ?? from t where x = ?', ['col', 1], sqlite, 'sqlite')).toEqual({ sql: 'select `col` from t where x = ?', parameters: [1] });
    expect(bindParameters('select data \\? ? from t', ['k'], pg, 'postgresql')).toEqual({ sql: 'select data ? $1 from t', parameters: ['k'] });
    expect(bindParameters('?', ['x'], pg, 'postgresql')).toEqual({ sql: '$1', parameters: ['x'] });
  });

  it('binds a raw fragment’s own parameters in place', () => {
    expect(bindParameters('select ? + 1, ?', [raw('lower(?)', ['X']), 'y'], pg, 'postgresql')).toEqual({ sql: 'select lower($1) + 1, $2', parameters: ['X', 'y'] });
  });

  it('converts values as the platform would have written them', () => {
    const d = new Date('2026-01-02T03:04:05.000Z');
    expect(bindParameters('? ? ? ? ?', [true, false, d, null, undefined], sqlite, 'sqlite').parameters).toEqual([1, 0, d.getTime(), null, null]);
    const p = bindParameters('? ? ? ?', [12n, d, { a: 1 }, Buffer.from('x')], pg, 'postgresql').parameters;
    expect(p[0]).toBe('12');
    expect(typeof p[1]).toBe('string');
    expect(p[2]).toBe('{"a":1}');
    expect(Buffer.isBuffer(p[3])).toBe(true);
  });
});
