import type { Payment, Subscription, Tenant } from '../../db/entities.js';
import { formatNok, type Ore } from '../../kernel/money.js';
import type { SubscriptionTerms } from '../policy/subscriptionDeadlines.js';

export const money = (ore: Ore) => ({ amount: formatNok(ore), currency: 'NOK' });

export function tenantView(t: Tenant) {
  return { id: t.id, name: t.name, country: t.country, contactPerson: t.contactPerson, antivirus: t.antivirus, firewall: t.firewall, backup: t.backup };
}

export function subscriptionView(s: Subscription) {
  return {
    id: s.id,
    product: s.product,
    billingModel: s.billingModel,
    termMonths: s.termMonths,
    orderDate: s.orderDate,
    termStart: s.termStart,
    seats: s.seats,
    unitPrice: money(s.unitPriceOre),
    endUserSupportIncluded: s.endUserSupportIncluded,
    migrationCompletedOn: s.migrationCompletedOn,
    cancellationRequestedOn: s.cancellationRequestedOn,
    cancellationChannel: s.cancellationChannel,
  };
}

export function paymentView(p: Payment) {
  return {
    id: p.id,
    paidOn: p.paidOn,
    amount: money(p.amountOre),
    subscription: p.subscription?.id ?? null,
    coversSupportOrOffice365: p.coversSupportOrOffice365,
    description: p.description,
  };
}

export function termsOf(s: Subscription): SubscriptionTerms {
  return {
    billingModel: s.billingModel,
    orderDate: s.orderDate,
    termStart: s.termStart,
    termMonths: s.termMonths,
    cancellationRequestedOn: s.cancellationRequestedOn,
    cancellationChannel: s.cancellationChannel,
  };
}
