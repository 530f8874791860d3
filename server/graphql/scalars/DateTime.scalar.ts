import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputError } from '../errors/index.js';

// An instant must carry its offset (or Z): a bare local time would be ambiguous across desks' time zones.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parse(value: unknown): Date {
  if (typeof value === 'string' && INSTANT.test(value)) {
    const d = new Date(value);
    if (!Number.isNaN(d.getTime())) return d;
  }
  const shown = typeof value === 'string' ? `'${value.slice(0, 40)}'` : typeof value;
  throw new BadUserInputError(`DateTime must be an ISO 8601 instant with an offset (e.g. 2026-11-23T09:30:00+01:00 or …Z), not ${shown}`, { reason: 'INVALID_DATETIME' });
}

/** An ISO 8601 instant with offset. Answers keep the offset of the place they describe. */
export const DateTimeScalar = new GraphQLScalarType<Date | string, string>({
  name: 'DateTime',
  description: 'An ISO 8601 instant with a UTC offset, e.g. 2026-11-23T08:00:00+01:00. Answers keep the local offset of the place they describe.',
  serialize(value) {
    if (typeof value === 'string') return value;
    if (value instanceof Date) return value.toISOString();
    throw new GraphQLError('Internal: a DateTime field produced a non-instant value');
  },
  parseValue: parse,
  parseLiteral(ast) {
    return parse(ast.kind === Kind.STRING ? ast.value : ast.kind);
  },
});
