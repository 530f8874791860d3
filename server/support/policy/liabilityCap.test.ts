import { liabilityCap, liabilityWindow, type Payment } from './liabilityCap.js';
import { formatNok, parseNok } from '../../kernel/money.js';

const pay = (id: string, paidOn: string, nok: string, coversSupportOrOffice365 = true): Payment => ({
  id, paidOn, amount: parseNok(nok), coversSupportOrOffice365,
});

const payments: Payment[] = [
  pay('on-incident-day', '2026-06-15', '1000.00'),
  pay('day-before-incident', '2026-06-14', '0.20'),
  pay('exactly-six-months', '2025-12-15', '0.10'),
  pay('one-day-too-early', '2025-12-14', '500.00'),
  pay('hardware', '2026-03-01', '9999.99', false),
  pay('mid-window', '2026-03-01', '1234.56'),
];

describe('liability and its cap (T-§13)', () => {
  it('gross negligence with direct loss caps damages at six months of support and Office 365 payments', () => {
    const a = liabilityCap({ incidentOn: '2026-06-15', negligence: 'GROSS', loss: 'DIRECT', payments });
    expect(a.remedy).toBe('CAPPED_DAMAGES');
    expect(a.windowStart).toBe('2025-12-15');
    expect(a.windowEnd).toBe('2026-06-15');
    // 0.10 + 1234.56 + 0.20 exactly: the payment exactly six months before counts, the day before it,
    // the incident day itself and the hardware payment do not.
    expect(a.paymentsSummed.map((p) => p.id)).toEqual(['exactly-six-months', 'mid-window', 'day-before-incident']);
    expect(formatNok(a.capOre!)).toBe('1234.86');
    expect(a.reasons.join(' ')).toMatch(/3 payment\(s\) outside that window/);
    expect(a.citations.map((c) => c.clause)).toEqual(['T-§13', 'T-§13']);
  });

  it('adds øre exactly where floats would not: 0.10 + 0.20 = 0.30', () => {
    const a = liabilityCap({
      incidentOn: '2026-06-15', negligence: 'GROSS', loss: 'DIRECT',
      payments: [pay('a', '2026-06-01', '0.10'), pay('b', '2026-06-02', '0.20')],
    });
    expect(a.capOre).toBe(30n);
    expect(formatNok(a.capOre!)).toBe('0.30');
  });

  it('clamps the window start to the month end: six months before August 31 is February 28 (29 in a leap year)', () => {
    const on = (incidentOn: string, paidOn: string) =>
      liabilityCap({ incidentOn, negligence: 'GROSS', loss: 'DIRECT', payments: [pay('p', paidOn, '10')] }).capOre;
    expect(liabilityCap({ incidentOn: '2026-08-31', negligence: 'GROSS', loss: 'DIRECT', payments: [] }).windowStart).toBe('2026-02-28');
    expect(on('2026-08-31', '2026-02-28')).toBe(1000n);
    expect(on('2026-08-31', '2026-02-27')).toBe(0n);
    expect(on('2024-08-29', '2024-02-29')).toBe(1000n);
    expect(on('2024-08-29', '2024-02-28')).toBe(0n);
  });

  it('a credit note reduces the cap', () => {
    const a = liabilityCap({
      incidentOn: '2026-06-15', negligence: 'GROSS', loss: 'DIRECT',
      payments: [pay('invoice', '2026-05-01', '500'), pay('credit', '2026-05-20', '-120.50')],
    });
    expect(formatNok(a.capOre!)).toBe('379.50');
  });

  it('with no payments in the window the cap is zero, not missing', () => {
    expect(liabilityCap({ incidentOn: '2026-06-15', negligence: 'GROSS', loss: 'DIRECT', payments: [] }).capOre).toBe(0n);
  });

  it('gross negligence does not cover indirect loss', () => {
    const a = liabilityCap({ incidentOn: '2026-06-15', negligence: 'GROSS', loss: 'INDIRECT', payments });
    expect(a).toMatchObject({ remedy: 'NOT_COVERED', capOre: null, paymentsSummed: [], serviceCreditCondition: null });
    expect(a.reasons[0]).toMatch(/direct economic loss/);
  });

  it.each(['NONE', 'ORDINARY', 'GROSS'] as const)('data loss is never covered (%s negligence)', (negligence) => {
    const a = liabilityCap({ incidentOn: '2026-06-15', negligence, loss: 'DATA_LOSS', payments });
    expect(a).toMatchObject({ remedy: 'NOT_COVERED', capOre: null, paymentsSummed: [] });
    expect(a.citations.map((c) => c.clause)).toEqual(['T-§13', 'T-§9']);
  });

  it.each([
    ['NONE', 'DIRECT'],
    ['ORDINARY', 'DIRECT'],
    ['ORDINARY', 'INDIRECT'],
  ] as const)('%s negligence with %s loss gives only the service-credit fee reduction, passed through from Microsoft', (negligence, loss) => {
    const a = liabilityCap({ incidentOn: '2026-06-15', negligence, loss, payments });
    expect(a).toMatchObject({ remedy: 'SERVICE_CREDIT_ONLY', capOre: null, paymentsSummed: [] });
    expect(a.serviceCreditCondition).toMatch(/after the supplier has received the credits from Microsoft/);
    expect(a.citations.map((c) => c.clause)).toEqual(['T-§13', 'T-§5']);
  });

  it('does not reorder or change the payments it was given', () => {
    const copy = payments.map((p) => ({ ...p }));
    liabilityCap({ incidentOn: '2026-06-15', negligence: 'GROSS', loss: 'DIRECT', payments });
    expect(payments).toEqual(copy);
  });

  it('refuses dates that are not calendar dates', () => {
    expect(() => liabilityCap({ incidentOn: '2026-06-31', negligence: 'GROSS', loss: 'DIRECT', payments: [] })).toThrow(RangeError);
    expect(() => liabilityCap({ incidentOn: '2026-06-15', negligence: 'GROSS', loss: 'DIRECT', payments: [pay('x', '15.06.2026', '1')] })).toThrow(/payment x/);
  });
});

describe('liabilityWindow (T-§13: the six months before the act or omission)', () => {
  it('starts six calendar months before the incident and ends the day before it', () => {
    expect(liabilityWindow('2026-11-15')).toEqual({ from: '2026-05-15', toExclusive: '2026-11-15' });
  });

  // The same window decides which payments storage loads and which the cap sums: a month-end incident
  // is where a hand-written "minus 6 months" elsewhere would most easily disagree.
  it('clamps to the month end (August 31 − 6 months = February 29 in a leap year) and is what liabilityCap reports', () => {
    expect(liabilityWindow('2024-08-31')).toEqual({ from: '2024-02-29', toExclusive: '2024-08-31' });
    const answer = liabilityCap({ incidentOn: '2024-08-31', negligence: 'GROSS', loss: 'DIRECT', payments: [] });
    expect({ from: answer.windowStart, toExclusive: answer.windowEnd }).toEqual(liabilityWindow('2024-08-31'));
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => liabilityWindow('2024-02-30')).toThrow(RangeError);
  });
});
