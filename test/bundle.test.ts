/**
 * The bundle `npm start` runs (scripts/bundle.ts), built from the compiled server into a temp folder:
 * one copy of graphql (two would make a schema from one copy unusable by the other's executor), the
 * native addons and the explorer left to node_modules, and the gateway itself as a chunk loaded after
 * the version check.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { PROJECT_ROOT } from '../server/config/paths.js';
import { BUNDLE_EXTERNAL, bundleGateway } from '../scripts/bundle.js';

const dir = mkdtempSync(join(tmpdir(), 'gateway-bundle-'));
let meta: Metafile;
const compiled = existsSync(join(PROJECT_ROOT, 'dist/server/main.js'));

beforeAll(async () => {
  if (compiled) meta = await bundleGateway(dir);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inputsOf = (pkg: string) => Object.keys(meta.inputs).filter((p) => p.includes(`node_modules/${pkg}/`));

describe('the gateway bundle', () => {
  it('needs the compiled server (npm run build, which CI runs before the tests)', () => {
    expect(compiled).toBe(true);
  });

  it('holds exactly one copy of graphql', () => {
    const entries = inputsOf('graphql').filter((p) => /node_modules\/graphql\/(index|type\/schema)\.(m?js)$/.test(p));
    const schemaModules = entries.filter((p) => /type\/schema\.m?js$/.test(p));
    expect(schemaModules).toHaveLength(1);
  });

  it('leaves the native addons and the explorer to node_modules', () => {
    for (const pkg of BUNDLE_EXTERNAL) expect(inputsOf(pkg)).toEqual([]);
    const imported = Object.values(meta.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
    expect(imported).toEqual(expect.arrayContaining(['better-sqlite3', 'ruru/server']));
  });

  it('loads the gateway after the version check: main.js imports it dynamically', () => {
    const main = Object.entries(meta.outputs).find(([path]) => path.endsWith('/main.js'))![1];
    expect(main.imports.some((i) => i.kind === 'dynamic-import' && /gateway-[A-Z0-9]+\.js$/.test(i.path))).toBe(true);
  });
});
