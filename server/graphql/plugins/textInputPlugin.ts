import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { textProblem } from '../../kernel/text.js';
import type { BaseContext } from '../context.js';
import { BadUserInputError } from '../errors/index.js';

export interface TextInputOptions {
  /**
   * Arguments ("field.argument") whose items are checked one by one by their resolver with the same
   * validator (kernel/text.ts), so that one bad name in a bulk lookup or one bad CSV row is a per-item
   * error and never fails the others.
   */
  checkedPerItem: readonly string[];
}

/** Every string in a runtime (variable) value, with where it is. */
function* stringsIn(value: unknown, path: string, depth = 0): Generator<[string, string]> {
  if (depth > 20) return;
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* stringsIn(v, `${path}[${i}]`, depth + 1);
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* stringsIn(v, `${path}.${k}`, depth + 1);
}

function* stringsInNode(node: ValueNode, path: string, variables: Record<string, unknown>, depth = 0): Generator<[string, string]> {
  if (depth > 20) return;
  switch (node.kind) {
    case Kind.STRING:
      yield [path, node.value];
      break;
    case Kind.VARIABLE:
      yield* stringsIn(variables[node.name.value], path);
      break;
    case Kind.LIST:
      for (const [i, v] of node.values.entries()) yield* stringsInNode(v, `${path}[${i}]`, variables, depth + 1);
      break;
    case Kind.OBJECT:
      for (const f of node.fields) yield* stringsInNode(f.value, `${path}.${f.name.value}`, variables, depth + 1);
      break;
    default:
  }
}

/**
 * Every text argument of a request — literal or variable, at any depth of an input object or list — is
 * checked by the one text validator (kernel/text.ts) before anything runs: a control character (other
 * than tab and line breaks) or a lone surrogate is a 400 BAD_USER_INPUT naming the argument, so no such
 * value reaches a rule, the database or a calendar feed.
 */
export function textInputCheck(opts: TextInputOptions): (document: DocumentNode, variables: Record<string, unknown> | undefined) => void {
  const perItem = new Set(opts.checkedPerItem);
  /**
   * The arguments to check, in document order, found once per document (Apollo keeps one parsed document
   * per query text): a request only reads their values, and its variables.
   */
  const checked = new WeakMap<DocumentNode, { value: ValueNode; path: string }[]>();
  const argumentsOf = (document: DocumentNode) => {
    let list = checked.get(document);
    if (!list) {
      const found: { value: ValueNode; path: string }[] = [];
      visit(document, {
        Field(field) {
          for (const arg of field.arguments ?? []) {
            if (!perItem.has(`${field.name.value}.${arg.name.value}`)) found.push({ value: arg.value, path: `${field.name.value}(${arg.name.value})` });
          }
        },
      });
      list = found;
      checked.set(document, list);
    }
    return list;
  };
  return (document, variables = {}) => {
    for (const { value, path: where } of argumentsOf(document)) {
      for (const [path, text] of stringsInNode(value, where, variables)) {
        const problem = textProblem(text, path);
        if (problem) throw new BadUserInputError(problem, { reason: 'INVALID_TEXT' }, 400);
      }
    }
  };
}

/** textInputCheck in Apollo's didResolveOperation (the fast path, graphql/fastPath.ts, calls it itself). */
export function textInputPlugin(opts: TextInputOptions): ApolloServerPlugin<BaseContext> {
  const check = textInputCheck(opts);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          check(document, request.variables);
        },
      };
    },
  };
}
