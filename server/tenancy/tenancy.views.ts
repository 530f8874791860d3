import type { Tenant } from './Tenant.entity.js';
import type { TenantType } from './tenancy.type.js';

export function tenantView(t: Tenant): TenantType {
  return { id: t.id, name: t.name, country: t.country, contactPerson: t.contactPerson, antivirus: t.antivirus, firewall: t.firewall, backup: t.backup };
}
