import fc from 'fast-check';
import { addDays, addMonths, dayOfWeek, daysBetween, fromDayNumber, isDateInRange, isIsoDate, toDayNumber } from './dates.js';

describe('calendar dates', () => {
  it('adding a month to January 31 clamps to the end of February, 29 in a leap year', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });
  it('subtracting months crosses year boundaries', () => {
    expect(addMonths('2024-03-31', -6)).toBe('2023-09-30');
    expect(addMonths('2024-01-15', -1)).toBe('2023-12-15');
  });
  it('adding days crosses a leap day', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });
  it('rejects dates that do not exist on the calendar', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isIsoDate(20240101)).toBe(false);
  });
  it('knows 2013-04-09 was a Tuesday', () => {
    expect(dayOfWeek('2013-04-09')).toBe(2);
  });
});

describe('the range of dates clients may send', () => {
  it('is 1900-01-01 … 2999-12-31, both days included', () => {
    expect(['1899-12-31', '1900-01-01', '2999-12-31', '3000-01-01', '9999-12-31'].map(isDateInRange)).toEqual([false, true, true, false, false]);
  });
});

describe('isIsoDate and toDayNumber read the digits themselves', () => {
  // What they replaced: a regex and Date.UTC (issue 14), kept here as the reference.
  const reference = (s: string): boolean => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
  };
  const dateLike = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  it('accept exactly the dates the regex and the calendar accept', () => {
    fc.assert(fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 }), dateLike.map((s) => s.replace(/\d/, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)))), (s) => isIsoDate(s) === reference(s)), { numRuns: 20_000 });
    for (const s of ['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '0999-12-31', '1000-01-01', '9999-12-31', '2024-1-01', ' 2024-01-01', '2024-01-01 ', '2024/01/01', '２０２４-01-01']) expect(isIsoDate(s)).toBe(reference(s));
    expect(isIsoDate(20240101)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
  it('toDayNumber gives Date.UTC\'s day number for every date 1000–9999, and fromDayNumber inverts it', () => {
    fc.assert(fc.property(dateLike.filter(reference), (s) => {
      const [y, m, d] = s.split('-').map(Number) as [number, number, number];
      const utc = new Date(0);
      utc.setUTCFullYear(y, m - 1, d);
      expect(toDayNumber(s)).toBe(Math.round(utc.getTime() / 86_400_000));
      expect(fromDayNumber(toDayNumber(s))).toBe(s);
    }), { numRuns: 5_000 });
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01') - toDayNumber('2000-02-28')).toBe(2);
  });
});
