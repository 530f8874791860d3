import { tenantScopeContext, type StoredSubscriptionFacts } from './tenantScopeContext.js';

const duties = { antivirus: true, firewall: true, backup: false };
const sub = (over: Partial<StoredSubscriptionFacts> = {}): StoredSubscriptionFacts => ({ endUserSupportIncluded: true, migrationCompletedOn: '2026-01-10', cancellationRequestedOn: null, ...over });

describe('the customer context of a scope question, from stored subscriptions (T-§5, T-§9)', () => {
  it('a migrated subscription that includes end-user support gives end-user support, with the tenant’s duties', () => {
    expect(tenantScopeContext(duties, [sub()], '2026-06-01')).toEqual({
      endUserSupportIncluded: true,
      migrationCompleted: true,
      dutiesMet: { antivirus: true, firewall: true, backup: false },
      writtenOrderFromContact: null,
    });
  });

  it('no subscription with end-user support: none, and no migration counts', () => {
    const c = tenantScopeContext(duties, [sub({ endUserSupportIncluded: false })], '2026-06-01');
    expect([c.endUserSupportIncluded, c.migrationCompleted]).toEqual([false, false]);
  });

  // T-§5: "not active during migration": a migration completing tomorrow does not count today.
  it('a migration completed after today does not count yet; on its completion day it does', () => {
    expect(tenantScopeContext(duties, [sub({ migrationCompletedOn: '2026-06-02' })], '2026-06-01').migrationCompleted).toBe(false);
    expect(tenantScopeContext(duties, [sub({ migrationCompletedOn: '2026-06-02' })], '2026-06-02').migrationCompleted).toBe(true);
  });

  it('only the migration of a subscription that includes end-user support counts', () => {
    const c = tenantScopeContext(duties, [sub({ migrationCompletedOn: null }), sub({ endUserSupportIncluded: false, migrationCompletedOn: '2025-01-01' })], '2026-06-01');
    expect([c.endUserSupportIncluded, c.migrationCompleted]).toEqual([true, false]);
  });

  it('a subscription cancelled before today no longer counts; one cancelled today still does', () => {
    expect(tenantScopeContext(duties, [sub({ cancellationRequestedOn: '2026-05-31' })], '2026-06-01').endUserSupportIncluded).toBe(false);
    expect(tenantScopeContext(duties, [sub({ cancellationRequestedOn: '2026-06-01' })], '2026-06-01').endUserSupportIncluded).toBe(true);
  });
});
