/**
 * A citation points a user at the clause that justifies an answer (docs/domain.md, Citations: every
 * answer carries its clause ids). `document` is the source document's id; `clause` is `L-…` for the
 * lifecycle policy (000) or `T-§n` for the subscription terms (003).
 */
export interface Citation {
  document: '000_ce973374ecf40211' | '003_02c581ca7a5a5e40';
  clause: string;
  /** One sentence in English saying what the clause contributes to this answer. */
  text: string;
}

export const LIFECYCLE_DOC = '000_ce973374ecf40211' as const;
export const TERMS_DOC = '003_02c581ca7a5a5e40' as const;

export function lifecycleCitation(clause: string, text: string): Citation {
  return { document: LIFECYCLE_DOC, clause, text };
}

export function termsCitation(clause: string, text: string): Citation {
  return { document: TERMS_DOC, clause, text };
}
