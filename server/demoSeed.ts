import type { MikroORM } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import demo from '../seed/demo/demo.json' with { type: 'json' };
import { createApiKey } from './tenancy/apiKeys.js';
import { EstateItem } from './estate/db/EstateItem.entity.js';
import { Payment } from './subscriptions/db/Payment.entity.js';
import { Subscription } from './subscriptions/db/Subscription.entity.js';
import { Tenant } from './tenancy/Tenant.entity.js';
import { parseNok } from './kernel/money.js';

/**
 * Loads the clearly fictional demo tenants (seed/demo/demo.json: subscriptions, payments, estate) into a database that has no tenants yet,
 * in one transaction. Returns the demo keys so start-up can print them (they are public, see README).
 */
export async function seedDemoIfEmpty(orm: MikroORM): Promise<{ tenant: string; key: string }[]> {
  const em = orm.em.fork();
  if ((await em.count(Tenant, {})) > 0) return [];
  const keys: { tenant: string; key: string }[] = [];
  await em.transactional(async (tx) => {
    await createApiKey(tx, { role: 'ADMIN', label: 'demo admin', secret: demo.adminKey });
    keys.push({ tenant: '(admin)', key: demo.adminKey });
    for (const t of demo.tenants) {
      const tenant = tx.create(Tenant, {
        id: t.id,
        name: t.name,
        country: t.country,
        contactPerson: t.contactPerson,
        antivirus: t.duties.antivirus,
        firewall: t.duties.firewall,
        backup: t.duties.backup,
        createdAt: new Date(),
      });
      await tx.flush();
      await createApiKey(tx, { role: 'TENANT', tenantId: tenant.id, label: 'demo key', secret: t.key });
      keys.push({ tenant: t.name, key: t.key });
      for (const s of t.subscriptions) {
        tx.create(Subscription, {
          id: s.id,
          tenant,
          product: s.product,
          billingModel: s.billingModel as Subscription['billingModel'],
          termMonths: s.termMonths,
          orderDate: s.orderDate,
          termStart: s.termStart,
          seats: s.seats,
          unitPriceOre: parseNok(s.unitPrice),
          endUserSupportIncluded: s.endUserSupportIncluded,
          migrationCompletedOn: s.migrationCompletedOn,
          cancellationRequestedOn: null,
          cancellationChannel: null,
          createdAt: new Date(),
        });
      }
      await tx.flush();
      for (const p of t.payments) {
        tx.create(Payment, {
          id: randomUUID(),
          tenant,
          subscription: p.subscription ? tx.getReference(Subscription, p.subscription) : null,
          amountOre: parseNok(p.amount),
          paidOn: p.paidOn,
          coversSupportOrOffice365: (p as { coversSupportOrOffice365?: boolean }).coversSupportOrOffice365 ?? true,
          description: p.description,
        });
      }
      // The products it runs, by catalogue slug, so upcoming, the calendar feed and the risk view show something.
      for (const e of t.estate) {
        const now = new Date();
        tx.create(EstateItem, { id: randomUUID(), tenant, productSlug: e.product, levelCode: e.level, count: e.count, note: e.note, createdAt: now, updatedAt: now });
      }
    }
  });
  return keys;
}
