import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isDateInRange, isIsoDate } from '../../kernel/dates.js';
import { LIMITS } from '../../kernel/limits.js';
import { BadUserInputError } from '../errors/index.js';

function invalid(value: unknown): GraphQLError {
  const shown = typeof value === 'string' ? `'${value.slice(0, 40)}'` : typeof value;
  return new BadUserInputError(`Date must be a calendar date written YYYY-MM-DD (e.g. 2026-01-31), not ${shown}`, { reason: 'INVALID_DATE' });
}

function parse(value: unknown): string {
  // Written as a date but outside the range (0999-12-31, 9999-12-31): say so, rather than "not a date".
  const dateShaped = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (!isIsoDate(value) && !(dateShaped && !isDateInRange(value))) throw invalid(value);
  if (!isDateInRange(value as string)) {
    throw new BadUserInputError(`Date must be from ${LIMITS.minDate} to ${LIMITS.maxDate}, not '${value}'`, { reason: 'DATE_OUT_OF_RANGE', min: LIMITS.minDate, max: LIMITS.maxDate });
  }
  return value;
}

/** An ISO 8601 calendar date `YYYY-MM-DD`: no time, no zone. Lifecycle dates are calendar days. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: `An ISO 8601 calendar date, YYYY-MM-DD (no time, no time zone), from ${LIMITS.minDate} to ${LIMITS.maxDate}. Invalid or impossible dates (2023-02-29) are BAD_USER_INPUT (reason INVALID_DATE), dates outside that range BAD_USER_INPUT (reason DATE_OUT_OF_RANGE). Answers computed from a date in range may lie later (a renewal after 2999).`,
  serialize(value) {
    if (isIsoDate(value)) return value;
    throw new GraphQLError('Internal: a Date field produced a non-date value');
  },
  parseValue: parse,
  parseLiteral(ast) {
    return parse(ast.kind === Kind.STRING ? ast.value : ast.kind);
  },
});
