import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable, isDataOutOfRange } from './databaseErrors.js';

describe('isDatabaseUnavailable', () => {
  it('recognises PostgreSQL terminating or refusing connections', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('database "x" is not currently accepting connections'), { code: '55000' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
  });

  it('looks through GraphQL errors wrapping the driver error', () => {
    const driver = Object.assign(new Error('boom'), { code: '08006' });
    expect(isDatabaseUnavailable(new GraphQLError('Unexpected error', { originalError: driver }))).toBe(true);
  });

  it('does not treat bugs or constraint violations as an outage', () => {
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key value'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable('a string')).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe('isDataOutOfRange', () => {
  it('recognises PostgreSQL data exceptions (class 22) behind a GraphQL error', () => {
    const overflow = Object.assign(new Error('value "1e30" is out of range for type bigint'), { code: '22003' });
    expect(isDataOutOfRange(new GraphQLError('Unexpected error', { originalError: overflow }))).toBe(true);
    expect(isDataOutOfRange(Object.assign(new Error('value too long for type character varying(200)'), { code: '22001' }))).toBe(true);
  });

  it('is not an outage, and an outage is not a data exception', () => {
    expect(isDataOutOfRange(Object.assign(new Error('terminating connection'), { code: '57P01' }))).toBe(false);
    expect(isDataOutOfRange(Object.assign(new Error('duplicate key value'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('out of range'), { code: '22003' }))).toBe(false);
  });
});
