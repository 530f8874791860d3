import { dateTimeToSerial, isoOfDay, isoToSerial, MAX_SERIAL, parseIsoDate, serialToDateTime, serialToIso } from './excelDates.js';
import { InputError } from './failures.js';

describe('Excel serial dates (1900 system)', () => {
  it('serial 1 is 1900-01-01 and 59 is 1900-02-28', () => {
    expect(serialToIso(1)).toBe('1900-01-01');
    expect(serialToIso(59)).toBe('1900-02-28');
  });
  it('serial 60, the fake 1900-02-29 inherited from Lotus 1-2-3, is refused', () => {
    expect(() => serialToIso(60)).toThrow(InputError);
    expect(() => serialToIso(60)).toThrow('1900-02-29 does not exist');
    expect(() => serialToIso(60.5)).toThrow('1900-02-29 does not exist');
  });
  it('serial 61 is 1900-03-01: from here on serials count from 1899-12-30', () => {
    expect(serialToIso(61)).toBe('1900-03-01');
  });
  it('25569 is the Unix epoch and 46023 is 2026-01-01', () => {
    expect(serialToIso(25569)).toBe('1970-01-01');
    expect(serialToIso(46023)).toBe('2026-01-01');
  });
  it('a time of day is ignored for a date', () => {
    expect(serialToIso(46023.99)).toBe('2026-01-01');
  });
  it('leap days of real leap years exist, 1900-style ones do not', () => {
    expect(serialToIso(isoToSerial('2024-02-29'))).toBe('2024-02-29');
    expect(isoToSerial('2024-03-01') - isoToSerial('2024-02-28')).toBe(2);
    expect(isoToSerial('2100-03-01') - isoToSerial('2100-02-28')).toBe(1);
  });
  it('zero, negative and non-finite serials are not dates', () => {
    expect(() => serialToIso(0)).toThrow(InputError);
    expect(() => serialToIso(-1)).toThrow(InputError);
    expect(() => serialToIso(Number.NaN)).toThrow(InputError);
    expect(() => serialToIso(Number.POSITIVE_INFINITY)).toThrow(InputError);
  });
  it('the last Excel date is 9999-12-31; the serial after it is refused', () => {
    expect(serialToIso(MAX_SERIAL)).toBe('9999-12-31');
    expect(() => serialToIso(MAX_SERIAL + 1)).toThrow(InputError);
  });
  it('ISO dates turn back into the same serials, around the fake leap day too', () => {
    expect(isoToSerial('1900-01-01')).toBe(1);
    expect(isoToSerial('1900-02-28')).toBe(59);
    expect(isoToSerial('1900-03-01')).toBe(61);
    expect(isoToSerial('1970-01-01')).toBe(25569);
    expect(isoToSerial('2026-01-01')).toBe(46023);
    for (let s = 1; s < 2000; s++) if (s !== 60) expect(isoToSerial(serialToIso(s))).toBe(s);
  });
  it('dates before 1900 and impossible dates have no serial', () => {
    expect(() => isoToSerial('1899-12-31')).toThrow(InputError);
    expect(() => isoToSerial('1900-02-29')).toThrow(InputError);
    expect(() => isoToSerial('2026-02-30')).toThrow(InputError);
  });
  it('parses only strict YYYY-MM-DD calendar dates', () => {
    expect(parseIsoDate('2026-12-31')).toEqual({ y: 2026, m: 12, d: 31 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-13-01')).toBeNull();
    expect(parseIsoDate('2026-1-01')).toBeNull();
    expect(parseIsoDate('31/12/2026')).toBeNull();
  });
  it('date-times split into a date and whole seconds, rounding 23:59:59.6 up to the next midnight', () => {
    expect(serialToDateTime(46023.5)).toEqual({ date: '2026-01-01', seconds: 43_200 });
    expect(serialToDateTime(46023 + 86_399.6 / 86_400)).toEqual({ date: '2026-01-02', seconds: 0 });
    expect(dateTimeToSerial('2026-01-01', 6 * 3600)).toBe(46023.25);
  });
});

describe('serialToIso by arithmetic', () => {
  it('agrees with the calendar of Date for every day from 1900 to 9999 (sampled) and at month and year edges', () => {
    const viaDate = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);
    const edges = [-25_567, -25_509, -1, 0, 1, 59, 60, 365, 10_956, 11_016, 11_017, 2_932_896];
    const days = [...edges];
    for (let d = -25_567; d <= 2_932_896; d += 7) days.push(d);
    expect(days.filter((d) => isoOfDay(d) !== viaDate(d))).toEqual([]);
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(MAX_SERIAL)).toBe('9999-12-31');
  });
});
