import type { EntityManager } from '@mikro-orm/core';
import type { LevelRecord, ProductRecord } from '../policy/lifecycleTypes.js';
import { ImportRun } from './ImportRun.entity.js';
import { Level } from './Level.entity.js';
import { Product } from './Product.entity.js';

export interface ImportSummary {
  runId: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: { id: string; reason: string }[];
}

export interface ImportInput {
  file: string;
  format: string;
  products: ProductRecord[];
  skipped: { id: string; reason: string }[];
  dataAsOf: string | null;
  /** Called as products are written: (done, total). */
  onProgress?: (done: number, total: number) => void;
}

function toRecord(p: Product): ProductRecord {
  const levels: LevelRecord[] = p.levels
    .getItems()
    .map((l) => ({ code: l.code, label: l.label, kind: l.kind as LevelRecord['kind'], ordinal: l.ordinal, start: l.start, end: l.end }))
    .sort((a, b) => a.ordinal - b.ordinal || a.code.localeCompare(b.code));
  return {
    slug: p.slug,
    name: p.name,
    aliases: p.aliases,
    family: p.family,
    policy: p.policy as ProductRecord['policy'],
    category: p.category as ProductRecord['category'],
    spFamily: p.spFamily as ProductRecord['spFamily'],
    generalAvailability: p.generalAvailability,
    mainstreamEnd: p.mainstreamEnd,
    extendedEnd: p.extendedEnd,
    retirement: p.retirement,
    levels,
    source: p.source as ProductRecord['source'],
  };
}

interface ProductRow {
  id: number;
  slug: string;
  name: string;
  aliases: string | string[];
  family: string;
  policy: string;
  category: string;
  sp_family: string;
  general_availability: string | null;
  mainstream_end: string | null;
  extended_end: string | null;
  retirement: string | null;
  source: string;
}

interface LevelRow {
  product_id: number;
  code: string;
  label: string;
  kind: string;
  ordinal: number;
  start: string | null;
  end: string | null;
}

/**
 * One copy of each repeated string (families, policies, dates, level labels …): every row read brings
 * its own copies, and a large catalogue repeats the same few thousand values hundreds of thousands of times.
 */
function stringPool(): <T extends string | null>(s: T) => T {
  const pool = new Map<string, string>();
  return <T extends string | null>(s: T): T => {
    if (s === null) return s;
    const known = pool.get(s);
    if (known !== undefined) return known as T;
    pool.set(s, s);
    return s;
  };
}

/**
 * The whole catalogue as plain records (the in-memory index is built from these). Two plain selects, not
 * entities: hydrating 100,000 products and their levels through the ORM took most of a large catalogue's
 * start-up and memory, and populating the levels bound one parameter per product (over SQLite's limit).
 * Levels sorted as toRecord sorts them, so the records are the same either way.
 */
export async function loadCatalogue(em: EntityManager): Promise<ProductRecord[]> {
  const conn = em.getConnection();
  const products = (await conn.execute(
    'select id, slug, name, aliases, family, policy, category, sp_family, general_availability, mainstream_end, extended_end, retirement, source from product order by id',
  )) as ProductRow[];
  const levelRows = (await conn.execute('select product_id, code, label, kind, ordinal, start, "end" from product_level order by product_id')) as LevelRow[];
  const shared = stringPool();
  const levelsOf = new Map<number, LevelRecord[]>();
  for (const l of levelRows) {
    const level: LevelRecord = { code: shared(l.code), label: shared(l.label), kind: shared(l.kind) as LevelRecord['kind'], ordinal: Number(l.ordinal), start: shared(l.start), end: shared(l.end) };
    const list = levelsOf.get(l.product_id);
    if (list) list.push(level);
    else levelsOf.set(l.product_id, [level]);
  }
  return products.map((p) => {
    const levels = levelsOf.get(p.id);
    levels?.sort((a, b) => a.ordinal - b.ordinal || a.code.localeCompare(b.code));
    const aliases = typeof p.aliases === 'string' ? (JSON.parse(p.aliases) as string[]) : p.aliases;
    return {
      slug: p.slug,
      name: p.name,
      aliases: aliases.length === 0 ? [] : aliases.map(shared),
      family: shared(p.family),
      policy: shared(p.policy) as ProductRecord['policy'],
      category: shared(p.category) as ProductRecord['category'],
      spFamily: shared(p.sp_family) as ProductRecord['spFamily'],
      generalAvailability: shared(p.general_availability),
      mainstreamEnd: shared(p.mainstream_end),
      extendedEnd: shared(p.extended_end),
      retirement: shared(p.retirement),
      levels: levels ?? [],
      source: shared(p.source) as ProductRecord['source'],
    };
  });
}

export async function catalogueVersion(em: EntityManager): Promise<{ id: number; dataAsOf: string | null; finishedAt: Date } | null> {
  const run = await em.findOne(ImportRun, { id: { $gt: 0 } }, { orderBy: { id: 'desc' } });
  return run ? { id: run.id, dataAsOf: run.dataAsOf, finishedAt: run.finishedAt } : null;
}

function sameRecord(a: ProductRecord, b: ProductRecord): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function applyRecord(em: EntityManager, entity: Product, r: ProductRecord): void {
  Object.assign(entity, {
    slug: r.slug,
    name: r.name,
    aliases: r.aliases,
    family: r.family,
    policy: r.policy,
    category: r.category,
    spFamily: r.spFamily,
    generalAvailability: r.generalAvailability,
    mainstreamEnd: r.mainstreamEnd,
    extendedEnd: r.extendedEnd,
    retirement: r.retirement,
    source: r.source,
  });
  // Levels are matched by code and updated in place: deleting and re-inserting the same (product, code)
  // in one flush would trip the unique index, as inserts run before orphan removal.
  const current = new Map(entity.levels.isInitialized() ? entity.levels.getItems().map((l) => [l.code, l]) : []);
  for (const l of r.levels) {
    const existing = current.get(l.code);
    if (existing) {
      Object.assign(existing, { label: l.label, kind: l.kind, ordinal: l.ordinal, start: l.start, end: l.end });
      current.delete(l.code);
    } else {
      entity.levels.add(em.create(Level, { product: entity, code: l.code, label: l.label, kind: l.kind, ordinal: l.ordinal, start: l.start, end: l.end }));
    }
  }
  for (const gone of current.values()) entity.levels.remove(gone);
}

/**
 * Upserts products by slug in ONE transaction (all or nothing: a crash half-way leaves the catalogue as it
 * was). Idempotent: a product whose record is unchanged is not rewritten. Products not in the input stay.
 */
export async function importCatalogue(em: EntityManager, input: ImportInput): Promise<ImportSummary> {
  return em.transactional(async (tx) => {
    const existing = new Map((await tx.find(Product, {}, { populate: ['levels'] })).map((p) => [p.slug, p]));
    if (existing.size === 0) return finishRun(tx, input, await insertAll(tx, input), 0, 0);
    let inserted = 0;
    let updated = 0;
    let unchanged = 0;
    const total = input.products.length;
    const seen = new Set<string>();
    for (const [i, r] of input.products.entries()) {
      if (!admit(r, input, seen)) continue;
      const current = existing.get(r.slug);
      if (!current) {
        applyRecord(tx, tx.create(Product, { slug: r.slug, name: r.name, aliases: r.aliases, family: r.family, policy: r.policy, category: r.category, spFamily: r.spFamily, source: r.source, generalAvailability: r.generalAvailability, mainstreamEnd: r.mainstreamEnd, extendedEnd: r.extendedEnd, retirement: r.retirement }), r);
        inserted++;
      } else if (sameRecord(toRecord(current), normalise(r))) {
        unchanged++;
      } else {
        applyRecord(tx, current, r);
        updated++;
      }
      if ((i + 1) % 100 === 0 || i + 1 === total) {
        await tx.flush();
        input.onProgress?.(i + 1, total);
      }
    }
    return finishRun(tx, input, inserted, updated, unchanged);
  });
}

/** Whether `r` is imported: a record with a problem is skipped (and listed); a slug seen twice fails the import. */
function admit(r: ProductRecord, input: ImportInput, seen: Set<string>): boolean {
  const problem = recordProblem(r);
  if (problem) {
    input.skipped.push({ id: String(r.slug).slice(0, 200), reason: problem });
    return false;
  }
  if (seen.has(r.slug)) throw new Error(`duplicate slug in import: ${r.slug}`);
  seen.add(r.slug);
  return true;
}

async function finishRun(tx: EntityManager, input: ImportInput, inserted: number, updated: number, unchanged: number): Promise<ImportSummary> {
  const run = tx.create(ImportRun, {
    file: input.file.slice(-500),
    format: input.format,
    inserted,
    updated,
    unchanged,
    skipped: input.skipped,
    dataAsOf: input.dataAsOf,
    finishedAt: new Date(),
  });
  await tx.flush();
  return { runId: run.id, inserted, updated, unchanged, skipped: input.skipped };
}

const PRODUCT_COLUMNS = ['slug', 'name', 'aliases', 'family', 'policy', 'category', 'sp_family', 'general_availability', 'mainstream_end', 'extended_end', 'retirement', 'source'];
const LEVEL_COLUMNS = ['product_id', 'code', 'label', 'kind', 'ordinal', 'start', 'end'];
// Products per statement (progress is reported after each, as the entity path reports every 100); levels per statement.
const PRODUCTS_PER_INSERT = 100;
const ROWS_PER_INSERT = 500;

function insertSql(table: string, columns: readonly string[], rows: number): string {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  return `insert into ${table} (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: rows }, () => tuple).join(', ')}`;
}

/**
 * Into an empty catalogue (the first start's seed, a first import): multi-row INSERTs, 100 products at a
 * time, in the caller's transaction. The same rows the entities would write (the ORM's unit of work
 * took most of a fresh start-up, ~2,300 entities), products numbered in input order as before.
 */
async function insertAll(tx: EntityManager, input: ImportInput): Promise<number> {
  const conn = tx.getConnection();
  const ctx = tx.getTransactionContext();
  const seen = new Set<string>();
  const valid: ProductRecord[] = [];
  for (const r of input.products) if (admit(r, input, seen)) valid.push(r);
  const total = input.products.length;
  for (let i = 0; i < valid.length; i += PRODUCTS_PER_INSERT) {
    const chunk = valid.slice(i, i + PRODUCTS_PER_INSERT);
    const productRows = chunk.flatMap((r) => [r.slug, r.name, JSON.stringify(r.aliases), r.family, r.policy, r.category, r.spFamily, r.generalAvailability, r.mainstreamEnd, r.extendedEnd, r.retirement, r.source]);
    await conn.execute(insertSql('product', PRODUCT_COLUMNS, chunk.length), productRows, 'run', ctx);
    const ids = (await conn.execute(`select id, slug from product where slug in (${chunk.map(() => '?').join(', ')})`, chunk.map((r) => r.slug), 'all', ctx)) as { id: number; slug: string }[];
    const idOf = new Map(ids.map((row) => [row.slug, row.id]));
    const levelRows = chunk.flatMap((r) => r.levels.map((l) => [idOf.get(r.slug)!, l.code, l.label, l.kind, l.ordinal, l.start, l.end]));
    for (let j = 0; j < levelRows.length; j += ROWS_PER_INSERT) {
      const rows = levelRows.slice(j, j + ROWS_PER_INSERT);
      await conn.execute(insertSql('product_level', LEVEL_COLUMNS, rows.length), rows.flat(), 'run', ctx);
    }
    input.onProgress?.(Math.min(total, i + chunk.length), total);
  }
  if (valid.length === 0) input.onProgress?.(total, total);
  return valid.length;
}

/** The record as it reads back from the database (levels sorted), so unchanged input compares equal. */
function normalise(r: ProductRecord): ProductRecord {
  return {
    slug: r.slug,
    name: r.name,
    aliases: r.aliases,
    family: r.family,
    policy: r.policy,
    category: r.category,
    spFamily: r.spFamily,
    generalAvailability: r.generalAvailability,
    mainstreamEnd: r.mainstreamEnd,
    extendedEnd: r.extendedEnd,
    retirement: r.retirement,
    levels: r.levels
      .map((l) => ({ code: l.code, label: l.label, kind: l.kind, ordinal: l.ordinal, start: l.start, end: l.end }))
      .sort((a, b) => a.ordinal - b.ordinal || a.code.localeCompare(b.code)),
    source: r.source,
  };
}

const LIMITS = { slug: 200, name: 300, family: 60, alias: 300, code: 100, label: 300 };
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Why a record cannot be stored (column limits, malformed dates), or null when it can. */
function recordProblem(r: ProductRecord): string | null {
  if (!r.slug || r.slug.length > LIMITS.slug) return 'slug missing or longer than 200 characters';
  if (!r.name || r.name.length > LIMITS.name) return 'name missing or longer than 300 characters';
  if (r.family.length > LIMITS.family) return 'family longer than 60 characters';
  if (r.aliases.some((a) => a.length > LIMITS.alias)) return 'an alias is longer than 300 characters';
  for (const d of [r.generalAvailability, r.mainstreamEnd, r.extendedEnd, r.retirement]) if (d !== null && !ISO.test(d)) return `malformed date ${String(d).slice(0, 20)}`;
  for (const l of r.levels) {
    if (l.code.length > LIMITS.code || l.label.length > LIMITS.label) return `level ${l.code.slice(0, 40)} has a code or label that is too long`;
    for (const d of [l.start, l.end]) if (d !== null && !ISO.test(d)) return `malformed level date ${String(d).slice(0, 20)}`;
  }
  return null;
}
