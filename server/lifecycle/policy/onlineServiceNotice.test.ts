import { isCrmOnline, onlineServiceNotice, type ServiceChange } from './onlineServiceNotice.js';

const ask = (change: ServiceChange, announcedOn: string, isCrmOnline = false, removesSystemRequirement?: boolean) =>
  onlineServiceNotice({ service: isCrmOnline ? 'Dynamics CRM Online' : 'Exchange Online', isCrmOnline, change, announcedOn, removesSystemRequirement });

describe('onlineServiceNotice', () => {
  it('gives 12 months before a disruptive change to an Online Service', () => {
    const a = ask('DISRUPTIVE', '2018-03-15');
    expect(a.noticeMonths).toBe(12);
    expect(a.earliestEffectiveDate).toBe('2019-03-15');
    expect(a.dataRetainedUntil).toBeNull();
    expect(a.citations.map((c) => c.clause)).toEqual(['L-ONLINE-NOTICE']);
  });

  it('gives CRM Online customers 6 months before a disruptive change', () => {
    const a = ask('DISRUPTIVE', '2018-03-15', true);
    expect(a.noticeMonths).toBe(6);
    expect(a.earliestEffectiveDate).toBe('2018-09-15');
    expect(a.notes.join(' ')).toMatch(/CRM Online/);
  });

  it('gives CRM Online customers the standard 12 months when an underlying system requirement is removed', () => {
    const a = ask('DISRUPTIVE', '2018-03-15', true, true);
    expect(a.noticeMonths).toBe(12);
    expect(a.earliestEffectiveDate).toBe('2019-03-15');
  });

  it('keeps 12 months for other services whatever the system-requirement flag says', () => {
    expect(ask('DISRUPTIVE', '2018-03-15', false, true).noticeMonths).toBe(12);
    expect(ask('DISRUPTIVE', '2018-03-15', false, false).earliestEffectiveDate).toBe('2019-03-15');
  });

  it('lets a security change take effect on the day it is announced, with no notice period', () => {
    const a = ask('SECURITY', '2018-03-15', true);
    expect(a.noticeMonths).toBeNull();
    expect(a.earliestEffectiveDate).toBe('2018-03-15');
    expect(a.dataRetainedUntil).toBeNull();
    expect(a.citations.map((c) => c.clause)).toEqual(['L-ONLINE-NOTICE']);
  });

  it('ends a service no earlier than 12 months after notice and keeps data 30 days after that', () => {
    const a = ask('END_OF_SERVICE', '2018-03-15');
    expect(a.noticeMonths).toBe(12);
    expect(a.earliestEffectiveDate).toBe('2019-03-15');
    expect(a.dataRetainedUntil).toBe('2019-04-14');
    expect(a.citations.map((c) => c.clause)).toEqual(['L-ONLINE-END', 'L-ONLINE-END']);
  });

  it('applies the 12-month end-of-service notice to CRM Online too', () => {
    expect(ask('END_OF_SERVICE', '2018-03-15', true).earliestEffectiveDate).toBe('2019-03-15');
  });

  it('clamps to the month end: 6 months after 31 August is the last day of February', () => {
    expect(ask('DISRUPTIVE', '2023-08-31', true).earliestEffectiveDate).toBe('2024-02-29'); // leap year
    expect(ask('DISRUPTIVE', '2022-08-31', true).earliestEffectiveDate).toBe('2023-02-28');
  });

  it('counts 12 months from a leap day to 28 February, and the 30 retention days across March', () => {
    const a = ask('END_OF_SERVICE', '2024-02-29');
    expect(a.earliestEffectiveDate).toBe('2025-02-28');
    expect(a.dataRetainedUntil).toBe('2025-03-30');
  });

  it('rejects an announcement date that is not a calendar date', () => {
    expect(() => ask('DISRUPTIVE', '2023-02-29')).toThrow(TypeError);
  });
});

describe('which service is Dynamics CRM Online (L-ONLINE-NOTICE: 6 months instead of 12)', () => {
  it('matches "CRM Online" in the catalogue name or the name as typed, in any case', () => {
    expect(isCrmOnline('Microsoft Dynamics CRM Online')).toBe(true);
    expect(isCrmOnline('dynamics 365', 'dynamics crm online')).toBe(true);
  });

  it('does not take on-premises CRM or other Online Services for CRM Online', () => {
    expect(isCrmOnline('Microsoft Dynamics CRM 2016')).toBe(false);
    expect(isCrmOnline('Exchange Online', 'Exchange Online')).toBe(false);
    expect(isCrmOnline('Microsoft CRMOnline')).toBe(false);
  });
});
