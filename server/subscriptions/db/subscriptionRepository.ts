/**
 * A tenant's subscriptions and payments. Every read and write is filtered by the caller's tenant id: a
 * tenant can never load another tenant's rows, and "not yours" is indistinguishable from "not there".
 * Writes are verbs (create, record, cancel) over input the policy has checked (subscriptionInput.ts).
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { IsoDate } from '../../kernel/dates.js';
import type { Ore } from '../../kernel/money.js';
import { Tenant } from '../../tenancy/Tenant.entity.js';
import type { CancellationChannel } from '../policy/subscriptionTerms.js';
import type { NewSubscription } from '../policy/subscriptionInput.js';
import { AuditRecord } from './AuditRecord.entity.js';
import { Payment } from './Payment.entity.js';
import { Subscription } from './Subscription.entity.js';
import { isUuid } from '../../kernel/ids.js';

export interface NewPayment {
  paidOn: IsoDate;
  amountOre: Ore;
  subscription: Subscription | null;
  coversSupportOrOffice365: boolean;
  description: string;
}

/** Who corrects what, when and why (an audit record). */
export interface Correction {
  keyId: string;
  reason: string;
  at: Date;
}

export class SubscriptionRepository {
  constructor(
    private readonly em: EntityManager,
    readonly tenantId: string,
  ) {}

  count(): Promise<number> {
    return this.em.count(Subscription, { tenant: this.tenantId });
  }

  subscriptions(): Promise<Subscription[]> {
    return this.em.find(Subscription, { tenant: this.tenantId }, { orderBy: { termStart: 'asc', id: 'asc' } });
  }

  /** Malformed ids are simply not found (no error that would differ from another tenant's id). */
  subscription(id: string): Promise<Subscription | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.em.findOne(Subscription, { id, tenant: this.tenantId });
  }

  async subscriptionsById(ids: string[]): Promise<Map<string, Subscription>> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (!valid.length) return new Map();
    const rows = await this.em.find(Subscription, { id: { $in: valid }, tenant: this.tenantId });
    return new Map(rows.map((s) => [s.id, s]));
  }

  payments(): Promise<Payment[]> {
    return this.em.find(Payment, { tenant: this.tenantId }, { orderBy: { paidOn: 'asc', id: 'asc' } });
  }

  /** Payments with from ≤ paidOn < to (calendar dates), voided ones left out (they no longer count). */
  paymentsBetween(from: IsoDate, toExclusive: IsoDate): Promise<Payment[]> {
    return this.em.find(Payment, { tenant: this.tenantId, paidOn: { $gte: from, $lt: toExclusive }, voidedAt: null }, { orderBy: { paidOn: 'asc', id: 'asc' } });
  }

  payment(id: string): Promise<Payment | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.em.findOne(Payment, { id, tenant: this.tenantId });
  }

  /** The tenant's corrections, newest first. */
  auditRecords(): Promise<AuditRecord[]> {
    return this.em.find(AuditRecord, { tenant: this.tenantId }, { orderBy: { at: 'desc', id: 'desc' } });
  }

  /**
   * Voids a payment recorded by mistake: it stays listed, marked voided, and no longer counts towards the
   * T-§13 cap. The correction and its audit record are written together (one flush, one transaction).
   */
  async voidPayment(p: Payment, correction: Correction): Promise<Payment> {
    p.voidedAt = correction.at;
    p.voidReason = correction.reason;
    this.#audit('VOID_PAYMENT', p.id, correction, {
      paidOn: p.paidOn, amountOre: String(p.amountOre), subscription: p.subscription?.id ?? null,
      coversSupportOrOffice365: p.coversSupportOrOffice365, description: p.description,
    });
    await this.em.flush();
    return p;
  }

  /**
   * Removes a subscription entered by mistake, with an audit record holding the row as it was. Its payments
   * stay (money that was paid), no longer linked to it.
   */
  async removeSubscription(s: Subscription, correction: Correction): Promise<void> {
    this.#audit('REMOVE_SUBSCRIPTION', s.id, correction, {
      product: s.product, billingModel: s.billingModel, termMonths: s.termMonths, orderDate: s.orderDate, termStart: s.termStart,
      seats: s.seats, unitPriceOre: String(s.unitPriceOre), endUserSupportIncluded: s.endUserSupportIncluded,
      migrationCompletedOn: s.migrationCompletedOn, cancellationRequestedOn: s.cancellationRequestedOn,
      cancellationChannel: s.cancellationChannel, createdAt: s.createdAt.toISOString(),
    });
    this.em.remove(s);
    await this.em.flush();
  }

  #audit(action: AuditRecord['action'], subjectId: string, c: Correction, snapshot: Record<string, unknown>): void {
    this.em.create(AuditRecord, {
      id: randomUUID(), tenant: this.em.getReference(Tenant, this.tenantId), keyId: c.keyId, action, subjectId,
      reason: c.reason, snapshot: JSON.stringify(snapshot), at: c.at,
    });
  }

  async create(input: NewSubscription & { unitPriceOre: Ore; endUserSupportIncluded: boolean; migrationCompletedOn: IsoDate | null }, now: Date): Promise<Subscription> {
    const s = this.em.create(Subscription, {
      id: randomUUID(),
      tenant: this.em.getReference(Tenant, this.tenantId),
      product: input.product.trim(),
      billingModel: input.billingModel,
      termMonths: input.termMonths,
      orderDate: input.orderDate,
      termStart: input.termStart ?? input.orderDate,
      seats: input.seats,
      unitPriceOre: input.unitPriceOre,
      endUserSupportIncluded: input.endUserSupportIncluded,
      migrationCompletedOn: input.migrationCompletedOn,
      cancellationRequestedOn: null,
      cancellationChannel: null,
      createdAt: now,
    });
    await this.em.flush();
    return s;
  }

  async record(payment: NewPayment): Promise<Payment> {
    const p = this.em.create(Payment, { id: randomUUID(), tenant: this.em.getReference(Tenant, this.tenantId), ...payment });
    await this.em.flush();
    return p;
  }

  /** Records a cancellation request (T-§11); the caller has checked that none was recorded before. */
  async cancel(s: Subscription, requestedOn: IsoDate, channel: CancellationChannel): Promise<Subscription> {
    s.cancellationRequestedOn = requestedOn;
    s.cancellationChannel = channel;
    await this.em.flush();
    return s;
  }
}
