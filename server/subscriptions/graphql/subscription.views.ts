import { money } from '../../graphql/types/money.type.js';
import type { Payment } from '../db/Payment.entity.js';
import type { Subscription } from '../db/Subscription.entity.js';
import type { AuditRecord } from '../db/AuditRecord.entity.js';
import type { AuditRecordType, PaymentType, SubscriptionType } from './subscription.type.js';

export function subscriptionView(s: Subscription): SubscriptionType {
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

export function paymentView(p: Payment): PaymentType {
  return {
    id: p.id,
    paidOn: p.paidOn,
    amount: money(p.amountOre),
    subscription: p.subscription?.id ?? null,
    coversSupportOrOffice365: p.coversSupportOrOffice365,
    description: p.description,
    voidedAt: p.voidedAt,
    voidReason: p.voidReason,
  };
}

export function auditView(a: AuditRecord): AuditRecordType {
  return { id: a.id, action: a.action, subjectId: a.subjectId, reason: a.reason, keyId: a.keyId, at: a.at, snapshot: a.snapshot };
}
