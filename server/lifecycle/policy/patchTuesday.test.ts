import { dayOfWeek } from '../../kernel/dates.js';
import { nextQuarterlyPatchTuesday, patchTuesday } from './patchTuesday.js';

describe('patchTuesday', () => {
  it('is the second Tuesday of the month', () => {
    expect(patchTuesday(2013, 4)).toBe('2013-04-09'); // April 2013 began on a Monday
    expect(patchTuesday(2020, 1)).toBe('2020-01-14'); // Windows 7 extended end
    expect(patchTuesday(2015, 4)).toBe('2015-04-14'); // April 2015 began on a Wednesday
  });

  it('falls on the 8th when the month begins on a Tuesday and on the 14th when it begins on a Wednesday', () => {
    expect(patchTuesday(2019, 10)).toBe('2019-10-08'); // 2019-10-01 was a Tuesday
    expect(patchTuesday(2020, 1)).toBe('2020-01-14'); // 2020-01-01 was a Wednesday
  });

  it('is a Tuesday in every month of a leap year', () => {
    for (let m = 1; m <= 12; m++) {
      const d = patchTuesday(2024, m);
      expect(dayOfWeek(d)).toBe(2);
      expect(Number(d.slice(8))).toBeGreaterThanOrEqual(8);
      expect(Number(d.slice(8))).toBeLessThanOrEqual(14);
    }
  });

  it('rejects a month outside 1–12', () => {
    expect(() => patchTuesday(2020, 0)).toThrow(RangeError);
    expect(() => patchTuesday(2020, 13)).toThrow(RangeError);
  });
});

describe('nextQuarterlyPatchTuesday', () => {
  it('rounds Windows 7 SP1 + 24 months up to the published RTM end', () => {
    expect(nextQuarterlyPatchTuesday('2013-02-22')).toBe('2013-04-09');
  });

  it('returns a date that is itself a quarterly Patch Tuesday unchanged', () => {
    expect(nextQuarterlyPatchTuesday('2013-04-09')).toBe('2013-04-09');
  });

  it('moves the day after a quarterly Patch Tuesday to the next quarter', () => {
    expect(nextQuarterlyPatchTuesday('2013-04-10')).toBe('2013-07-09');
  });

  it('moves the day before a quarterly Patch Tuesday onto it', () => {
    expect(nextQuarterlyPatchTuesday('2013-04-08')).toBe('2013-04-09');
  });

  it('ignores the Patch Tuesdays of non-quarter months', () => {
    expect(nextQuarterlyPatchTuesday('2013-05-01')).toBe('2013-07-09'); // not 2013-05-14
  });

  it('rolls over from December to January of the next year', () => {
    expect(nextQuarterlyPatchTuesday('2019-12-20')).toBe('2020-01-14');
    expect(nextQuarterlyPatchTuesday('2019-10-09')).toBe('2020-01-14'); // day after October's
  });

  it('keeps the first days of January in January', () => {
    expect(nextQuarterlyPatchTuesday('2020-01-01')).toBe('2020-01-14');
  });
});
