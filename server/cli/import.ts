/**
 * Re-imports lifecycle data: `npm run import -- <file> [<file> …]` (catalogue.json, Microsoft's lifecycle
 * JSON, endoflife.date JSON or product-facts.json; the format is detected). Without a file: the seed.
 * Each file is one transaction: all of it or nothing. Prints progress and what was skipped and why.
 */
import 'reflect-metadata';
import { loadConfig } from '../config/config.js';
import { migrate } from '../db/migrate.js';
import { openOrm } from '../db/orm.config.js';
import { SEED_CATALOGUE } from '../config/paths.js';
import { ImportFileError, importFile } from '../lifecycle/import/catalogueImport.js';

const files = process.argv.slice(2);
const config = loadConfig();
const orm = await openOrm(config.databaseUrl);
await migrate(orm, config.databaseUrl);
let code = 0;
try {
  for (const file of files.length ? files : [SEED_CATALOGUE]) {
    const started = performance.now();
    let shown = -1;
    const r = await importFile(orm, file, {
      onProgress(done, total) {
        const pct = Math.floor((done * 100) / total);
        if (pct >= shown + 10 || done === total) {
          shown = pct;
          process.stdout.write(`\r${file}: ${done}/${total} products (${pct}%)`);
        }
      },
    });
    process.stdout.write('\n');
    console.log(`${file} (${r.format}): ${r.inserted} new, ${r.updated} updated, ${r.unchanged} unchanged, ${r.skipped.length} skipped in ${Math.round(performance.now() - started)} ms`);
    const reasons = new Map<string, number>();
    for (const s of r.skipped) reasons.set(s.reason.replace(/\(.*\)/, '(…)'), (reasons.get(s.reason.replace(/\(.*\)/, '(…)')) ?? 0) + 1);
    for (const [reason, n] of reasons) console.log(`  skipped ${n}: ${reason}`);
  }
} catch (e) {
  console.error(e instanceof ImportFileError ? `import failed, nothing changed: ${e.message}` : `import failed, nothing changed: ${(e as Error).stack}`);
  code = 1;
} finally {
  await orm.close();
}
process.exit(code);
