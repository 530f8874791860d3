import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder with package.json), whether running from server/ (ts) or dist/server/ (js). */
export const PROJECT_ROOT: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || dir.endsWith('/dist')) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the project root');
    dir = up;
  }
  return dir;
})();

export const SEED_CATALOGUE = join(PROJECT_ROOT, 'seed/lifecycle/catalogue.json');
export const ADDIN_DIST = join(PROJECT_ROOT, 'addin/dist');
/** The gateway as `npm start` runs it: one bundle of dist/server/main.js and its imports (scripts/bundle.ts). */
export const BUNDLE_DIR = join(PROJECT_ROOT, 'dist/bundle');
export const BUNDLE_MAIN = join(BUNDLE_DIR, 'main.js');
