import { deskStatus } from '../policy/deskHours.js';
import { publicHolidayLookup } from './publicHolidays.js';

const lookup = publicHolidayLookup();

describe('public holidays from date-holidays', () => {
  it('Norway: 17 May 2027 is a Monday and Grunnlovsdagen closes the desk', () => {
    expect(lookup('NO', '2027-05-17')).toEqual({ name: 'Grunnlovsdagen' });
    expect(deskStatus('NO', new Date('2027-05-17T08:00:00Z'), lookup)).toMatchObject({
      open: false,
      holiday: { date: '2027-05-17', name: 'Grunnlovsdagen' },
      opensAt: '2027-05-18T08:00:00+02:00',
    });
  });

  it('Sweden: midsummer eve is a bank day, not a public holiday, so the desk is open; midsummer day is public', () => {
    expect(lookup('SE', '2026-06-19')).toBeNull(); // Friday, "midsommarafton" is type "bank"
    expect(deskStatus('SE', new Date('2026-06-19T10:00:00Z'), lookup)).toMatchObject({ open: true, holiday: null });
    expect(lookup('SE', '2026-06-20')).toEqual({ name: 'midsommardagen' });
  });

  it('Finland: Independence Day, 6 December 2027, a Monday, is closed', () => {
    expect(lookup('FI', '2027-12-06')).toEqual({ name: 'itsenäisyyspäivä' });
    expect(deskStatus('FI', new Date('2027-12-06T08:00:00Z'), lookup)).toMatchObject({ open: false, opensAt: '2027-12-07T08:00:00+02:00' });
  });

  it('Denmark: Christmas Day and Boxing Day close the desk, Christmas Eve is only an observance', () => {
    expect(lookup('DK', '2026-12-24')).toBeNull();
    expect(lookup('DK', '2026-12-25')).toEqual({ name: 'Juledag' });
    expect(lookup('DK', '2026-12-26')).toEqual({ name: 'Anden Juledag' });
    // Thursday 24 December at 15:30 local is the last opening before Monday 28 December.
    expect(deskStatus('DK', new Date('2026-12-24T14:30:00Z'), lookup)).toMatchObject({ open: true, closesAt: '2026-12-24T16:00:00+01:00' });
    expect(deskStatus('DK', new Date('2026-12-24T15:00:00Z'), lookup)).toMatchObject({ open: false, opensAt: '2026-12-28T08:00:00+01:00' });
    expect(deskStatus('DK', new Date('2026-12-25T09:00:00Z'), lookup).holiday).toEqual({ date: '2026-12-25', name: 'Juledag' });
  });

  it('Easter closes the Norwegian desk from Maundy Thursday to Easter Monday', () => {
    expect(deskStatus('NO', new Date('2026-04-01T14:00:00Z'), lookup)).toMatchObject({ open: false, opensAt: '2026-04-07T08:00:00+02:00' });
  });

  it('uses the local date string, so New Year’s Day is 1 January in every country', () => {
    for (const c of ['SE', 'NO', 'DK', 'FI'] as const) {
      expect(lookup(c, '2027-01-01')).not.toBeNull();
      expect(lookup(c, '2026-12-31')).toBeNull();
    }
  });

  it('answers ordinary days with null', () => {
    expect(lookup('NO', '2026-11-23')).toBeNull();
  });
});
