/**
 * "No answer" as a value, not an exception: what a rule or a lookup returns instead of throwing when the
 * input has no answer — an unknown product, a level it does not have, a count out of range. `code` is
 * the GraphQL `extensions.code` it becomes at the edge (graphql/errors/problemError.ts) or the Excel
 * error it becomes in the add-in; `candidates` are the "did you mean" suggestions (empty when none).
 */
export interface Problem {
  code: string;
  message: string;
  candidates: string[];
}

export function problem(code: string, message: string, candidates: string[] = []): Problem {
  return { code, message, candidates };
}

/** A Problem, or an answer (answers never carry `candidates`). */
export function isProblem<T extends object>(x: T | Problem): x is Problem {
  return 'candidates' in x && 'code' in x && 'message' in x;
}
