/**
 * Writes to a tenant's estate. A CSV upload is written in one transaction after every row was checked
 * (estateCsv.ts), so it is all or nothing twice over: a bad row means nothing is attempted, and a failure
 * while writing rolls everything back.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { EstateItem, Tenant } from '../../db/entities.js';
import { EstateRepository } from './estateRepository.js';
import type { CheckedRow } from '../estateRow.js';

/** Rows one tenant may keep (an estate row is a product and level, not a machine). */
export const MAX_ESTATE_ITEMS = 5000;

export class EstateLimitError extends Error {}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
}

function newItem(em: EntityManager, tenantId: string, row: CheckedRow, now: Date): EstateItem {
  return em.create(EstateItem, {
    id: randomUUID(),
    tenant: em.getReference(Tenant, tenantId),
    productSlug: row.productSlug,
    levelCode: row.levelCode,
    count: row.count,
    note: row.note ?? '',
    createdAt: now,
    updatedAt: now,
  });
}

export async function addEstateItem(em: EntityManager, tenantId: string, row: CheckedRow, now: Date): Promise<{ item: EstateItem } | { existing: EstateItem }> {
  const repo = new EstateRepository(em, tenantId);
  const existing = await repo.same(row.productSlug, row.levelCode);
  if (existing) return { existing };
  if ((await repo.count()) >= MAX_ESTATE_ITEMS) throw new EstateLimitError(`An estate holds at most ${MAX_ESTATE_ITEMS} rows`);
  const item = newItem(em, tenantId, row, now);
  await em.flush();
  return { item };
}

/** Upserts by (product, level): the CSV's count (and note, when given) replace the row's; replace removes rows the CSV does not name. */
export async function importEstateRows(em: EntityManager, tenantId: string, rows: CheckedRow[], replace: boolean, now: Date): Promise<ImportCounts> {
  return em.transactional(async (tx) => {
    const repo = new EstateRepository(tx, tenantId);
    const key = (slug: string, level: string | null) => `${slug}\u0000${level ?? ''}`;
    const current = new Map((await repo.items()).map((i) => [key(i.productSlug, i.levelCode), i]));
    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, removed: 0 };
    const named = new Set<string>();
    for (const row of rows) {
      const k = key(row.productSlug, row.levelCode);
      named.add(k);
      const item = current.get(k);
      if (!item) {
        newItem(tx, tenantId, row, now);
        counts.created++;
      } else if (item.count !== row.count || (row.note !== null && item.note !== row.note)) {
        item.count = row.count;
        if (row.note !== null) item.note = row.note;
        item.updatedAt = now;
        counts.updated++;
      } else {
        counts.unchanged++;
      }
    }
    if (replace) {
      for (const [k, item] of current) {
        if (named.has(k)) continue;
        tx.remove(item);
        counts.removed++;
      }
    }
    const total = current.size + counts.created - counts.removed;
    if (total > MAX_ESTATE_ITEMS) throw new EstateLimitError(`The estate would hold ${total} rows; at most ${MAX_ESTATE_ITEMS}`);
    await tx.flush();
    return counts;
  });
}
