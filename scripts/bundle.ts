/**
 * `npm run build`'s second step: the gateway as `npm start` runs it, one esbuild bundle of the compiled
 * server (dist/server/main.js and everything it imports, node_modules included) in dist/bundle/.
 *
 * Why: loading ~1,400 separate modules (resolving, stat-ing, reading package.json files, linking) was
 * about 1.1 s of a 1.5 s start-up (issue 14). One bundle, minified, starts in about two thirds of that
 * and its code takes ~20 MB less memory. Readable stack traces: `node --enable-source-maps
 * dist/bundle/main.js` (the source maps are written beside), or run the unbundled `dist/server/main.js`,
 * which the tests use and which behaves the same.
 *
 * Not bundled, loaded from node_modules at run time as before:
 * - better-sqlite3 and pg-native: native addons;
 * - ruru: the explorer serves its static files from its own package folder;
 * - class-validator: type-graphql imports it only when validation is on (it is not installed);
 * - date-holidays: loaded with createRequire on the first desk question (publicHolidays.ts).
 * Identifiers are minified but names are kept (keepNames): MikroORM and type-graphql name entities and
 * GraphQL types after their classes.
 *   node dist/scripts/bundle.js
 */
import { build, type Metafile } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLE_DIR, PROJECT_ROOT } from '../server/config/paths.js';

export const BUNDLE_EXTERNAL = ['better-sqlite3', 'pg-native', 'ruru', 'class-validator'];

/** Bundles the compiled gateway into `outdir` (emptied first); returns esbuild's account of what went where. */
export async function bundleGateway(outdir: string = BUNDLE_DIR): Promise<Metafile> {
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: [join(PROJECT_ROOT, 'dist/server/main.js')],
    outdir,
    bundle: true,
    // Dynamic imports (the gateway after the version check, ruru's pages, Apollo's optional plugins) stay separate chunks, loaded when used.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: BUNDLE_EXTERNAL,
    minify: true,
    keepNames: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
    metafile: true,
    // CommonJS dependencies inside an ES module bundle still call require() for Node's built-ins and the externals.
    banner: { js: "import { createRequire as __gatewayRequire } from 'node:module'; const require = __gatewayRequire(import.meta.url);" },
  });
  return result.metafile;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await bundleGateway();
