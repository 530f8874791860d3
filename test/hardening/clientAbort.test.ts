/**
 * Finding 9 of issue 15: a client hanging up mid-body was logged as `WARN database unavailable` with a
 * stack (the request stream's ECONNRESET matched the database-outage check): false alerts and an easy log
 * flood. It is now one INFO line per request saying what happened, without a stack.
 */
import { connect } from 'node:net';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
const lines: string[] = [];
beforeAll(async () => {
  gw = await startTestGateway();
  for (const level of ['debug', 'info', 'warn', 'error'] as const) {
    gw.gateway.log[level] = (msg: string, extra?: unknown) => {
      if (level === 'debug') return;
      lines.push(`${level.toUpperCase()} ${msg}${extra instanceof Error ? ` ${extra.stack}` : extra !== undefined ? ` ${JSON.stringify(extra)}` : ''}`);
    };
  }
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

/** Sends headers announcing 100 bytes, 9 of them, then destroys the socket. */
function hangUpMidBody(): Promise<void> {
  const { port } = new URL(gw.url);
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port: Number(port) });
    s.on('error', () => {});
    s.on('close', () => resolve());
    s.on('connect', () => {
      s.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
      setTimeout(() => s.destroy(), 50);
    });
  });
}

it('each hang-up is one INFO line naming what happened, with no stack and no "database unavailable"', async () => {
  for (let i = 0; i < 10; i++) await hangUpMidBody();
  await new Promise((r) => setTimeout(r, 300));
  const mine = lines.filter((l) => /client closed the connection/.test(l));
  expect(mine).toHaveLength(10);
  expect(mine[0]).toBe('INFO request POST /graphql not answered: client closed the connection after 9 of 100 body bytes');
  expect(lines.filter((l) => /database unavailable|^WARN|^ERROR|\n\s+at /.test(l))).toEqual([]);
  expect((await fetch(`${gw.url}/healthz`)).status).toBe(200);
});
