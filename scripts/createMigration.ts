/**
 * Generates the next migration for both dialects from the entities: applies the existing migrations to a
 * scratch database, diffs it against the entity metadata and writes server/db/migrations/<dialect>/.
 * Usage: npm run build && node dist/scripts/createMigration.js <Name> [postgresql://… scratch db]
 * Then list the new class in server/db/migrations/<dialect>/index.ts.
 */
import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openOrm } from '../server/db/orm.config.js';

const name = process.argv[2];
const pgUrl = process.argv[3] ?? process.env.PG_SCRATCH_URL;
if (!name) throw new Error('usage: createMigration <Name> [postgresql://scratch-db-url]');

async function generate(url: string, dir: string): Promise<void> {
  const orm = await openOrm(url);
  try {
    await orm.migrator.up();
    const result = await orm.migrator.create(join(process.cwd(), 'server/db/migrations', dir), false, false, name);
    console.log(`${dir}: ${result.fileName || '(no changes)'}`);
  } finally {
    await orm.close(true);
  }
}

const scratch = join(tmpdir(), `gateway-migration-${process.pid}.sqlite`);
await generate(scratch, 'sqlite');
rmSync(scratch, { force: true });
if (pgUrl) await generate(pgUrl, 'postgresql');
else console.log('postgresql: skipped (give a scratch database URL)');
