import { excelError, type ExcelErrorKind } from './customFunctionsHost.js';
import { GatewayFailure, InputError, LookupFailure, NoAnswerError } from './failures.js';

export const SIGN_IN_NEEDED = 'Sign-in needed: set an API key in the task pane';

/** "A", "A or B", "A, B or C" (at most three names, so the message fits in Excel's tooltip). */
export function orList(names: readonly string[]): string {
  const shown = names.slice(0, 3);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

const quoted = (subject: string | null) => (subject === null ? 'this name' : `'${subject}'`);

/** Error kind and message for a failure: the one place that words errors for a procurement user. */
export function describeFailure(error: unknown): { kind: ExcelErrorKind; message: string } {
  if (error instanceof InputError) return { kind: 'invalidValue', message: error.message };
  if (error instanceof NoAnswerError) return { kind: 'notAvailable', message: error.message };
  if (error instanceof LookupFailure) return describeLookup(error);
  if (error instanceof GatewayFailure) return describeGateway(error);
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'notAvailable', message: `Unexpected error: ${message}` };
}

function describeLookup(e: LookupFailure): { kind: ExcelErrorKind; message: string } {
  const hint = e.candidates.length ? ` — did you mean ${orList(e.candidates)}?` : '';
  switch (e.code) {
    case 'PRODUCT_NOT_FOUND':
      return { kind: 'notAvailable', message: `Unknown product ${quoted(e.subject)}${hint}` };
    case 'PRODUCT_AMBIGUOUS':
      return { kind: 'notAvailable', message: `${quoted(e.subject)} matches several products${hint || ' — be more specific'}` };
    case 'LEVEL_NOT_FOUND':
      return { kind: 'notAvailable', message: `${e.message}${e.candidates.length ? ` (levels: ${e.candidates.join(', ')})` : ''}` };
    case 'SUBSCRIPTION_NOT_FOUND':
      return { kind: 'notAvailable', message: `Unknown subscription ${quoted(e.subject)} for this API key` };
    case 'UNAUTHENTICATED':
      return { kind: 'notAvailable', message: SIGN_IN_NEEDED };
    case 'FORBIDDEN':
      return { kind: 'notAvailable', message: `Not allowed with this API key: ${e.message}` };
    case 'BAD_USER_INPUT':
      return { kind: 'invalidValue', message: e.message };
    default:
      return { kind: 'notAvailable', message: e.message };
  }
}

function describeGateway(e: GatewayFailure): { kind: ExcelErrorKind; message: string } {
  // The code decides first: the gateway sends UNAUTHENTICATED and RATE_LIMITED as HTTP 401/429 or in a 200.
  if (e.code === 'UNAUTHENTICATED') return { kind: 'notAvailable', message: SIGN_IN_NEEDED };
  if (e.code === 'RATE_LIMITED') return { kind: 'notAvailable', message: `Gateway busy (too many requests): recalculate in a minute — ${e.message}` };
  switch (e.kind) {
    case 'network':
    case 'timeout':
      return { kind: 'notAvailable', message: `Gateway unreachable: ${e.message}` };
    case 'graphql':
      return { kind: 'notAvailable', message: `Gateway refused the request: ${e.message}` };
    default:
      return { kind: 'notAvailable', message: `Gateway error: ${e.message}` };
  }
}

/** The Excel error (#VALUE! or #N/A with a message) a custom function throws for `error`. */
export function toExcelError(error: unknown): { code: string; message?: string } {
  const { kind, message } = describeFailure(error);
  return excelError(kind, message);
}

/** Runs a function body and turns any failure into an Excel error. */
export async function asExcel<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toExcelError(e);
  }
}
