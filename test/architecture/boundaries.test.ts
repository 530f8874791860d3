import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../server/config/paths.js';

/**
 * The architecture's boundaries (.dependency-cruiser.cjs, README "Layout") hold for the real tree, and
 * every rule fails on a violation planted for it in a scratch copy of the rules — so a rule that matches
 * nothing (a typo in a path pattern) cannot pass silently.
 */
const run = promisify(execFile);
const DEPCRUISE = join(PROJECT_ROOT, 'node_modules/.bin/depcruise');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

async function cruise(cwd: string, paths: string[]): Promise<Violation[]> {
  // depcruise exits non-zero when it finds violations; the JSON report is on stdout either way.
  const { stdout } = await run(DEPCRUISE, [...paths, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd, maxBuffer: 64 * 1024 * 1024 }).catch((e: { stdout?: string }) => {
    if (typeof e.stdout === 'string' && e.stdout.startsWith('{')) return { stdout: e.stdout };
    throw e;
  });
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('architecture boundaries (dependency-cruiser)', () => {
  it('the server, scripts and benchmarks break no boundary rule', async () => {
    const violations = await cruise(PROJECT_ROOT, ['server', 'scripts', 'bench']);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  }, 60_000);

  describe('each rule catches a violation planted for it', () => {
    let dir: string;
    const plant = (files: Record<string, string>) => {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
    };
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'boundaries-'));
      cpSync(join(PROJECT_ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true } }));
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
      symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
      const ok = 'export const ok = 1;\n';
      plant({
        // Allowed: a policy using the kernel and another domain's policy; a domain using another's root API.
        'server/kernel/dates.ts': ok,
        'server/subscriptions/policy/terms.ts': ok,
        'server/subscriptions/index.ts': "export { ok } from './graphql/subscription.type.js';\n",
        'server/subscriptions/graphql/subscription.type.ts': ok,
        'server/subscriptions/db/Subscription.entity.ts': ok,
        'server/lifecycle/db/Product.entity.ts': ok,
        'server/estate/policy/risk.ts': "import { ok } from '../../kernel/dates.js';\nimport { ok as t } from '../../subscriptions/policy/terms.js';\nexport const r = ok + t;\n",
        'server/estate/graphql/estate.type.ts': "import { ok } from '../../subscriptions/index.js';\nexport const e = ok;\n",
        'server/db/entities.ts': "import { ok } from '../subscriptions/db/Subscription.entity.js';\nexport const E = [ok];\n",
        'server/resolvers.ts': "import { e } from './estate/graphql/estate.type.js';\nexport const R = [e];\n",
        'server/graphql/schema.ts': "import { R } from '../resolvers.js';\nexport const s = R;\n",
        'server/testing/fixtures.ts': ok,
        'server/estate/policy/risk.test.ts': "import { ok } from '../../testing/fixtures.js';\nexport const t = ok;\n",
        // Planted violations, one per rule:
        'server/lifecycle/policy/impure.ts': "import { MikroORM } from '@mikro-orm/core';\nexport const m = MikroORM;\n",
        'server/support/graphql/reach.ts': "import { ok } from '../../subscriptions/db/Subscription.entity.js';\nexport const r = ok;\n",
        'server/http/knowsDomain.ts': "import { ok } from '../subscriptions/policy/terms.js';\nexport const k = ok;\n",
        'server/http/readsResolvers.ts': "import { R } from '../resolvers.js';\nexport const k = R;\n",
        'server/estate/db/registry.ts': "import { E } from '../../db/entities.js';\nexport const x = E;\n",
        'server/estate/wiring.ts': "import { R } from '../resolvers.js';\nexport const w = R;\n",
        'server/cli/fixture.ts': "import { ok } from '../testing/fixtures.js';\nexport const f = ok;\n",
        'server/calendar/missing.ts': "import { nothing } from './nowhere.js';\nexport const n = nothing;\n",
      });
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reports exactly the planted violations, each under its rule', async () => {
      // node_modules is a symlink into the project: name packages by their path inside it.
      const found = (await cruise(dir, ['server'])).map((v) => `${v.rule.name}: ${v.from} → ${v.to.replace(/^.*node_modules\//, 'node_modules/')}`).sort();
      expect(found).toEqual(
        [
          'policy-is-pure: server/lifecycle/policy/impure.ts → node_modules/@mikro-orm/core/index.js',
          'no-reaching-into-another-domain: server/support/graphql/reach.ts → server/subscriptions/db/Subscription.entity.ts',
          'plumbing-knows-no-domain: server/http/knowsDomain.ts → server/subscriptions/policy/terms.ts',
          'resolver-list-only-from-schema: server/http/readsResolvers.ts → server/resolvers.ts',
          'entity-registry-only-from-db: server/estate/db/registry.ts → server/db/entities.ts',
          'domains-do-not-import-the-composition-root: server/estate/wiring.ts → server/resolvers.ts',
          'fixtures-only-in-tests: server/cli/fixture.ts → server/testing/fixtures.ts',
          'not-to-unresolvable: server/calendar/missing.ts → ./nowhere.js',
        ].sort(),
      );
    }, 60_000);
  });
});
