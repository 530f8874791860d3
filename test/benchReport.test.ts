import { table } from '../bench/support/report.js';

/** The benchmark table never shows a failing median as equal to its target. */
describe('bench table', () => {
  it('shows a median that rounds to its target with the digits that tell them apart', () => {
    const t = table([
      { name: 'ratio', unit: '', runs: [0.2974], target: { op: '≥', limit: 0.3 } },
      { name: 'time', unit: 'ms', runs: [290], target: { op: '<', limit: 500 } },
    ]);
    expect(t).toMatch(/ratio\s+0\.2974\s+≥ 0\.30\s+FAIL/);
    expect(t).toMatch(/time\s+290 ms\s+< 500\s+PASS/);
  });
});
