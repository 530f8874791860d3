/**
 * Tenants (a reseller's customers: the unit of data isolation). Only admin keys list or create them; a
 * tenant key reads only its own tenant (the id comes from the key, never from the request).
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Country } from '../support/index.js';
import { Tenant } from './Tenant.entity.js';
import { isUuid } from '../kernel/ids.js';

export interface NewTenant {
  name: string;
  country: Country;
  contactPerson: string;
  antivirus: boolean;
  firewall: boolean;
  backup: boolean;
}

export class TenantRepository {
  constructor(private readonly em: EntityManager) {}

  /** Malformed ids are simply not found. */
  tenant(id: string): Promise<Tenant | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.em.findOne(Tenant, { id });
  }

  tenants(): Promise<Tenant[]> {
    return this.em.find(Tenant, {}, { orderBy: { name: 'asc' } });
  }

  async create(input: NewTenant, now: Date): Promise<Tenant> {
    const t = this.em.create(Tenant, { id: randomUUID(), ...input, name: input.name.trim(), contactPerson: input.contactPerson.trim(), createdAt: now });
    await this.em.flush();
    return t;
  }
}
