import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../../kernel/dates.js';
import { BadUserInputError } from '../errors/index.js';

function invalid(value: unknown): GraphQLError {
  const shown = typeof value === 'string' ? `'${value.slice(0, 40)}'` : typeof value;
  return new BadUserInputError(`Date must be a calendar date written YYYY-MM-DD (e.g. 2026-01-31), not ${shown}`, { reason: 'INVALID_DATE' });
}

/** An ISO 8601 calendar date `YYYY-MM-DD`: no time, no zone. Lifecycle dates are calendar days. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'An ISO 8601 calendar date, YYYY-MM-DD (no time, no time zone). Invalid or impossible dates (2023-02-29) are BAD_USER_INPUT errors.',
  serialize(value) {
    if (isIsoDate(value)) return value;
    throw new GraphQLError('Internal: a Date field produced a non-date value');
  },
  parseValue(value) {
    if (isIsoDate(value)) return value;
    throw invalid(value);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isIsoDate(ast.value)) return ast.value;
    throw invalid(ast.kind === Kind.STRING ? ast.value : ast.kind);
  },
});
