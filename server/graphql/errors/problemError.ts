import type { Problem } from '../../kernel/problem.js';
import { GatewayError } from './gatewayError.js';
import { BadUserInputError } from './input.errors.js';
import { LevelNotFoundError, ProductAmbiguousError, ProductNotFoundError } from './lookup.errors.js';

/**
 * The one translation of a "no answer" value (kernel/problem.ts) into the GraphQL error a client sees:
 * its code picks the error class, its candidates travel in `extensions.candidates`.
 */
export function problemError(p: Problem): GatewayError {
  switch (p.code) {
    case 'PRODUCT_NOT_FOUND':
      return new ProductNotFoundError(p.message, p.candidates);
    case 'PRODUCT_AMBIGUOUS':
      return new ProductAmbiguousError(p.message, p.candidates);
    case 'LEVEL_NOT_FOUND':
      return new LevelNotFoundError(p.message, p.candidates);
    case 'BAD_USER_INPUT':
      return new BadUserInputError(p.message, p.candidates.length ? { candidates: p.candidates } : {});
    default:
      return new GatewayError(p.code, p.message, { candidates: p.candidates });
  }
}

/**
 * Several problems of one input (an estate row can have a bad name and a bad count): a name problem is
 * the more useful answer (it has candidates); plain input problems become one BAD_USER_INPUT listing all.
 */
export function problemsError(problems: readonly Problem[]): GatewayError {
  const lookup = problems.find((p) => p.code !== 'BAD_USER_INPUT');
  if (lookup) return problemError(lookup);
  return new BadUserInputError(problems.map((p) => p.message).join('; '), { problems: problems.map((p) => p.message) });
}
