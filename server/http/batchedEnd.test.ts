import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { endInBatch } from './batchedEnd.js';

/** Responses ended in one turn of the event loop are written together, after the turn; each gets its own body. */
let server: Server;
let url: string;
const ended: boolean[][] = [];
beforeAll(async () => {
  const pending: ServerResponse[] = [];
  server = createServer((req, res) => {
    const n = new URL(req.url!, 'http://x').searchParams.get('n')!;
    res.setHeader('content-type', 'text/plain');
    pending.push(res);
    const done = endInBatch(res, `answer ${n}`);
    // Ended only once the turn is over, never while requests of the same turn are still being handled.
    ended.push(pending.map((r) => r.writableEnded));
    void done.then(() => expect(res.writableEnded).toBe(true));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('endInBatch', () => {
  it('answers each of many concurrent requests with its own body', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, (_, n) => fetch(`${url}/?n=${n}`).then(async (r) => [r.status, await r.text()])));
    expect(answers).toEqual(Array.from({ length: 40 }, (_, n) => [200, `answer ${n}`]));
    expect(ended.length).toBe(40);
    expect(ended.every((seen) => seen[seen.length - 1] === false)).toBe(true);
  });

  it('ends the responses of one turn together, after the turn, in order', async () => {
    const order: string[] = [];
    const fake = (name: string, fail = false) =>
      ({
        end(body: string) {
          if (fail) throw new Error(`${name} failed`);
          order.push(`${name}:${body}`);
        },
      }) as unknown as ServerResponse;
    const a = endInBatch(fake('a'), '1');
    const b = endInBatch(fake('b', true), '2');
    const c = endInBatch(fake('c'), '3');
    expect(order).toEqual([]);
    await a;
    // One failure is that response's own (its handler answers it); the rest of the batch is written.
    await expect(b).rejects.toThrow('b failed');
    await c;
    expect(order).toEqual(['a:1', 'c:3']);
  });
});
