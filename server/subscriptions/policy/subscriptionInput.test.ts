import { MAX_AMOUNT_TEXT, parseAmount } from './subscriptionInput.js';

describe('amounts as typed (docs/domain.md §2 Money bounds)', () => {
  it('accepts the largest amount stored exactly, to the øre', () => {
    expect(MAX_AMOUNT_TEXT).toBe('999999999999.99');
    expect(parseAmount('999999999999.99', 'amount')).toEqual({ ok: true, ore: 99_999_999_999_999n });
    expect(parseAmount('0', 'unitPrice')).toEqual({ ok: true, ore: 0n });
  });

  it('refuses one øre more, and the issue’s 99999999999999.99 that was rounded to 100000000000000.00', () => {
    for (const text of ['1000000000000.00', '1000000000000', '99999999999999.99', `${'9'.repeat(30)}.99`]) {
      expect(parseAmount(text, 'amount')).toEqual({ ok: false, problem: 'amount is above the largest amount stored exactly, 999999999999.99 NOK' });
    }
  });

  it('refuses what it cannot read exactly, and negatives; a payment must be above 0', () => {
    expect(parseAmount('1.234', 'amount')).toMatchObject({ ok: false, problem: expect.stringMatching(/at most 2 decimals/) });
    expect(parseAmount('-1', 'unitPrice')).toEqual({ ok: false, problem: 'unitPrice cannot be negative' });
    expect(parseAmount('0.00', 'amount', { positive: true })).toEqual({ ok: false, problem: 'amount must be more than 0' });
  });
});
