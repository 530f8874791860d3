/**
 * The catalogue as one request sees it: the same snapshot, with every name it resolves bounded by the
 * request's work budget (kernel/workBudget.ts: at most N "did you mean" searches, each charged, and the
 * request's deadline checked per name). A Catalogue view, so code that takes a Catalogue takes this one too.
 */
import type { WorkBudget } from '../../kernel/workBudget.js';
import type { Catalogue } from './catalogue.js';

export function budgetedCatalogue(catalogue: Catalogue, budget: WorkBudget): Catalogue {
  // A view rather than a Proxy: a Proxy bound every method on every access (thousands per bulk request).
  return catalogue.withWork(budget);
}
