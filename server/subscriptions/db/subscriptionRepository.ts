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

export class SubscriptionRepository {
  constructor(
    private readonly em: EntityManager,
    readonly tenantId: string,
  ) {}

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

  /** Payments with from ≤ paidOn < to (calendar dates). */
  paymentsBetween(from: IsoDate, toExclusive: IsoDate): Promise<Payment[]> {
    return this.em.find(Payment, { tenant: this.tenantId, paidOn: { $gte: from, $lt: toExclusive } }, { orderBy: { paidOn: 'asc', id: 'asc' } });
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
