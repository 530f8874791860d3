/**
 * What one request may spend on the expensive parts of an answer (issue 15, finding 1). A "did you mean"
 * search for an unknown name costs ~1–3 ms of event-loop time, a thousand times a known name's lookup:
 * one request may run at most `suggestions` of them (later unknown names are answered without candidates,
 * and say so), each is charged `unitsPerSuggestion` rate-limit units, and every name resolved checks the
 * request's deadline, so a request that never yields still stops when its time is up.
 * Pure: the clock and what a missed deadline means are given by the edge.
 */
export interface WorkBudgetOptions {
  /** Full suggestion searches allowed in one request. */
  suggestions: number;
  /** Rate-limit units one suggestion search costs. */
  unitsPerSuggestion: number;
  /** Adds units to the request's cost (the rate limiter charges them). */
  charge(units: number): void;
  /** Throws when the request's time is up; returns otherwise. */
  checkDeadline(): void;
}

export class WorkBudget {
  #used = 0;
  #skipped = 0;

  constructor(private readonly opts: WorkBudgetOptions) {}

  /** The most suggestion searches this request may run. */
  get limit(): number {
    return this.opts.suggestions;
  }

  get used(): number {
    return this.#used;
  }

  /** Unknown names answered without a suggestion search because the budget was spent. */
  get skipped(): number {
    return this.#skipped;
  }

  /** Takes one suggestion search (charging it), or false when the request has used them all. */
  trySuggest(): boolean {
    if (this.#used >= this.opts.suggestions) {
      this.#skipped++;
      return false;
    }
    this.#used++;
    this.opts.charge(this.opts.unitsPerSuggestion);
    return true;
  }

  checkDeadline(): void {
    this.opts.checkDeadline();
  }
}

/** No limits (in-process use: the import, benchmarks, tests). */
export const UNLIMITED_BUDGET = new WorkBudget({ suggestions: Number.POSITIVE_INFINITY, unitsPerSuggestion: 0, charge: () => {}, checkDeadline: () => {} });
