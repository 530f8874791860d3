/**
 * Builds seed/lifecycle/ from the reference lifecycle data (the sources named in NOTICE): copies the
 * raw source files (with their licences, for attribution) and writes catalogue.json, the merged
 * catalogue the gateway seeds from.
 * The output depends only on the inputs (generatedAt is the newest source's date, not the clock), so
 * running it twice gives the same bytes.
 *
 * Usage: npm run build && npx node dist/scripts/buildLifecycleSeed.js [sourceDir] [outDir]
 * (paths relative to the project root; both default to seed/lifecycle, which keeps the source files:
 * with no arguments it rebuilds catalogue.json from them; give a folder of newer source files to update).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSeedCatalogue, CATALOGUE_FORMAT } from '../server/lifecycle/import/loadCatalogueFile.js';
import { PROJECT_ROOT } from '../server/config/paths.js';

const MICROSOFT = 'microsoft-lifecycle-2023-01.json';
const ENDOFLIFE = 'endoflife-microsoft-2026-08.json';
const ENDOFLIFE_META = 'endoflife-microsoft-2026-08.meta.json';
const FACTS = 'product-facts.json';
const ESU_YEARS = 'esu-years.json';

const MS_ATTRIBUTION = 'Microsoft Lifecycle data, CC BY 4.0 (MicrosoftDocs/lifecycle-data-pr.de-de, branch live, commit 7c7962d8, 2023-01-25)';
/** The Microsoft file carries no date of its own; its commit date is in NOTICE. */
const MS_AS_OF = '2023-01-25';

const refDir = resolve(PROJECT_ROOT, process.argv[2] ?? 'seed/lifecycle');
const outDir = resolve(PROJECT_ROOT, process.argv[3] ?? 'seed/lifecycle');
const read = (file: string): unknown => JSON.parse(readFileSync(join(refDir, file), 'utf8'));

const meta = read(ENDOFLIFE_META) as { commit?: string; commitDate?: string; licence?: string };
const eolAsOf = (meta.commitDate ?? '').slice(0, 10);
const eolAttribution = `endoflife.date, MIT, Copyright 2020 endoflife.date contributors (endoflife-date/endoflife.date commit ${(meta.commit ?? '').slice(0, 8)}, ${eolAsOf})`;
const sources = [
  { file: MICROSOFT, licence: 'CC BY 4.0', attribution: MS_ATTRIBUTION, asOf: MS_AS_OF },
  { file: ENDOFLIFE, licence: 'MIT', attribution: eolAttribution, asOf: eolAsOf },
  { file: ENDOFLIFE_META, licence: 'MIT', attribution: eolAttribution, asOf: eolAsOf },
  { file: FACTS, licence: 'CC BY 4.0 and MIT (facts drawn from the two sources above)', attribution: `${MS_ATTRIBUTION}; ${eolAttribution}`, asOf: eolAsOf },
  { file: ESU_YEARS, licence: 'CC BY 4.0 and MIT (facts drawn from the two sources above)', attribution: `${MS_ATTRIBUTION}; ${eolAttribution}`, asOf: eolAsOf },
];
const generatedAt = sources.map((s) => s.asOf).filter(Boolean).sort().at(-1)!;

const { products, skipped, notes } = buildSeedCatalogue(read(MICROSOFT), read(ENDOFLIFE), read(FACTS), read(ESU_YEARS));

mkdirSync(outDir, { recursive: true });
// Copied by content, not with copyFile: the reference files are read-only and the copies must not be.
for (const file of [MICROSOFT, ENDOFLIFE, ENDOFLIFE_META, FACTS, ESU_YEARS]) {
  const content = readFileSync(join(refDir, file)); // read before removing: the source may be the output folder
  rmSync(join(outDir, file), { force: true });
  writeFileSync(join(outDir, file), content);
}

// One product per line: small, and a data update shows as a readable diff.
const head = JSON.stringify({ format: CATALOGUE_FORMAT, generatedAt, sources, notes }, null, 1).slice(0, -2);
const rows = (items: readonly unknown[]): string => items.map((x) => `  ${JSON.stringify(x)}`).join(',\n');
writeFileSync(join(outDir, 'catalogue.json'), `${head},\n "products": [\n${rows(products)}\n ],\n "skipped": [\n${rows(skipped)}\n ]\n}\n`);

const count = (keys: string[]): Record<string, number> => keys.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});
console.log(`catalogue.json: ${products.length} products (data as of ${generatedAt})`);
console.table(count(products.map((p) => p.source)));
console.log(`skipped: ${skipped.length}`);
console.table(count(skipped.map((s) => s.reason.replace(/ \(.*$|;.*$/, ''))));
