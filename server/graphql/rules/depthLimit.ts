import { Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import { LIMITS } from '../../kernel/limits.js';
import { QueryTooComplexError } from '../errors/index.js';
import { INTROSPECTION_FIELDS } from '../introspection.js';

interface Depth {
  /** Depth of data fields (an introspection field counts as one level, its subtree not at all). */
  data: number;
  /** Deepest introspection subtree, its root field included (0 when there is none). */
  introspection: number;
}

/**
 * Rejects documents nested deeper than maxDepth data fields, or maxIntrospectionDepth inside `__schema` /
 * `__type` (the explorer's standard introspection query is 15 levels deep; graphql-js's
 * MaxIntrospectionDepthRule bounds its list recursion). Each fragment's depth is computed once (a document
 * spreading fragments into fragments twice per level would otherwise take exponential time); cycles are cut
 * here and reported by graphql's own NoFragmentCycles rule.
 */
export function depthLimit(ctx: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of ctx.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, Depth>();
  const visiting = new Set<string>();
  const depthOf = (set: SelectionSetNode | undefined): Depth => {
    const max: Depth = { data: 0, introspection: 0 };
    if (!set) return max;
    const merge = (d: Depth) => {
      max.data = Math.max(max.data, d.data);
      max.introspection = Math.max(max.introspection, d.introspection);
    };
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const inner = depthOf(s.selectionSet);
        if (INTROSPECTION_FIELDS.has(s.name.value)) merge({ data: 1, introspection: 1 + Math.max(inner.data, inner.introspection) });
        else merge({ data: 1 + inner.data, introspection: inner.introspection });
      } else if (s.kind === Kind.INLINE_FRAGMENT) merge(depthOf(s.selectionSet));
      else {
        const name = s.name.value;
        const f = fragments.get(name);
        if (!f || visiting.has(name)) continue;
        let d = memo.get(name);
        if (d === undefined) {
          visiting.add(name);
          d = depthOf(f.selectionSet);
          visiting.delete(name);
          memo.set(name, d);
        }
        merge(d);
      }
    }
    return max;
  };
  return {
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet);
      if (depth.data > LIMITS.maxDepth) ctx.reportError(new QueryTooComplexError(`Query is nested ${depth.data} levels deep; at most ${LIMITS.maxDepth} are allowed`, 'DEPTH'));
      if (depth.introspection > LIMITS.maxIntrospectionDepth) {
        ctx.reportError(new QueryTooComplexError(`Introspection is nested ${depth.introspection} levels deep; at most ${LIMITS.maxIntrospectionDepth} are allowed`, 'DEPTH'));
      }
    },
  };
}
