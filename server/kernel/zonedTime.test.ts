import { formatWithOffset, instantOf, localDateTime } from './zonedTime.js';

const ms = (iso: string) => Date.parse(iso);

describe('wall-clock time in Nordic time zones', () => {
  it('Oslo is UTC+1 in winter and UTC+2 in summer', () => {
    expect(localDateTime(ms('2026-01-15T12:00:00Z'), 'Europe/Oslo')).toEqual({ date: '2026-01-15', time: '13:00', offsetMinutes: 60 });
    expect(localDateTime(ms('2026-07-15T12:00:00Z'), 'Europe/Oslo')).toEqual({ date: '2026-07-15', time: '14:00', offsetMinutes: 120 });
  });

  it('springs forward at 01:00 UTC on 29 March 2026: 01:59 is followed by 03:00', () => {
    expect(localDateTime(ms('2026-03-29T00:59:00Z'), 'Europe/Stockholm')).toMatchObject({ time: '01:59', offsetMinutes: 60 });
    expect(localDateTime(ms('2026-03-29T01:00:00Z'), 'Europe/Stockholm')).toMatchObject({ time: '03:00', offsetMinutes: 120 });
  });

  it('falls back at 01:00 UTC on 25 October 2026: 02:59 summer time is followed by 02:00 winter time', () => {
    expect(localDateTime(ms('2026-10-25T00:59:00Z'), 'Europe/Copenhagen')).toMatchObject({ time: '02:59', offsetMinutes: 120 });
    expect(localDateTime(ms('2026-10-25T01:00:00Z'), 'Europe/Copenhagen')).toMatchObject({ time: '02:00', offsetMinutes: 60 });
  });

  it('Helsinki is an hour ahead of the others, and its date can differ from UTC’s', () => {
    expect(localDateTime(ms('2026-11-19T23:30:00Z'), 'Europe/Helsinki')).toEqual({ date: '2026-11-20', time: '01:30', offsetMinutes: 120 });
  });

  it('finds 08:00 local on each side of the DST changes', () => {
    expect(instantOf('2026-03-27', '08:00', 'Europe/Oslo')).toBe(ms('2026-03-27T07:00:00Z'));
    expect(instantOf('2026-03-30', '08:00', 'Europe/Oslo')).toBe(ms('2026-03-30T06:00:00Z'));
    expect(instantOf('2026-10-23', '08:00', 'Europe/Oslo')).toBe(ms('2026-10-23T06:00:00Z'));
    expect(instantOf('2026-10-26', '08:00', 'Europe/Oslo')).toBe(ms('2026-10-26T07:00:00Z'));
    expect(instantOf('2026-03-29', '08:00', 'Europe/Helsinki')).toBe(ms('2026-03-29T05:00:00Z'));
  });

  it('writes instants with the offset in force at that moment', () => {
    expect(formatWithOffset(ms('2026-11-23T07:00:00Z'), 'Europe/Oslo')).toBe('2026-11-23T08:00:00+01:00');
    expect(formatWithOffset(ms('2026-03-30T06:00:00Z'), 'Europe/Oslo')).toBe('2026-03-30T08:00:00+02:00');
    expect(formatWithOffset(ms('2026-06-01T05:00:00Z'), 'Europe/Helsinki')).toBe('2026-06-01T08:00:00+03:00');
  });

  it('ignores milliseconds when working out the offset', () => {
    expect(localDateTime(ms('2026-01-15T12:00:00.999Z'), 'Europe/Oslo').offsetMinutes).toBe(60);
  });
});

describe('zones before standard time (local mean time, offsets with seconds)', () => {
  it('Helsinki on 1900-01-01 was +01:39:49: 08:00 local is 06:20:11Z, answered in UTC (RFC 3339 has no offset seconds)', () => {
    const i = instantOf('1900-01-01', '08:00', 'Europe/Helsinki');
    expect(new Date(i).toISOString()).toBe('1900-01-01T06:20:11.000Z');
    expect(formatWithOffset(i, 'Europe/Helsinki')).toBe('1900-01-01T06:20:11Z');
    expect(localDateTime(i, 'Europe/Helsinki')).toMatchObject({ date: '1900-01-01', time: '08:00' });
  });

  it('Oslo on 1900-01-01 already kept CET, and 2999-12-31 is still computed in the zone', () => {
    expect(formatWithOffset(instantOf('1900-01-01', '08:00', 'Europe/Oslo'), 'Europe/Oslo')).toBe('1900-01-01T08:00:00+01:00');
    expect(formatWithOffset(instantOf('2999-12-31', '08:00', 'Europe/Oslo'), 'Europe/Oslo')).toBe('2999-12-31T08:00:00+01:00');
  });
});
