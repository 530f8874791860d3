import { Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import { LIMITS } from '../../kernel/limits.js';
import { QueryTooComplexError } from '../errors/index.js';

/**
 * Rejects documents nested deeper than maxDepth fields. Each fragment's depth is computed once (a document
 * spreading fragments into fragments twice per level would otherwise take exponential time); cycles are cut
 * here and reported by graphql's own NoFragmentCycles rule.
 */
export function depthLimit(ctx: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of ctx.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (set: SelectionSetNode | undefined): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) max = Math.max(max, s.selectionSet ? 1 + depthOf(s.selectionSet) : 1);
      else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(s.selectionSet));
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
        max = Math.max(max, d);
      }
    }
    return max;
  };
  return {
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet);
      if (depth > LIMITS.maxDepth) ctx.reportError(new QueryTooComplexError(`Query is nested ${depth} levels deep; at most ${LIMITS.maxDepth} are allowed`, 'DEPTH'));
    },
  };
}
