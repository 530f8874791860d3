import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ASTVisitor, type ValidationContext, Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Config } from '../config/config.js';
import type { GatewayContext } from '../graphql/context.js';

export const LIMITS = { maxDepth: 8, maxAliases: 15, maxDirectives: 10 } as const;

function limitError(message: string, reason: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', reason } });
}

/** Rejects documents nested deeper than maxDepth fields (fragments followed, cycles cut). */
function depthLimit(ctx: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of ctx.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) max = Math.max(max, s.selectionSet ? 1 + depthOf(s.selectionSet, seen) : 1);
      else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(s.selectionSet, seen));
      else if (!seen.has(s.name.value)) {
        const f = fragments.get(s.name.value);
        if (f) max = Math.max(max, depthOf(f.selectionSet, new Set([...seen, s.name.value])));
      }
    }
    return max;
  };
  return {
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet, new Set());
      if (depth > LIMITS.maxDepth) ctx.reportError(limitError(`Query is nested ${depth} levels deep; at most ${LIMITS.maxDepth} are allowed`, 'DEPTH'));
    },
  };
}

function aliasLimit(ctx: ValidationContext): ASTVisitor {
  let aliases = 0;
  let directives = 0;
  return {
    Field(node: FieldNode) {
      if (node.alias) aliases++;
    },
    Directive() {
      directives++;
    },
    Document: {
      leave() {
        if (aliases > LIMITS.maxAliases) ctx.reportError(limitError(`Query uses ${aliases} aliases; at most ${LIMITS.maxAliases} are allowed`, 'ALIASES'));
        if (directives > LIMITS.maxDirectives) ctx.reportError(limitError(`Query uses ${directives} directives; at most ${LIMITS.maxDirectives} are allowed`, 'DIRECTIVES'));
      },
    },
  };
}

export function validationRules() {
  return [depthLimit, aliasLimit];
}

export function graphqlPlugins(_config: Config): ApolloServerPlugin<GatewayContext>[] {
  return [];
}
