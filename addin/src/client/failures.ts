/**
 * The ways a spreadsheet call can fail, as values the functions layer understands. They are turned into
 * Excel errors once, in toExcelError.ts (errors are translated in one place, at the edge).
 */

/** The user's argument is not usable (a bad date, an unknown entitlement name …): becomes #VALUE!. */
export class InputError extends Error {
  override name = 'InputError';
}

/** The gateway answered, but the answer has no value for this question (no extended phase …): #N/A. */
export class NoAnswerError extends Error {
  override name = 'NoAnswerError';
}

/**
 * One item of a request failed on its own: a bulk LookupError (PRODUCT_NOT_FOUND, SUBSCRIPTION_NOT_FOUND …)
 * or a GraphQL error whose path points at that item's field. Only that cell shows the error.
 */
export class LookupFailure extends Error {
  override name = 'LookupFailure';
  constructor(
    readonly code: string,
    message: string,
    readonly candidates: readonly string[] = [],
    /** What the user typed (product, subscription …), so messages can quote it. */
    readonly subject: string | null = null,
  ) {
    super(message);
  }
}

export type GatewayFailureKind = 'network' | 'timeout' | 'http' | 'json' | 'graphql' | 'shape';

/**
 * The whole request failed (network down, timeout, non-2xx, not JSON, top-level GraphQL errors, an answer of
 * the wrong shape): every call waiting on that request gets this error.
 */
export class GatewayFailure extends Error {
  override name = 'GatewayFailure';
  constructor(
    readonly kind: GatewayFailureKind,
    message: string,
    readonly code: string | null = null,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}
