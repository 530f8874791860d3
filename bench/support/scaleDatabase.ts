/**
 * A gateway database holding a grown catalogue: a fresh gateway migrates and seeds it (the 888 real
 * products and the demo tenants), then the synthetic products are written with multi-row INSERTs in one
 * transaction (the ORM import, a flush per 100 products, would take minutes for 100,000) and a new import
 * run is recorded, so the next gateway started on it loads the whole catalogue.
 */
import { join } from 'node:path';
import { openOrm } from '../../server/db/orm.config.js';
import type { ProductRecord } from '../../server/lifecycle/policy/lifecycleTypes.js';
import { spawnGateway, tempDir } from './gatewayProcess.js';

const ROWS_PER_INSERT = 500;

type Row = (string | number | null)[];

function insert(table: string, columns: string[], rows: Row[]): { sql: string; params: Row[number][] } {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  return { sql: `insert into \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) values ${rows.map(() => tuple).join(', ')}`, params: rows.flat() };
}

export async function grownDatabase(products: readonly ProductRecord[]): Promise<{ databaseUrl: string; remove(): void }> {
  const temp = tempDir();
  const databaseUrl = join(temp.dir, 'gateway.sqlite');
  const first = await spawnGateway({ databaseUrl });
  await first.stop();
  const orm = await openOrm(databaseUrl);
  try {
    const em = orm.em.fork();
    const known = new Set((await em.getConnection().execute<{ slug: string }[]>('select slug from product')).map((r: { slug: string }) => r.slug));
    const extra = products.filter((p) => !known.has(p.slug));
    await em.transactional(async (tx) => {
      const conn = tx.getConnection();
      const ctx = tx.getTransactionContext();
      const [{ max }] = await conn.execute<{ max: number }[]>('select max(id) as max from product', [], 'all', ctx);
      let id = max;
      for (let i = 0; i < extra.length; i += ROWS_PER_INSERT) {
        const chunk = extra.slice(i, i + ROWS_PER_INSERT).map((p) => ({ p, id: ++id }));
        const productRows = chunk.map(({ p, id }) => [id, p.slug, p.name, JSON.stringify(p.aliases), p.family, p.policy, p.category, p.spFamily, p.generalAvailability, p.mainstreamEnd, p.extendedEnd, p.retirement, p.source]);
        const q = insert('product', ['id', 'slug', 'name', 'aliases', 'family', 'policy', 'category', 'sp_family', 'general_availability', 'mainstream_end', 'extended_end', 'retirement', 'source'], productRows);
        await conn.execute(q.sql, q.params, 'run', ctx);
        const levelRows = chunk.flatMap(({ p, id }) => p.levels.map((l) => [id, l.code, l.label, l.kind, l.ordinal, l.start, l.end]));
        if (levelRows.length > 0) {
          const l = insert('product_level', ['product_id', 'code', 'label', 'kind', 'ordinal', 'start', 'end'], levelRows);
          await conn.execute(l.sql, l.params, 'run', ctx);
        }
      }
      const run = insert('import_run', ['file', 'format', 'inserted', 'updated', 'unchanged', 'skipped', 'data_as_of', 'finished_at'], [
        ['bench/scale (synthetic)', 'catalogue', extra.length, 0, known.size, '[]', null, Date.now()],
      ]);
      await conn.execute(run.sql, run.params, 'run', ctx);
    });
  } finally {
    await orm.close();
  }
  return { databaseUrl, remove: temp.remove };
}
