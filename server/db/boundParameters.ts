/**
 * Every value goes to the database as a bound parameter, never as SQL text.
 *
 * Why this exists: MikroORM 7's AbstractSqlConnection.execute() formats every parameter into the SQL text
 * (platform.formatQuery → quoteValue) and sends the statement with no parameters at all
 * (mikro-orm/mikro-orm#8001). Its escaping is sound for quotes, but the value still becomes SQL: a NUL
 * character ends the statement for SQLite's tokenizer, so `'a<NUL>b'` reached SQLite as the unterminated
 * literal `'a` ("unrecognized token: "'a"", issue 15 finding 5), and PostgreSQL refuses NUL in text as well.
 * The connections below run the same statements with `?` (SQLite) or `$n` (PostgreSQL) placeholders and
 * the values bound, so the statement text never contains a value.
 *
 * `bindParameters` reads MikroORM's placeholder grammar exactly as Platform.formatQuery does: `?` a value,
 * `??` an identifier (quoted into the text: identifiers come from the entity metadata, not from users),
 * `\?` a literal question mark; a raw fragment's own placeholders are bound too, and a list is expanded
 * into one placeholder per item (`in (?)` with [a, b] → `in (?, ?)`), as the inlining did.
 */
import { isRaw, JsonProperty, Utils, type Platform } from '@mikro-orm/core';

export type BindDialect = 'sqlite' | 'postgresql';

export interface BoundStatement {
  sql: string;
  parameters: unknown[];
}

/** A value as the driver binds it, converted as the platform's quoteValue/escape would have written it. */
function driverValue(value: unknown, dialect: BindDialect, platform: Platform): unknown {
  if (value === undefined || value === null) return null;
  if (Utils.isPlainObject(value) || (value as Record<symbol, unknown>)?.[JsonProperty]) return JSON.stringify(value);
  if (dialect === 'sqlite') {
    if (typeof value === 'boolean') return value ? 1 : 0; // SQLite has no boolean: true/false are 1/0
    if (value instanceof Date) return +value; // SqlitePlatform stores datetimes as epoch milliseconds
    return value;
  }
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return (platform as unknown as { formatDate(d: Date): string }).formatDate(value);
  return value;
}

export function bindParameters(sql: string, params: readonly unknown[], platform: Platform, dialect: BindDialect): BoundStatement {
  const parameters: unknown[] = [];
  const placeholder = () => (dialect === 'sqlite' ? '?' : `$${parameters.length}`);

  const bindValue = (value: unknown): string => {
    if (isRaw(value)) return bindSql(value.sql, value.params);
    if (Array.isArray(value)) return value.map(bindValue).join(', ');
    if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) {
      parameters.push(value);
      return placeholder();
    }
    parameters.push(driverValue(value, dialect, platform));
    return placeholder();
  };

  const bindSql = (text: string, values: readonly unknown[]): string => {
    if (values.length === 0) return text;
    let j = 0;
    let pos = 0;
    let out = '';
    if (text.startsWith('?')) {
      if (text[1] === '?') {
        out += platform.quoteIdentifier(values[j++] as string);
        pos = 2;
      } else {
        out += bindValue(values[j++]);
        pos = 1;
      }
    }
    while (pos < text.length) {
      const idx = text.indexOf('?', pos + 1);
      if (idx === -1) {
        out += text.substring(pos);
        break;
      }
      if (text.substring(idx - 1, idx + 1) === '\\?') {
        out += text.substring(pos, idx - 1) + '?';
        pos = idx + 1;
      } else if (text.substring(idx, idx + 2) === '??') {
        out += text.substring(pos, idx) + platform.quoteIdentifier(values[j++] as string);
        pos = idx + 2;
      } else {
        out += text.substring(pos, idx) + bindValue(values[j++]);
        pos = idx + 1;
      }
    }
    return out;
  };

  return { sql: bindSql(sql, params), parameters };
}
