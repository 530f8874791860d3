import { addDays, addMonths, dayOfWeek, daysBetween, isDateInRange, isIsoDate } from './dates.js';

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
