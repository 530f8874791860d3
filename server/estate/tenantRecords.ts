/**
 * A tenant's estate and subscriptions as the pure engines take them (upcomingEvents, estateRisk), each
 * entry paired with its row so answers can point back to it. Estate rows whose product or level the
 * catalogue no longer has (after a re-import) are reported as problems, never silently dropped.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { Catalogue } from '../lifecycle/catalogue/catalogue.js';
import type { Problem } from '../kernel/problem.js';
import { tenantSubscriptions, termsOf, type Subscription } from '../subscriptions/index.js';
import type { EstateItem } from './db/EstateItem.entity.js';
import { EstateRepository } from './db/estateRepository.js';
import type { EstateEntry, SubscriptionEntry } from './policy/upcomingEvents.js';

/** A Problem about one name: what was asked about (the name as typed, or an estate row's product slug and level). */
export interface NameProblem extends Problem {
  input: string;
}

export interface TenantRecords {
  estate: { entry: EstateEntry; item: EstateItem }[];
  subscriptions: { entry: SubscriptionEntry; subscription: Subscription }[];
  problems: NameProblem[];
}

export function subscriptionEntry(s: Subscription): SubscriptionEntry {
  return {
    id: s.id,
    product: s.product,
    terms: termsOf(s),
  };
}

export function estateEntries(catalogue: Catalogue, items: EstateItem[]): Pick<TenantRecords, 'estate' | 'problems'> {
  const estate: TenantRecords['estate'] = [];
  const problems: NameProblem[] = [];
  for (const item of items) {
    const product = catalogue.bySlug(item.productSlug);
    const input = item.levelCode ? `${item.productSlug} ${item.levelCode}` : item.productSlug;
    if (!product) {
      problems.push({ input, code: 'PRODUCT_NOT_FOUND', message: `The catalogue no longer has the product '${item.productSlug}' of estate item ${item.id}`, candidates: [] });
      continue;
    }
    if (item.levelCode && !product.levels.some((l) => l.code === item.levelCode)) {
      const levels = product.levels.map((l) => l.code);
      problems.push({ input, code: 'LEVEL_NOT_FOUND', message: `${product.name} no longer has the level '${item.levelCode}' of estate item ${item.id}; its product dates still apply`, candidates: levels });
    }
    estate.push({ entry: { product, levelCode: item.levelCode, count: item.count }, item });
  }
  return { estate, problems };
}

export async function loadTenantRecords(em: EntityManager, tenantId: string, catalogue: Catalogue): Promise<TenantRecords> {
  const [items, subscriptions] = await Promise.all([new EstateRepository(em, tenantId).items(), tenantSubscriptions(em, tenantId)]);
  return { ...estateEntries(catalogue, items), subscriptions: subscriptions.map((subscription) => ({ entry: subscriptionEntry(subscription), subscription })) };
}
