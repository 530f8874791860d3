/**
 * The catalogue as one request sees it: the same snapshot, with every name it resolves bounded by the
 * request's work budget (kernel/workBudget.ts: at most N "did you mean" searches, each charged, and the
 * request's deadline checked per name). A wrapper, so nothing else changes: code that takes a Catalogue
 * takes this one too.
 */
import type { WorkBudget } from '../../kernel/workBudget.js';
import type { Catalogue } from './catalogue.js';

export function budgetedCatalogue(catalogue: Catalogue, budget: WorkBudget): Catalogue {
  return new Proxy(catalogue, {
    get(target, prop) {
      if (prop === 'resolve') return (query: string) => target.resolve(query, budget);
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
