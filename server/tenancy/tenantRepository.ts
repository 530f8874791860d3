import type { EntityManager } from '@mikro-orm/core';
import { Payment, Subscription, Tenant } from '../db/entities.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every read and write of tenant data goes through here and is filtered by the caller's tenant id: a
 * tenant can never load another tenant's rows, and "not yours" is indistinguishable from "not there".
 */
export class TenantRepository {
  constructor(
    private readonly em: EntityManager,
    readonly tenantId: string,
  ) {}

  tenant(): Promise<Tenant | null> {
    return this.em.findOne(Tenant, { id: this.tenantId });
  }

  subscriptions(): Promise<Subscription[]> {
    return this.em.find(Subscription, { tenant: this.tenantId }, { orderBy: { termStart: 'asc', id: 'asc' } });
  }

  /** Malformed ids are simply not found (no error that would differ from another tenant's id). */
  subscription(id: string): Promise<Subscription | null> {
    if (!UUID.test(id)) return Promise.resolve(null);
    return this.em.findOne(Subscription, { id, tenant: this.tenantId });
  }

  async subscriptionsById(ids: string[]): Promise<Map<string, Subscription>> {
    const valid = [...new Set(ids.filter((id) => UUID.test(id)))];
    if (!valid.length) return new Map();
    const rows = await this.em.find(Subscription, { id: { $in: valid }, tenant: this.tenantId });
    return new Map(rows.map((s) => [s.id, s]));
  }

  payments(): Promise<Payment[]> {
    return this.em.find(Payment, { tenant: this.tenantId }, { orderBy: { paidOn: 'asc', id: 'asc' } });
  }

  /** Payments with from ≤ paidOn < to (calendar dates). */
  paymentsBetween(from: string, toExclusive: string): Promise<Payment[]> {
    return this.em.find(Payment, { tenant: this.tenantId, paidOn: { $gte: from, $lt: toExclusive } }, { orderBy: { paidOn: 'asc', id: 'asc' } });
  }
}
