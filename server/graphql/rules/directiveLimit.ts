import type { ASTVisitor, ValidationContext } from 'graphql';
import { LIMITS } from '../../kernel/limits.js';
import { QueryTooComplexError } from '../errors/index.js';

/** Rejects documents with more than maxDirectives directives (each is evaluated per field it sits on). */
export function directiveLimit(ctx: ValidationContext): ASTVisitor {
  let directives = 0;
  return {
    Directive() {
      directives++;
    },
    Document: {
      leave() {
        if (directives > LIMITS.maxDirectives) ctx.reportError(new QueryTooComplexError(`Query uses ${directives} directives; at most ${LIMITS.maxDirectives} are allowed`, 'DIRECTIVES'));
      },
    },
  };
}
