/**
 * Long synchronous work split into turns of the event loop (issue 15, finding 1): between turns, other
 * requests (a health check, a single lookup) are answered, so one bulk request never holds the loop for
 * more than one turn's work.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** items.map(fn), `perTurn` items at a time with a turn of the event loop between. */
export async function mapInTurns<T, R>(items: readonly T[], fn: (item: T, index: number) => R, perTurn = 100): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % perTurn === 0) await nextTurn();
    out.push(fn(items[i]!, i));
  }
  return out;
}
