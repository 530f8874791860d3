/**
 * The gateway's own document limits (README "Reliability"), one validation rule per file, run after
 * graphql-js's specified rules. The token limit is the parser's (parseOptions): a document is refused
 * while it is read, before any rule runs.
 */
import { LIMITS } from '../../kernel/limits.js';
import { aliasLimit } from './aliasLimit.js';
import { depthLimit } from './depthLimit.js';
import { directiveLimit } from './directiveLimit.js';

export function validationRules() {
  return [depthLimit, aliasLimit, directiveLimit];
}

export const parseOptions = { maxTokens: LIMITS.maxTokens };
