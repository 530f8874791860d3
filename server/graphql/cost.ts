import { LIMITS } from '../kernel/limits.js';
import { INTROSPECTION_FIELDS } from './introspection.js';
import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';

/**
 * The estimated cost of a request, computed from the document and its variables before anything runs:
 *   - every field selected costs 1 (a fragment costs what it selects, each time it is spread);
 *   - every item of a list argument costs 1 (a bulk lookup of 1,000 products costs 1,000);
 *   - a `first: n` page size costs n (a page of 500 products is 500 nodes of work);
 *   - every string in a list argument (the names of a bulk lookup) costs 1 per full LIMITS.textUnitChars
 *     characters: resolving a name takes time in proportion to its length, so 1,000 names of 290 characters
 *     cost 7 times as much as 1,000 short ones. A single string (a CSV upload) is priced by its resolver.
 * `items` + `text` is what the rate limiter reserves before executing; `total` is compared with the
 * per-request maximum. Both grow with aliases, so 15 aliased bulk lookups cannot slip under the
 * 1,000-items-per-field limit. Introspection fields are counted apart, in `introspection`.
 */
export interface CostEstimate {
  fields: number;
  items: number;
  pages: number;
  /** Long strings in list arguments: floor(length / LIMITS.textUnitChars) each. */
  text: number;
  total: number;
  /** The most list items any single field is given (the per-request bulk limit applies to this). */
  maxFieldItems: number;
  /**
   * Fields inside `__schema` / `__type` subtrees, root field included: not part of `fields` or `total`
   * (introspection reads the schema, not data) but bounded on their own (LIMITS.maxIntrospectionFields).
   */
  introspection: number;
}

type Variables = Record<string, unknown> | null | undefined;

/** Items in a runtime (variable) value: every array element counts, nested arrays included. */
function itemsInValue(v: unknown, depth = 0): number {
  if (depth > 20 || v === null || typeof v !== 'object') return 0;
  let n = 0;
  if (Array.isArray(v)) {
    n += v.length;
    for (const x of v) if (x !== null && typeof x === 'object') n += itemsInValue(x, depth + 1);
  } else {
    for (const x of Object.values(v as Record<string, unknown>)) n += itemsInValue(x, depth + 1);
  }
  return n;
}

/** Text units of the strings inside lists of a runtime (variable) value. */
function textInValue(v: unknown, inList: boolean, depth = 0): number {
  if (typeof v === 'string') return inList ? Math.floor(v.length / LIMITS.textUnitChars) : 0;
  if (depth > 20 || v === null || typeof v !== 'object') return 0;
  let n = 0;
  const list = Array.isArray(v);
  for (const x of list ? v : Object.values(v as Record<string, unknown>)) n += textInValue(x, inList || list, depth + 1);
  return n;
}

function textInNode(node: ValueNode, vars: Variables, inList = false, depth = 0): number {
  if (depth > 20) return 0;
  switch (node.kind) {
    case Kind.STRING:
      return inList ? Math.floor(node.value.length / LIMITS.textUnitChars) : 0;
    case Kind.VARIABLE:
      return textInValue(vars?.[node.name.value], inList);
    case Kind.LIST:
      return node.values.reduce((n, v) => n + textInNode(v, vars, true, depth + 1), 0);
    case Kind.OBJECT:
      return node.fields.reduce((n, f) => n + textInNode(f.value, vars, inList, depth + 1), 0);
    default:
      return 0;
  }
}

/** Items in an argument literal, following variables. */
function itemsInNode(node: ValueNode, vars: Variables, depth = 0): number {
  if (depth > 20) return 0;
  switch (node.kind) {
    case Kind.VARIABLE:
      return itemsInValue(vars?.[node.name.value]);
    case Kind.LIST:
      return node.values.length + node.values.reduce((n, v) => n + itemsInNode(v, vars, depth + 1), 0);
    case Kind.OBJECT:
      return node.fields.reduce((n, f) => n + itemsInNode(f.value, vars, depth + 1), 0);
    default:
      return 0;
  }
}

function pageSize(node: ValueNode, vars: Variables): number {
  const v = node.kind === Kind.VARIABLE ? vars?.[node.name.value] : node.kind === Kind.INT ? Number(node.value) : null;
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.min(v, Number.MAX_SAFE_INTEGER) : 0;
}

/** Whether a value mentions a variable (its items, text or page size then depend on the request). */
function hasVariable(node: ValueNode, depth = 0): boolean {
  if (depth > 20) return false;
  switch (node.kind) {
    case Kind.VARIABLE:
      return true;
    case Kind.LIST:
      return node.values.some((v) => hasVariable(v, depth + 1));
    case Kind.OBJECT:
      return node.fields.some((f) => hasVariable(f.value, depth + 1));
    default:
      return false;
  }
}

const zero = (): CostEstimate => ({ fields: 0, items: 0, pages: 0, text: 0, total: 0, maxFieldItems: 0, introspection: 0 });
const add = (a: CostEstimate, b: CostEstimate) => {
  a.fields += b.fields;
  a.introspection += b.introspection;
  a.items += b.items;
  a.pages += b.pages;
  a.text += b.text;
  a.maxFieldItems = Math.max(a.maxFieldItems, b.maxFieldItems);
};

/** The items, text and page sizes of one field's arguments. */
function argumentsCost(field: FieldNode, vars: Variables): { items: number; text: number; pages: number } {
  let items = 0;
  let text = 0;
  let pages = 0;
  for (const arg of field.arguments ?? []) {
    items += itemsInNode(arg.value, vars);
    text += textInNode(arg.value, vars);
    if (arg.name.value === 'first') pages += pageSize(arg.value, vars);
  }
  return { items, text, pages };
}

/**
 * What can be costed from the document alone (`fixed`), and the fields whose arguments mention variables,
 * with how often each is selected (`variable`): a request then costs only those. Variables inside an
 * introspection subtree make the whole estimate per request (`perRequest`): rare, and never on a hot path.
 */
interface CostPlan {
  fixed: CostEstimate;
  variable: Map<FieldNode, number>;
  perRequest: boolean;
}

function planCost(document: DocumentNode, operation: OperationDefinitionNode, variables: Variables, planning: boolean): CostPlan {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // Each fragment is costed once and reused at every spread (a spread-heavy document stays cheap to cost).
  const memo = new Map<string, CostPlan>();
  let perRequest = false;
  const merge = (a: CostPlan, b: CostPlan) => {
    add(a.fixed, b.fixed);
    for (const [field, times] of b.variable) a.variable.set(field, (a.variable.get(field) ?? 0) + times);
  };

  const costOf = (set: SelectionSetNode | undefined, visiting: Set<string>): CostPlan => {
    const p: CostPlan = { fixed: zero(), variable: new Map(), perRequest: false };
    const c = p.fixed;
    if (!set) return p;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD && INTROSPECTION_FIELDS.has(s.name.value)) {
        // Everything below reads the schema: counted as introspection (fields, items and pages alike).
        const inner = costOf(s.selectionSet, visiting);
        if (inner.variable.size) perRequest = true;
        c.introspection += 1 + inner.fixed.fields + inner.fixed.introspection + inner.fixed.items + inner.fixed.pages;
      } else if (s.kind === Kind.FIELD) {
        c.fields += 1;
        if (planning && (s.arguments ?? []).some((a) => hasVariable(a.value))) {
          p.variable.set(s, (p.variable.get(s) ?? 0) + 1);
        } else {
          const a = argumentsCost(s, variables);
          c.items += a.items;
          c.text += a.text;
          c.pages += a.pages;
          c.maxFieldItems = Math.max(c.maxFieldItems, a.items);
        }
        merge(p, costOf(s.selectionSet, visiting));
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        merge(p, costOf(s.selectionSet, visiting));
      } else {
        const name = s.name.value;
        const f = fragments.get(name);
        if (!f || visiting.has(name)) continue; // cycles are a validation error already
        let fc = memo.get(name);
        if (!fc) {
          fc = costOf(f.selectionSet, new Set([...visiting, name]));
          memo.set(name, fc);
        }
        merge(p, fc);
      }
    }
    return p;
  };

  const plan = costOf(operation.selectionSet, new Set());
  plan.perRequest = perRequest;
  return plan;
}

/** The plan's estimate for one request's variables. */
function costWith(plan: CostPlan, variables: Variables): CostEstimate {
  const c = { ...plan.fixed };
  for (const [field, times] of plan.variable) {
    const a = argumentsCost(field, variables);
    c.items += a.items * times;
    c.text += a.text * times;
    c.pages += a.pages * times;
    c.maxFieldItems = Math.max(c.maxFieldItems, a.items);
  }
  c.total = c.fields + c.items + c.pages + c.text;
  return c;
}

/**
 * Plans per operation node: Apollo keeps one parsed document per query text, so a query sent again is
 * costed from its plan, and only the arguments that mention variables are looked at.
 */
const plans = new WeakMap<OperationDefinitionNode, CostPlan>();

export function estimateCost(document: DocumentNode, operation: OperationDefinitionNode, variables: Variables): CostEstimate {
  let plan = plans.get(operation);
  if (!plan) {
    plan = planCost(document, operation, undefined, true);
    plans.set(operation, plan);
  }
  if (plan.perRequest) return costWith(planCost(document, operation, variables, false), variables);
  return costWith(plan, variables);
}
