/**
 * Figures of the last recalculation, for the task pane: function calls, cells answered, distinct lookups
 * sent, requests, error cells and the time from the first call until the last answer. A recalculation is
 * a burst of activity: it starts with a call while nothing is in progress and ends once nothing has
 * happened for QUIET_MS after the last answer.
 */
export interface RecalcFigures {
  calls: number;
  cells: number;
  lookups: number;
  requests: number;
  errors: number;
  ms: number;
  /** When it ended (ms since the epoch). */
  endedAt: number;
}

export const QUIET_MS = 200;

export class RecalcStats {
  private current: (Omit<RecalcFigures, 'ms' | 'endedAt'> & { startedAt: number; lastAt: number }) | null = null;
  private busy = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(f: RecalcFigures) => void>();
  last: RecalcFigures | null = null;

  /** Calls `listener` with every finished recalculation; returns the unsubscribe function. */
  subscribe(listener: (f: RecalcFigures) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A function invocation began; call the returned function when its cells are answered. */
  begin(): (cells: number, errors: number) => void {
    const r = this.open();
    r.calls++;
    this.busy++;
    let done = false;
    return (cells, errors) => {
      if (done) return;
      done = true;
      r.cells += cells;
      r.errors += errors;
      this.busy--;
      this.touch();
    };
  }

  lookups(n: number): void {
    this.open().lookups += n;
  }

  request(): void {
    this.open().requests++;
    this.touch();
  }

  private open() {
    // Called twice per cell of a recalculation: no timer call or clock read unless there is something to do.
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (!this.current) {
      const now = Date.now();
      this.current = { calls: 0, cells: 0, lookups: 0, requests: 0, errors: 0, startedAt: now, lastAt: now };
    }
    return this.current;
  }

  private touch(): void {
    if (!this.current) return;
    this.current.lastAt = Date.now();
    if (this.busy > 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.finish(), QUIET_MS);
  }

  private finish(): void {
    const r = this.current;
    if (!r || this.busy > 0) return;
    this.current = null;
    const { startedAt, lastAt, ...counts } = r;
    this.last = { ...counts, ms: lastAt - startedAt, endedAt: lastAt };
    for (const l of this.listeners) l(this.last);
  }
}

/** The one instance the functions and the batch client report to. */
export const recalcStats = new RecalcStats();
