import { jest } from '@jest/globals';
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
