/**
 * How a record of the subscription terms (003) is read from seed/terms/ (rules are data, never
 * hard-coded): each record carries its {document, clause} and the Norwegian words it comes from; a
 * malformed record is a bug in the seed, so loading fails loudly. The rule tables themselves are the
 * domains': subscriptions/policy/subscriptionRules.ts and support/policy/liabilityRules.ts.
 */
import { TERMS_DOC, termsCitation, type Citation } from './citations.js';

export interface TermsRecord {
  document: string;
  clause: string;
  /** The Norwegian words of the source the record was taken from. */
  quote: string;
}

const CLAUSE = /^T-§\d+$/;

/** Checks that a seed record points into the terms document (003) at a `T-§n` clause. */
export function checkTermsRecord(name: string, r: Partial<TermsRecord>): TermsRecord {
  if (r.document !== TERMS_DOC || typeof r.clause !== 'string' || !CLAUSE.test(r.clause) || typeof r.quote !== 'string') {
    throw new Error(`seed/terms record ${name} must carry {document: "${TERMS_DOC}", clause: "T-§n", quote}`);
  }
  return { document: r.document, clause: r.clause, quote: r.quote };
}

export interface CountRule extends TermsRecord {
  value: number;
}

export function countRule(name: string, r: Partial<TermsRecord> & { value?: unknown }): CountRule {
  if (typeof r.value !== 'number' || !Number.isInteger(r.value) || r.value <= 0) {
    throw new Error(`seed/terms record ${name} needs a positive whole number as value`);
  }
  return { ...checkTermsRecord(name, r), value: r.value };
}

export function flagRule(name: string, r: Partial<TermsRecord> & { value?: unknown }): TermsRecord {
  if (r.value !== true) throw new Error(`seed/terms record ${name} must be true`);
  return checkTermsRecord(name, r);
}

/** A citation for a seed record, with the English sentence saying what it contributes. */
export function cite(record: TermsRecord, text: string): Citation {
  return termsCitation(record.clause, text);
}
