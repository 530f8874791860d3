import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../server/config/paths.js';
import { DEMO, gql, startTestGateway, type TestGateway } from './helpers/gateway.js';

const run = promisify(execFile);
let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
  await run('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: PROJECT_ROOT });
}, 120_000);
afterAll(async () => {
  await gw?.stop();
});

const keys = (...args: string[]) => run('npx', ['node', 'dist/server/cli/keys.js', ...args], { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: gw.databaseUrl, NODE_OPTIONS: '' } });

describe('npm run keys (the CLI)', () => {
  it('creates a tenant key that works over HTTP, lists it by prefix only, and revokes it', async () => {
    const created = await keys('create', '--tenant', DEMO.tenantA.id, '--label', 'procurement sheet');
    const secret = /secret \(shown once, store it now\): (ent_[0-9a-f]{40})/.exec(created.stdout)![1]!;
    const id = /created tenant key ([0-9a-f-]{36})/.exec(created.stdout)![1]!;
    expect((await gql(gw.url, '{ me { name } }', undefined, secret)).json.data.me.name).toContain('Fjordvik');
    const listed = await keys('list', '--tenant', DEMO.tenantA.id);
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).toContain(secret.slice(0, 12));
    expect(listed.stdout).not.toContain(secret);
    await keys('revoke', id);
    expect((await gql(gw.url, '{ me { name } }', undefined, secret)).status).toBe(401);
  }, 60_000);

  it('refuses an unknown tenant with exit code 2 and a message', async () => {
    const r = await keys('create', '--tenant', '00000000-0000-4000-8000-000000000000').catch((e) => e);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no tenant/);
  }, 60_000);
});
