/**
 * `npm start` builds what it serves: its prestart runs this after the server build. The Excel add-in
 * (addin/dist/, served at /addin/) is built with webpack when it is missing or older than its sources,
 * with one progress line; otherwise nothing is done. Also used by the tests (test/addin/buildAddin.ts).
 *   node dist/scripts/addinBuild.js [--force]
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Configuration } from 'webpack';
import { ADDIN_DIST, PROJECT_ROOT } from '../server/config/paths.js';

const require = createRequire(import.meta.url);

/** What webpack builds from: the add-in's sources, assets and build configuration (tests excluded). */
const SOURCES = ['addin/src', 'addin/assets', 'addin/webpack.config.cjs', 'addin/tsconfig.json'];
/** What the gateway serves and manifest.xml names; all must be there. */
export const ADDIN_OUTPUTS = ['taskpane.html', 'taskpane.js', 'functions.json', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-80.png'];

function newestSource(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return /\.test\.ts$/.test(path) ? 0 : s.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestSource(join(path, name)));
  return newest;
}

/** Why the add-in in `outDir` must be (re)built, or null when it is up to date. */
export function addinBuildNeeded(outDir: string = ADDIN_DIST, root: string = PROJECT_ROOT): string | null {
  const missing = ADDIN_OUTPUTS.filter((f) => !existsSync(join(outDir, f)));
  if (missing.length) return missing.length === ADDIN_OUTPUTS.length ? 'not built yet' : `${missing.join(', ')} missing`;
  const built = Math.min(...ADDIN_OUTPUTS.map((f) => statSync(join(outDir, f)).mtimeMs));
  const source = Math.max(...SOURCES.map((p) => join(root, p)).filter((p) => existsSync(p)).map(newestSource));
  return source > built ? 'its sources changed since it was built' : null;
}

/**
 * Builds the add-in with webpack's Node API (the same config as `npm run addin:build`), into addin/dist/
 * or into `outDir` (so tests running in parallel do not clean each other's output). `env.OFFICE_JS` as for
 * `OFFICE_JS=local npm run addin:build` (default: the OFFICE_JS environment variable, else cdn). Resolves
 * with the output folder; rejects with webpack's errors.
 */
export function buildAddin(outDir: string = ADDIN_DIST, env: { OFFICE_JS?: 'cdn' | 'local' } = {}): Promise<string> {
  // required, not imported: an ESM import makes jest enumerate webpack's exports, tripping its deprecation getters.
  const webpack = require('webpack') as typeof import('webpack');
  const make = require(join(PROJECT_ROOT, 'addin/webpack.config.cjs')) as (env: object) => Configuration;
  const base = make(env);
  const config: Configuration = { ...base, output: { ...base.output, path: outDir }, infrastructureLogging: { level: 'error' } };
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, stats) => {
      compiler.close(() => {
        if (err) return reject(err);
        if (!stats || stats.hasErrors()) return reject(new Error(stats?.toString({ all: false, errors: true }) ?? 'webpack failed'));
        resolve(outDir);
      });
    });
  });
}

async function main(argv: string[]): Promise<number> {
  const reason = argv.includes('--force') ? 'asked to' : addinBuildNeeded();
  if (!reason) return 0;
  const started = performance.now();
  process.stdout.write(`Building the Excel add-in into addin/dist/ (${reason}; webpack, ~30 s) … `);
  try {
    await buildAddin();
  } catch (e) {
    process.stdout.write('failed\n');
    console.error(e instanceof Error ? e.message : String(e));
    return 1;
  }
  process.stdout.write(`done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = await main(process.argv.slice(2));
