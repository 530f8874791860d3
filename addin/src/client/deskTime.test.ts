import { DESK_TIME_ZONES, instantToDeskSerial, wallClockToInstant, zoneOffsetMs } from './deskTime.js';
import { isoToSerial } from './excelDates.js';

const H = 3600;

describe('desk wall-clock time', () => {
  it('knows the Nordic offsets in winter and summer', () => {
    expect(zoneOffsetMs('Europe/Oslo', Date.parse('2026-01-15T12:00:00Z'))).toBe(3_600_000);
    expect(zoneOffsetMs('Europe/Oslo', Date.parse('2026-07-15T12:00:00Z'))).toBe(7_200_000);
    expect(zoneOffsetMs('Europe/Helsinki', Date.parse('2026-01-15T12:00:00Z'))).toBe(7_200_000);
  });
  it('turns a local desk time into an instant with the desk offset', () => {
    expect(wallClockToInstant('2026-11-23', 9.5 * H, DESK_TIME_ZONES.NO)).toBe('2026-11-23T09:30:00+01:00');
    expect(wallClockToInstant('2026-07-01', 8 * H, DESK_TIME_ZONES.SE)).toBe('2026-07-01T08:00:00+02:00');
    expect(wallClockToInstant('2026-11-23', 0, DESK_TIME_ZONES.FI)).toBe('2026-11-23T00:00:00+02:00');
  });
  it('around the spring change (Oslo, 2026-03-29 02:00 → 03:00) times before and after get their own offsets', () => {
    expect(wallClockToInstant('2026-03-29', 1.5 * H, 'Europe/Oslo')).toBe('2026-03-29T01:30:00+01:00');
    expect(wallClockToInstant('2026-03-29', 3.5 * H, 'Europe/Oslo')).toBe('2026-03-29T03:30:00+02:00');
    // 02:30 does not exist that night: read with the winter offset, i.e. 03:30 summer time.
    expect(Date.parse(wallClockToInstant('2026-03-29', 2.5 * H, 'Europe/Oslo'))).toBe(Date.parse('2026-03-29T03:30:00+02:00'));
  });
  it('in the autumn overlap (Oslo, 2026-10-25 02:00–03:00 twice) the earlier instant is used', () => {
    expect(wallClockToInstant('2026-10-25', 2.5 * H, 'Europe/Oslo')).toBe('2026-10-25T02:30:00+02:00');
    expect(wallClockToInstant('2026-10-25', 3.5 * H, 'Europe/Oslo')).toBe('2026-10-25T03:30:00+01:00');
    expect(wallClockToInstant('2026-10-25', 1.5 * H, 'Europe/Oslo')).toBe('2026-10-25T01:30:00+02:00');
  });
  it('reads an instant back as the desk’s local serial, whatever offset it was written in', () => {
    const eight = isoToSerial('2026-11-24') + 8 / 24;
    expect(instantToDeskSerial('2026-11-24T08:00:00+01:00', 'Europe/Oslo')).toBeCloseTo(eight, 9);
    expect(instantToDeskSerial('2026-11-24T07:00:00Z', 'Europe/Oslo')).toBeCloseTo(eight, 9);
    expect(instantToDeskSerial('2026-11-24T08:00:00+02:00', 'Europe/Helsinki')).toBeCloseTo(eight, 9);
    expect(() => instantToDeskSerial('soon', 'Europe/Oslo')).toThrow();
  });
});
