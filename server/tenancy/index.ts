/** The tenancy domain as other domains may use it: a tenant's stored facts (its T-§9 duties, its country). */
import type { EntityManager } from '@mikro-orm/core';
import type { Tenant } from './Tenant.entity.js';
import { TenantRepository } from './tenantRepository.js';

export type { Tenant };

export function findTenant(em: EntityManager, id: string): Promise<Tenant | null> {
  return new TenantRepository(em).tenant(id);
}
