import { normaliseName, textLength, textProblem, withoutControls } from './text.js';

describe('text inputs (one validator for all of them)', () => {
  it('accepts ordinary text, tabs and line breaks, emoji and every script', () => {
    for (const ok of ['Procurement sheet', 'line 1\nline 2\r\n\tindented', 'Fjordvik Regnskap AS 👍🏽', 'Ærlig talt – «sitat»', '日本語', '']) expect(textProblem(ok, 'label')).toBeNull();
  });

  it('refuses NUL, the other C0 controls, DEL and C1 controls, naming the character', () => {
    expect(textProblem('a\u0000b', 'note')).toBe('note contains the control character U+0000: text may hold tabs and line breaks, but no other control characters');
    for (const c of ['\u0001', '\u0007', '\u000B', '\u000C', '\u001B', '\u001C', '\u001D', '\u001E', '\u001F', '\u007F', '\u0085', '\u009F']) {
      expect(textProblem(`x${c}y`, 'label')).toMatch(/control character U\+00/);
    }
  });

  it('refuses lone surrogates instead of letting them become U+FFFD', () => {
    expect(textProblem('a\uD800b', 'product')).toBe('product is not valid Unicode text (it contains a lone surrogate)');
    expect(textProblem('\uDC00', 'product')).not.toBeNull();
    expect(textProblem('\uD83D\uDE00', 'product')).toBeNull(); // a pair is an emoji
  });

  it('counts characters as code points: 500 emoji are 500 characters, not 1,000', () => {
    expect(textLength('😀'.repeat(500))).toBe(500);
    expect('😀'.repeat(500).length).toBe(1000);
    expect(textLength('abc')).toBe(3);
  });

  it('normalises names: NFKC and no invisible characters', () => {
    expect(normaliseName('Windows 7 S\u00adP1')).toBe('Windows 7 SP1');
    expect(normaliseName('Win\u200bdows\u200c 7\u2060\uFEFF')).toBe('Windows 7');
    expect(normaliseName('Ｗｉｎｄｏｗｓ ７')).toBe('Windows 7');
  });

  it('strips controls for a calendar but keeps tabs and line breaks (escaped later)', () => {
    expect(withoutControls('a\u000Bb\u000Cc\u001Bd\u007Fe\u001Cf\u001Dg\u001Eh\ti\nj')).toBe('abcdefgh\ti\nj');
  });
});
