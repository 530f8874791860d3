import { deskStatus, type Country, type HolidayLookup } from './deskHours.js';

const noHolidays: HolidayLookup = () => null;
const holidaysOn = (dates: Record<string, string>): HolidayLookup => (_country, date) => (dates[date] ? { name: dates[date]! } : null);
const status = (country: Country, iso: string, holidays: HolidayLookup = noHolidays) => deskStatus(country, new Date(iso), holidays);

describe('support desk hours (T-§7)', () => {
  it('the Monday after the spring DST change, 07:30Z is 09:30 in Oslo: open until 16:00 summer time', () => {
    expect(status('NO', '2026-03-30T07:30:00Z')).toMatchObject({
      at: '2026-03-30T07:30:00.000Z',
      localDate: '2026-03-30',
      localTime: '09:30',
      timeZone: 'Europe/Oslo',
      open: true,
      todayOpens: '2026-03-30T08:00:00+02:00',
      todayCloses: '2026-03-30T16:00:00+02:00',
      closesAt: '2026-03-30T16:00:00+02:00',
      opensAt: '2026-03-31T08:00:00+02:00',
      holiday: null,
      phone: '+4781503636',
    });
  });

  it('closes at 16:00 sharp on the Friday before the change and reopens on Monday in summer time', () => {
    expect(status('NO', '2026-03-27T14:59:59Z')).toMatchObject({ localTime: '15:59', open: true, closesAt: '2026-03-27T16:00:00+01:00' });
    expect(status('NO', '2026-03-27T15:00:00Z')).toMatchObject({
      localTime: '16:00',
      open: false,
      closesAt: null,
      todayOpens: '2026-03-27T08:00:00+01:00',
      opensAt: '2026-03-30T08:00:00+02:00',
    });
  });

  it('is closed on the DST Sundays, with no hours that day', () => {
    expect(status('DK', '2026-03-29T10:00:00Z')).toMatchObject({ open: false, todayOpens: null, todayCloses: null, opensAt: '2026-03-30T08:00:00+02:00' });
    expect(status('SE', '2026-10-25T10:00:00Z')).toMatchObject({ open: false, opensAt: '2026-10-26T08:00:00+01:00' });
  });

  it('reopens in winter time after the autumn change', () => {
    expect(status('NO', '2026-10-23T14:30:00Z')).toMatchObject({ localTime: '16:30', open: false, opensAt: '2026-10-26T08:00:00+01:00' });
  });

  it('opens at 08:00 sharp: a minute before, the next opening is the same morning', () => {
    expect(status('NO', '2026-11-23T06:59:00Z')).toMatchObject({ localTime: '07:59', open: false, opensAt: '2026-11-23T08:00:00+01:00' });
    expect(status('NO', '2026-11-23T07:00:00Z')).toMatchObject({ localTime: '08:00', open: true });
  });

  it('Sweden stays open an hour longer than Norway', () => {
    expect(status('SE', '2026-11-23T15:30:00Z')).toMatchObject({ localTime: '16:30', open: true, closesAt: '2026-11-23T17:00:00+01:00', phone: '+46770176100' });
    expect(status('NO', '2026-11-23T15:30:00Z')).toMatchObject({ localTime: '16:30', open: false });
  });

  it('Finland keeps Helsinki time, an hour ahead', () => {
    expect(status('FI', '2026-11-23T05:59:00Z')).toMatchObject({ localTime: '07:59', open: false, opensAt: '2026-11-23T08:00:00+02:00' });
    expect(status('FI', '2026-11-23T06:00:00Z')).toMatchObject({ open: true, phone: '+358753251111' });
    expect(status('FI', '2026-06-01T13:30:00Z')).toMatchObject({ localTime: '16:30', open: false, opensAt: '2026-06-02T08:00:00+03:00' });
  });

  it('uses the local date, not UTC’s, near midnight', () => {
    // Thursday 23:30 UTC is already Friday in Helsinki.
    expect(status('FI', '2026-11-19T23:30:00Z')).toMatchObject({ localDate: '2026-11-20', opensAt: '2026-11-20T08:00:00+02:00' });
  });

  it('is closed on a weekday public holiday and names it', () => {
    const may17 = holidaysOn({ '2027-05-17': 'Grunnlovsdagen' });
    expect(status('NO', '2027-05-17T09:00:00Z', may17)).toMatchObject({
      open: false,
      todayOpens: null,
      holiday: { date: '2027-05-17', name: 'Grunnlovsdagen' },
      opensAt: '2027-05-18T08:00:00+02:00',
    });
  });

  it('does not name a holiday that falls on a weekend: the weekend closes the desk anyway', () => {
    expect(status('NO', '2026-05-17T09:00:00Z', holidaysOn({ '2026-05-17': 'Grunnlovsdagen' })).holiday).toBeNull();
  });

  it('the next opening skips weekends and holidays together', () => {
    const easter = holidaysOn({ '2026-04-02': 'Skjærtorsdag', '2026-04-03': 'Langfredag', '2026-04-06': 'Andre påskedag' });
    expect(status('NO', '2026-04-01T13:30:00Z', easter)).toMatchObject({ open: true, opensAt: '2026-04-07T08:00:00+02:00' });
    expect(status('NO', '2026-04-01T14:30:00Z', easter)).toMatchObject({ open: false, opensAt: '2026-04-07T08:00:00+02:00' });
  });

  it('asks the lookup about the desk’s own country', () => {
    const asked: string[] = [];
    status('DK', '2026-12-24T09:00:00Z', (country, date) => (asked.push(`${country} ${date}`), null));
    expect(asked[0]).toBe('DK 2026-12-24');
  });

  it('gives the phone number, the e-mail placeholder and the T-§7 citations', () => {
    const s = status('DK', '2026-11-23T09:00:00Z');
    expect(s.phone).toBe('+4589871001');
    expect(s.email).toBe('see your contract');
    expect(s.emailNote).toMatch(/at any time/);
    expect(s.citations.map((c) => c.clause)).toEqual(['T-§7', 'T-§7']);
  });

  it('refuses an invalid instant, and a lookup that closes every day', () => {
    expect(() => deskStatus('NO', new Date(Number.NaN), noHolidays)).toThrow(RangeError);
    expect(() => status('NO', '2026-11-23T20:00:00Z', () => ({ name: 'always' }))).toThrow(/holiday lookup/);
  });
});
