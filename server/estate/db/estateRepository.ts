import type { EntityManager } from '@mikro-orm/core';
import { CalendarFeed, EstateItem } from '../../db/entities.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The caller's estate and calendar feeds, always filtered by the caller's tenant id (like
 * TenantRepository): another tenant's row is indistinguishable from a missing one.
 */
export class EstateRepository {
  constructor(
    private readonly em: EntityManager,
    readonly tenantId: string,
  ) {}

  items(): Promise<EstateItem[]> {
    return this.em.find(EstateItem, { tenant: this.tenantId }, { orderBy: { productSlug: 'asc', levelCode: 'asc', id: 'asc' } });
  }

  count(): Promise<number> {
    return this.em.count(EstateItem, { tenant: this.tenantId });
  }

  item(id: string): Promise<EstateItem | null> {
    if (!UUID.test(id)) return Promise.resolve(null);
    return this.em.findOne(EstateItem, { id, tenant: this.tenantId });
  }

  /** The row for this product and level (level null = the product as a whole), if the estate has one. */
  same(productSlug: string, levelCode: string | null): Promise<EstateItem | null> {
    return this.em.findOne(EstateItem, { tenant: this.tenantId, productSlug, levelCode });
  }

  feeds(): Promise<CalendarFeed[]> {
    return this.em.find(CalendarFeed, { tenant: this.tenantId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  feed(id: string): Promise<CalendarFeed | null> {
    if (!UUID.test(id)) return Promise.resolve(null);
    return this.em.findOne(CalendarFeed, { id, tenant: this.tenantId });
  }
}
