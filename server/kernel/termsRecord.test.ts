import { LIABILITY_RULES } from '../support/policy/liabilityRules.js';
import { SUBSCRIPTION_RULES } from '../subscriptions/policy/subscriptionRules.js';
import { checkTermsRecord } from './termsRecord.js';

describe('the subscription-terms seed data', () => {
  it('carries the numbers the terms state, each at its clause', () => {
    expect(SUBSCRIPTION_RULES.cancellationNoticeDays).toMatchObject({ value: 30, clause: 'T-§11' });
    expect(SUBSCRIPTION_RULES.renewalMonths).toMatchObject({ value: 12, clause: 'T-§11' });
    expect(SUBSCRIPTION_RULES.priceLockMonths).toMatchObject({ value: 12, clause: 'T-§3' });
    expect(SUBSCRIPTION_RULES.feeChangePeriodMonths).toMatchObject({ value: 12, clause: 'T-§12' });
    expect(SUBSCRIPTION_RULES.termsChangeNoticeDays).toMatchObject({ value: 30, clause: 'T-§12' });
    expect(LIABILITY_RULES.capWindowMonths).toMatchObject({ value: 6, clause: 'T-§13' });
    expect(LIABILITY_RULES.serviceCreditPassThrough.clause).toBe('T-§5');
  });

  it('points every record at the terms document', () => {
    for (const r of [...Object.values(SUBSCRIPTION_RULES), ...Object.values(LIABILITY_RULES)]) {
      expect(r.document).toBe('003_02c581ca7a5a5e40');
      expect(r.quote.length).toBeGreaterThan(0);
    }
  });

  it('refuses a record that cites the wrong document or no clause', () => {
    expect(() => checkTermsRecord('x', { document: '000_ce973374ecf40211', clause: 'T-§2', quote: 'q' })).toThrow(/T-§n/);
    expect(() => checkTermsRecord('x', { document: '003_02c581ca7a5a5e40', clause: 'L-SP', quote: 'q' })).toThrow();
    expect(() => checkTermsRecord('x', { document: '003_02c581ca7a5a5e40', clause: 'T-§2' })).toThrow();
  });
});
