import { todayIn } from './today.js';

describe('todayIn (remembered per minute)', () => {
  it.each([
    ['Europe/Oslo', '2026-03-29T21:59:59.999Z', '2026-03-29', '2026-03-29T22:00:00.000Z', '2026-03-30'],
    ['Europe/Oslo', '2026-12-31T22:59:59.999Z', '2026-12-31', '2026-12-31T23:00:00.000Z', '2027-01-01'],
    ['Asia/Kathmandu', '2026-06-01T18:14:59.999Z', '2026-06-01', '2026-06-01T18:15:00.000Z', '2026-06-02'],
    ['America/St_Johns', '2026-01-10T03:29:59.999Z', '2026-01-09', '2026-01-10T03:30:00.000Z', '2026-01-10'],
  ])('%s: the last millisecond before midnight and midnight itself', (zone, before, dayBefore, at, dayAt) => {
    expect(todayIn(zone, new Date(before))).toBe(dayBefore);
    expect(todayIn(zone, new Date(before))).toBe(dayBefore); // from memory
    expect(todayIn(zone, new Date(at))).toBe(dayAt);
    expect(todayIn(zone, new Date(before))).toBe(dayBefore); // an older minute is computed again
  });
});
