/**
 * The caller's estate, always filtered by the caller's tenant id: another tenant's row is
 * indistinguishable from a missing one. Reads and writes both live here; writes are verbs (add, update,
 * remove, import). A CSV upload is written in one transaction after every row was checked
 * (csv/estateCsv.ts), so it is all or nothing twice over: a bad row means nothing is attempted, and a
 * failure while writing rolls everything back.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { LIMITS } from '../../kernel/limits.js';
import { problem, type Problem } from '../../kernel/problem.js';
import { Tenant } from '../../tenancy/Tenant.entity.js';
import type { CheckedRow } from '../estateRow.js';
import { EstateItem } from './EstateItem.entity.js';
import { isUuid } from '../../kernel/ids.js';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/** Thrown inside the import transaction so that it rolls back; answered as the Problem it carries. */
class EstateLimitExceeded extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

const tooMany = (message: string) => problem('BAD_USER_INPUT', message);

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
    if (!isUuid(id)) return Promise.resolve(null);
    return this.em.findOne(EstateItem, { id, tenant: this.tenantId });
  }

  /** The row for this product and level (level null = the product as a whole), if the estate has one. */
  same(productSlug: string, levelCode: string | null): Promise<EstateItem | null> {
    return this.em.findOne(EstateItem, { tenant: this.tenantId, productSlug, levelCode });
  }

  /** One row per product and level: a second is answered with the existing row, never written. */
  async add(row: CheckedRow, now: Date): Promise<{ item: EstateItem } | { existing: EstateItem } | { problem: Problem }> {
    const existing = await this.same(row.productSlug, row.levelCode);
    if (existing) return { existing };
    if ((await this.count()) >= LIMITS.maxEstateItems) return { problem: tooMany(`An estate holds at most ${LIMITS.maxEstateItems} rows`) };
    const item = this.#newItem(this.em, row, now);
    await this.em.flush();
    return { item };
  }

  /** Changes a row; fields left undefined stay. The caller has checked the values (estateRow.ts). */
  async update(item: EstateItem, change: { levelCode?: string | null; count?: number; note?: string }, now: Date): Promise<EstateItem> {
    if (change.levelCode !== undefined) item.levelCode = change.levelCode;
    if (change.count !== undefined) item.count = change.count;
    if (change.note !== undefined) item.note = change.note;
    item.updatedAt = now;
    await this.em.flush();
    return item;
  }

  async remove(item: EstateItem): Promise<void> {
    await this.em.remove(item).flush();
  }

  /** Upserts by (product, level): the CSV's count (and note, when given) replace the row's; replace removes rows the CSV does not name. */
  async import(rows: CheckedRow[], replace: boolean, now: Date): Promise<ImportCounts | Problem> {
    try {
      return await this.em.transactional(async (tx) => {
        const repo = new EstateRepository(tx, this.tenantId);
        const key = (slug: string, level: string | null) => `${slug}\u0000${level ?? ''}`;
        const current = new Map((await repo.items()).map((i) => [key(i.productSlug, i.levelCode), i]));
        const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, removed: 0 };
        const named = new Set<string>();
        for (const row of rows) {
          const k = key(row.productSlug, row.levelCode);
          named.add(k);
          const item = current.get(k);
          if (!item) {
            this.#newItem(tx, row, now);
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
        if (total > LIMITS.maxEstateItems) throw new EstateLimitExceeded(tooMany(`The estate would hold ${total} rows; at most ${LIMITS.maxEstateItems}`));
        await tx.flush();
        return counts;
      });
    } catch (e) {
      if (e instanceof EstateLimitExceeded) return e.problem;
      throw e;
    }
  }

  #newItem(em: EntityManager, row: CheckedRow, now: Date): EstateItem {
    return em.create(EstateItem, {
      id: randomUUID(),
      tenant: em.getReference(Tenant, this.tenantId),
      productSlug: row.productSlug,
      levelCode: row.levelCode,
      count: row.count,
      note: row.note ?? '',
      createdAt: now,
      updatedAt: now,
    });
  }
}
