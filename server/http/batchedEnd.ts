/**
 * Ends responses in batches: a response ended with `endInBatch` is written when the event loop's current
 * turn has handled every request it read (one setImmediate for all of them), back to back.
 *
 * Why: each write to a socket whose reader is asleep wakes that reader, and on a virtual machine such a
 * wake-up is most of a small answer's cost (a client or reverse proxy on the same machine; benchmark 2's
 * client is one). Answers written in a run wake a reader once per run instead of once per answer. Under
 * load this lifts the single-query rate by about a third (README "Performance"); a lone request waits for
 * no other, only for the end of the turn that answered it (microseconds).
 */
import type { ServerResponse } from 'node:http';

type Pending = { res: ServerResponse; body: string; done: (error?: unknown) => void };

let queue: Pending[] = [];

function flush(): void {
  const batch = queue;
  queue = [];
  for (const p of batch) {
    try {
      p.res.end(p.body);
      p.done();
    } catch (e) {
      // This response's failure is its handler's (server.ts answers it); the batch goes on.
      p.done(e);
    }
  }
}

/** Ends `res` with `body` at the end of this turn; resolves once it is handed to the socket. */
export function endInBatch(res: ServerResponse, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: unknown) => (error === undefined ? resolve() : reject(error));
    if (queue.push({ res, body, done }) === 1) setImmediate(flush);
  });
}
