import type { ASTVisitor, FieldNode, ValidationContext } from 'graphql';
import { LIMITS } from '../../kernel/limits.js';
import { QueryTooComplexError } from '../errors/index.js';

/** Rejects documents with more than maxAliases aliases: each alias repeats a field's work under another name. */
export function aliasLimit(ctx: ValidationContext): ASTVisitor {
  let aliases = 0;
  return {
    Field(node: FieldNode) {
      if (node.alias) aliases++;
    },
    Document: {
      leave() {
        if (aliases > LIMITS.maxAliases) ctx.reportError(new QueryTooComplexError(`Query uses ${aliases} aliases; at most ${LIMITS.maxAliases} are allowed`, 'ALIASES'));
      },
    },
  };
}
