import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { LIMITS } from '../../kernel/limits.js';
import { BadUserInputError } from '../errors/index.js';

// An instant must carry its offset (or Z): a bare local time would be ambiguous across desks' time zones.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const FIRST = Date.parse(`${LIMITS.minDate}T00:00:00Z`);
const LAST = Date.parse(`${LIMITS.maxDate}T23:59:59.999Z`);

function parse(value: unknown): Date {
  if (typeof value === 'string' && INSTANT.test(value)) {
    const d = new Date(value);
    const t = d.getTime();
    if (!Number.isNaN(t) && (t < FIRST || t > LAST)) {
      throw new BadUserInputError(`DateTime must be from ${LIMITS.minDate}T00:00:00Z to ${LIMITS.maxDate}T23:59:59Z, not '${value.slice(0, 40)}'`, { reason: 'DATE_OUT_OF_RANGE', min: LIMITS.minDate, max: LIMITS.maxDate });
    }
    if (!Number.isNaN(t)) return d;
  }
  const shown = typeof value === 'string' ? `'${value.slice(0, 40)}'` : typeof value;
  throw new BadUserInputError(`DateTime must be an ISO 8601 instant with an offset (e.g. 2026-11-23T09:30:00+01:00 or …Z), not ${shown}`, { reason: 'INVALID_DATETIME' });
}

/** An ISO 8601 instant with offset. Answers keep the offset of the place they describe. */
export const DateTimeScalar = new GraphQLScalarType<Date | string, string>({
  name: 'DateTime',
  description: `An ISO 8601 instant with a UTC offset, e.g. 2026-11-23T08:00:00+01:00, from ${LIMITS.minDate}T00:00:00Z to ${LIMITS.maxDate}T23:59:59Z (outside: BAD_USER_INPUT, reason DATE_OUT_OF_RANGE). Answers keep the local offset of the place they describe; where that offset was not a whole number of minutes (local mean time before a zone adopted standard time, e.g. Helsinki before 1921) they are given in UTC (Z).`,
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
