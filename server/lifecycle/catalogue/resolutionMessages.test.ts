import type { ProductRecord } from '../policy/lifecycleTypes.js';
import { ambiguous, levelNotFound, notFound, shown } from './resolutionMessages.js';

const product = (slug: string, name: string, codes: string[] = []): ProductRecord => ({
  slug, name, aliases: [], family: 'x', policy: 'FIXED', category: 'BUSINESS', spFamily: 'SERVER', generalAvailability: null, mainstreamEnd: null,
  extendedEnd: null, retirement: null, source: 'MICROSOFT_LIFECYCLE',
  levels: codes.map((code, ordinal) => ({ code, label: code, kind: code.startsWith('SP') ? 'SERVICE_PACK' : code === 'RTM' ? 'RTM' : 'ESU', ordinal, start: null, end: null })),
});

describe('resolution messages', () => {
  it('echo the query cleaned and cut to 60 characters', () => {
    expect(shown('  Windows\u00a0 7\n')).toBe('Windows 7');
    expect(shown('x'.repeat(100))).toHaveLength(60);
  });
  it('not found: suggests the first candidate, or says there is none', () => {
    expect(notFound('Windws 7', [product('windows-7', 'Windows 7')]).message).toBe("Unknown product 'Windws 7' — did you mean Windows 7?");
    expect(notFound('zzz', []).message).toBe("Unknown product 'zzz' — no similar product in the catalogue.");
  });
  it('ambiguous: at most five candidates, in the order given (the resolver ranks them), and how many more', () => {
    const many = ['A 10 Pro', 'A 10', 'A 10 Home and Pro', 'A 10 Xy', 'A 10 Z', 'A 10 Enterprise'].map((n, i) => product(`p${i}`, n));
    const r = ambiguous('a', many);
    expect(r.candidates).toEqual(['A 10 Pro', 'A 10', 'A 10 Home and Pro', 'A 10 Xy', 'A 10 Z']);
    expect(r.message).toMatch(/and 1 more\. Please give the full name\.$/);
  });
  it('level not found: lists the levels, the same kind first, or says none are recorded', () => {
    const r = levelNotFound(product('w', 'W', ['RTM', 'SP1', 'SP2', 'ESU1']), 'sp 3', (a, b) => (a === b ? 0 : 1));
    expect(r.message).toBe("W has no level 'SP3' — its levels are RTM, SP1, SP2, ESU1.");
    expect(r.candidates).toEqual(['W SP1', 'W SP2', 'W RTM', 'W ESU1']);
    expect(levelNotFound(product('v', 'V'), 'sp 1', () => 0).message).toMatch(/records no levels/);
  });
});
