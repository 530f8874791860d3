import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Configuration } from 'webpack';
import { PROJECT_ROOT } from '../../server/config/paths.js';

const require = createRequire(import.meta.url);
// required, not imported: an ESM import makes jest enumerate webpack's exports, tripping its deprecation getters.
const webpack = require('webpack') as typeof import('webpack');

/**
 * Builds the Excel add-in with webpack's Node API (the same config as `npm run addin:build`), into
 * addin/dist/ or into `outDir` (so tests running in parallel do not clean each other's output).
 * `env.OFFICE_JS` as for `OFFICE_JS=local npm run addin:build`. Resolves with the output folder; rejects with
 * webpack's errors.
 */
export function buildAddin(outDir?: string, env: { OFFICE_JS?: 'cdn' | 'local' } = {}): Promise<string> {
  const make = require(join(PROJECT_ROOT, 'addin/webpack.config.cjs')) as (env: object) => Configuration;
  const base = make(env);
  const path = outDir ?? join(PROJECT_ROOT, 'addin/dist');
  const config: Configuration = { ...base, output: { ...base.output, path }, infrastructureLogging: { level: 'error' } };
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, stats) => {
      compiler.close(() => {
        if (err) return reject(err);
        if (!stats || stats.hasErrors()) return reject(new Error(stats?.toString({ all: false, errors: true }) ?? 'webpack failed'));
        resolve(path);
      });
    });
  });
}
