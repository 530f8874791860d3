import { STREAMING } from '../functions/associations.js';

/** A stand-in for Excel's StreamingInvocation that records every result (tests only). */
export interface RecordedStream {
  results: unknown[];
  invocation: { setResult(v: unknown): void; onCanceled?: () => void };
  /** What Excel does when the cell is deleted or recalculated: the function's onCanceled. */
  cancel(): void;
  /** The first answer (rejects with the error value when it is one, like a plain function's promise). */
  first: Promise<unknown>;
}

type Fn = (...args: any[]) => unknown;

/** Invokes a streaming function as Excel does: the declared arguments (null when omitted), then the invocation. */
export function streamed(fn: Fn, ...args: unknown[]): RecordedStream {
  const results: unknown[] = [];
  const invocation: RecordedStream['invocation'] = { setResult: (v) => void results.push(v) };
  const padded = [...args];
  while (padded.length < fn.length - 1) padded.push(null);
  const first = Promise.resolve(fn(...padded, invocation));
  first.catch(() => {});
  return { results, invocation, cancel: () => invocation.onCanceled?.(), first };
}

/**
 * Calls an ENT function as a scalar caller: its (first) answer, or a rejection with the Excel error value.
 * A streaming function is cancelled after its first answer, so no timer outlives the test.
 */
export async function call(fn: Fn, ...args: unknown[]): Promise<any> {
  if (!STREAMING.has(fn)) return fn(...args);
  const s = streamed(fn, ...args);
  try {
    return await s.first;
  } finally {
    s.cancel();
  }
}
