/**
 * The only module that touches the `CustomFunctions` global. Excel's shared runtime provides it (through
 * office.js); a browser test injects a shim; unit tests run without it. Everything is looked up at call
 * time, so a host that appears late (office.js loading after this bundle) is still used.
 */
export type ExcelErrorCode = '#VALUE!' | '#N/A';
export type ExcelErrorKind = 'invalidValue' | 'notAvailable';
export type CustomFunction = (...args: any[]) => unknown;

interface CustomFunctionsGlobal {
  associate(id: string, fn: CustomFunction): void;
  Error?: new (code: string, message?: string) => object;
  ErrorCode?: Partial<Record<ExcelErrorKind, string>>;
}

const CODES: Record<ExcelErrorKind, ExcelErrorCode> = { invalidValue: '#VALUE!', notAvailable: '#N/A' };

function host(): CustomFunctionsGlobal | undefined {
  const cf = (globalThis as { CustomFunctions?: CustomFunctionsGlobal }).CustomFunctions;
  return cf && typeof cf.associate === 'function' ? cf : undefined;
}

export function hasCustomFunctionsHost(): boolean {
  return host() !== undefined;
}

/** Stand-in for CustomFunctions.Error outside Excel: same `code` and `message` fields. */
export class ExcelErrorValue extends Error {
  override name = 'ExcelErrorValue';
  constructor(
    readonly code: ExcelErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** An Excel error value with a message (only #VALUE! and #N/A may carry one). */
export function excelError(kind: ExcelErrorKind, message: string): { code: string; message?: string } {
  const cf = host();
  if (cf?.Error) return new cf.Error(cf.ErrorCode?.[kind] ?? CODES[kind], message) as { code: string; message?: string };
  return new ExcelErrorValue(CODES[kind], message);
}

const wanted = new Map<string, CustomFunction>();
const forwarded = new Map<string, CustomFunction>();

/**
 * Records a function for `id` and hands it to Excel when the host exists. Idempotent per (id, function),
 * so the explicit registration and the calls custom-functions-metadata-plugin appends to functions.ts can
 * both run. Returns whether Excel got it now.
 */
export function associate(id: string, fn: CustomFunction): boolean {
  wanted.set(id, fn);
  const cf = host();
  if (!cf || forwarded.get(id) === fn) return false;
  cf.associate(id, fn);
  forwarded.set(id, fn);
  return true;
}

/** Hands every recorded function not yet given to Excel (for a host that appeared late). */
export function flushAssociations(): number {
  let n = 0;
  for (const [id, fn] of wanted) if (associate(id, fn)) n++;
  return n;
}

/** Ids recorded so far (whether or not a host was present). */
export function associatedIds(): string[] {
  return [...wanted.keys()];
}

/**
 * Named like the global on purpose: custom-functions-metadata-plugin appends
 * `CustomFunctions.associate("ID", fn)` to functions.ts; that file imports this object under the same
 * name, so those calls are guarded instead of throwing a ReferenceError outside Excel.
 */
export const CustomFunctions = { associate };

/**
 * The invocation Excel passes as the last argument of a streaming function (the metadata plugin recognises
 * the parameter type `CustomFunctions.StreamingInvocation<T>` and marks the function as streaming).
 */
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace CustomFunctions {
  interface StreamingInvocation<T> {
    setResult(value: T | { code: string; message?: string }): void;
    /** Set by the function; Excel calls it when the cell no longer needs the stream. */
    onCanceled?: () => void;
    address?: string;
  }
}
