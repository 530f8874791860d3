/**
 * The customer context of a scope question, read from what the gateway stores of a tenant (docs/domain.md §4):
 * - T-§5: end-user support exists only where a purchased product includes it, and only once the
 *   migration is complete ("not active during migration"), both as of `today`;
 * - a subscription whose cancellation was requested before today no longer counts (its product is
 *   leaving); one cancelled today still does (a self-service cancellation ends at the end of that day);
 * - T-§9: the customer's duties (antivirus, firewall, backup) as recorded on the tenant.
 */
import type { IsoDate } from '../../kernel/dates.js';
import type { ScopeContext } from './supportScope.js';

export interface StoredSubscriptionFacts {
  endUserSupportIncluded: boolean;
  migrationCompletedOn: IsoDate | null;
  cancellationRequestedOn: IsoDate | null;
}

export function tenantScopeContext(duties: ScopeContext['dutiesMet'], subscriptions: readonly StoredSubscriptionFacts[], today: IsoDate): ScopeContext {
  const active = subscriptions.filter((s) => !s.cancellationRequestedOn || s.cancellationRequestedOn >= today);
  const withSupport = active.filter((s) => s.endUserSupportIncluded);
  return {
    endUserSupportIncluded: withSupport.length > 0,
    // The product with end-user support must itself be migrated: another subscription's migration does not count.
    migrationCompleted: withSupport.some((s) => s.migrationCompletedOn !== null && s.migrationCompletedOn <= today),
    dutiesMet: { antivirus: duties.antivirus, firewall: duties.firewall, backup: duties.backup },
    writtenOrderFromContact: null,
  };
}
