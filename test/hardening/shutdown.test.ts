import { jest } from '@jest/globals';
import { connect } from 'node:net';
import { startTestGateway } from '../helpers/gateway.js';

describe('stop() with requests whose clients hung up', () => {
  it('waits for their handlers before closing Apollo and the database (nothing fails or is logged as an error)', async () => {
    const gw = await startTestGateway({ rateLimitUnitsPerMinute: 0 }, { LOG_LEVEL: 'warn' });
    const errors: string[] = [];
    const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
      if (/ ERROR /.test(String(chunk))) errors.push(String(chunk).slice(0, 300));
      return true;
    });
    try {
      let received = 0;
      gw.gateway.server.on('request', () => received++);
      const giveUp = new AbortController();
      const body = JSON.stringify({
        query: `query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { ... on PhaseAnswer { phase } } }`,
        variables: { l: Array.from({ length: 1000 }, (_, i) => ({ product: i % 2 ? 'Windows 7' : 'Office 2016', date: `${2000 + (i % 30)}-06-${String(1 + (i % 28)).padStart(2, '0')}` })) },
      });
      const sent = Array.from({ length: 20 }, () =>
        fetch(`${gw.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: giveUp.signal }).then(
          (r) => r.status,
          (e: Error) => e.name,
        ),
      );
      while (received < 20) await new Promise((r) => setTimeout(r, 5));
      // Every client hangs up at once: no connection is left open, but the server is still working on them.
      giveUp.abort();
      // A fast server may have answered the first few before the hang-up; the rest are abandoned mid-work.
      const outcomes = await Promise.all(sent);
      expect(outcomes.every((o) => o === 200 || o === 'AbortError')).toBe(true);
      expect(outcomes).toContain('AbortError');
      await gw.stop();
      expect(errors).toEqual([]);
    } finally {
      write.mockRestore();
    }
  }, 60_000);
});

describe('stop() with a request the busy server has accepted but not read yet', () => {
  it('reads and answers it with Connection: close, so the connection ends instead of idling until its keep-alive timeout', async () => {
    const gw = await startTestGateway({ rateLimitUnitsPerMinute: 0 });
    const { port } = new URL(gw.url);
    const accepted = new Promise<void>((resolve) => gw.gateway.server.once('connection', () => resolve()));
    const socket = connect(Number(port), '127.0.0.1');
    let reply = '';
    socket.setEncoding('utf8');
    socket.on('data', (c: string) => (reply += c));
    const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    await accepted;
    socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    // Busy for a moment: the request reaches the kernel, but the event loop has not read it when stop() starts.
    for (const until = Date.now() + 50; Date.now() < until; );
    const stopped = gw.stop();
    await ended;
    await stopped;
    expect(reply).toMatch(/^HTTP\/1\.1 200 /);
    expect(reply).toMatch(/\r\nconnection: close\r\n/i);
    expect(reply).toMatch(/"status":"ok"/);
  }, 30_000);
});
