import 'reflect-metadata';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ImportRun, Level, Product } from '../../server/db/entities.js';
import { migrate } from '../../server/db/migrate.js';
import { openOrm } from '../../server/db/orm.config.js';
import { PROJECT_ROOT, SEED_CATALOGUE } from '../../server/config/paths.js';
import { importFile } from '../../server/lifecycle/import/catalogueImport.js';

/**
 * Faults of a real process, so these run against a build of the server (its own output folder, so a
 * concurrent `npm run build` elsewhere is not disturbed) on SQLite files, whatever GATEWAY_TEST_PG says.
 */
const BUILD = join(PROJECT_ROOT, '.tmp', 'hardening-build');
const DIR = join(PROJECT_ROOT, '.tmp', 'hardening-faults');
const childEnv = (extra: Record<string, string>) => ({ ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'warn', ...extra });
const children: ChildProcess[] = [];

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  // tsc exits non-zero on a type error anywhere in the tree but still emits; what matters is the output.
  await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', BUILD], { cwd: PROJECT_ROOT }).catch(() => {});
  for (const f of ['server/cli/import.js', 'server/main.js']) if (!existsSync(join(BUILD, f))) throw new Error(`the build did not produce ${f}`);
}, 180_000);
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(DIR, { recursive: true, force: true });
});

const sqliteFile = (name: string) => {
  const file = join(DIR, `${name}-${process.pid}-${Date.now()}.sqlite`);
  for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
  return file;
};

/** Starts a built entry point with the project's Node (the one running jest), collecting its output. */
function start(script: string, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [join(BUILD, script), ...args], { cwd: PROJECT_ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const waitFor = (re: RegExp, timeoutMs = 60_000) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${re} within ${timeoutMs} ms; stdout: ${stdout.slice(-500)} stderr: ${stderr.slice(-500)}`)), timeoutMs);
      const check = () => {
        const m = re.exec(stdout);
        if (m) {
          clearTimeout(timer);
          child.stdout!.off('data', check);
          resolve(m);
        }
      };
      child.stdout!.on('data', check);
      exited.then(() => {
        check();
        clearTimeout(timer);
        reject(new Error(`exited before ${re}; stdout: ${stdout.slice(-500)} stderr: ${stderr.slice(-500)}`));
      });
      check();
    });
  const waitForErr = async (re: RegExp, timeoutMs = 10_000) => {
    for (const until = Date.now() + timeoutMs; !re.test(stderr); await new Promise((r) => setTimeout(r, 5))) {
      if (Date.now() > until) throw new Error(`no ${re} on stderr within ${timeoutMs} ms: ${stderr.slice(-500)}`);
    }
  };
  return { child, exited, waitFor, waitForErr, output: () => ({ stdout, stderr }) };
}

describe('an import killed with SIGKILL half-way (SQLite)', () => {
  it('leaves the database exactly as before: integrity_check ok, no partial rows, no import run recorded', async () => {
    const db = sqliteFile('kill');
    let orm = await openOrm(db);
    await migrate(orm, db);
    await importFile(orm, SEED_CATALOGUE);
    const counts = async () => {
      const em = orm.em.fork();
      return { products: await em.count(Product, {}), levels: await em.count(Level, {}), runs: await em.count(ImportRun, {}), changed: await em.count(Product, { name: { $like: '% (changed)' } }) };
    };
    const before = await counts();
    await orm.close();

    // 20× the seed: the seed's products renamed (updates) and 19 copies (inserts), one transaction.
    const seed = JSON.parse(readFileSync(SEED_CATALOGUE, 'utf8')) as { products: { slug: string; name: string }[] };
    const products = Array.from({ length: 20 }, (_, k) => seed.products.map((p) => (k === 0 ? { ...p, name: `${p.name} (changed)` } : { ...p, slug: `${p.slug}-copy-${k}`, name: `${p.name} copy ${k}` }))).flat();
    const big = join(DIR, 'big-catalogue.json');
    writeFileSync(big, JSON.stringify({ ...seed, products }));

    const importer = start('server/cli/import.js', [big], { DATABASE_URL: db });
    const progress = await importer.waitFor(/(\d+)\/(\d+) products \((\d+)%\)/);
    importer.child.kill('SIGKILL');
    expect(await importer.exited).toEqual({ code: null, signal: 'SIGKILL' });
    // It was killed with rows written inside its transaction, well before the end.
    expect(Number(progress[1])).toBeGreaterThan(0);
    expect(Number(progress[1])).toBeLessThan(products.length);
    expect(importer.output().stdout).not.toMatch(/18300\/18300/);

    orm = await openOrm(db);
    try {
      const integrity = await orm.em.fork().getConnection().execute('pragma integrity_check');
      expect(integrity).toEqual([{ integrity_check: 'ok' }]);
      expect(await counts()).toEqual(before);
    } finally {
      await orm.close();
    }
  }, 120_000);
});

describe('SIGTERM under load', () => {
  it('finishes the requests in flight, copes with clients that hung up, refuses new connections, and exits 0', async () => {
    const gateway = start('server/main.js', [], { DATABASE_URL: sqliteFile('sigterm'), PORT: '0', HTTPS_PORT: '0', RATE_LIMIT_UNITS_PER_MINUTE: '0', LOG_LEVEL: 'debug' });
    const url = (await gateway.waitFor(/GraphQL:\s+(http:\/\/\S+)\/graphql/))[1]!.replace('localhost', '127.0.0.1');
    // The start-up banner asks /graphql once before it prints its URLs: count the requests sent from here.
    const logged = () => (gateway.output().stderr.match(/ DEBUG request POST \/graphql/g) ?? []).length;
    const atStart = logged();

    // Bulk requests of 1,000 lookups each, uploaded slowly: the server has read their headers and half
    // their body when SIGTERM arrives, so they are in flight for certain, however fast the server is.
    const slowPost = (n: number) => {
      const body = Buffer.from(
        JSON.stringify({
          query: `query($l: [PhaseLookup!]!) { supportPhases(lookups: $l) { ... on PhaseAnswer { phase } } }`,
          variables: { l: Array.from({ length: 1000 }, (_, i) => ({ product: i % 2 ? 'Windows 7' : 'Office 2016', date: `${2000 + ((i + n) % 30)}-${String(1 + (i % 12)).padStart(2, '0')}-15` })) },
        }),
      );
      const req = request(`${url}/graphql`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': body.length } });
      const done = new Promise<{ status: number; answers: number | undefined } | string>((resolve) => {
        req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
        req.on('response', (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
          res.on('end', () => resolve({ status: res.statusCode!, answers: (JSON.parse(text) as { data?: { supportPhases: unknown[] } }).data?.supportPhases.length }));
        });
      });
      req.write(body.subarray(0, body.length >> 1));
      return { finish: () => req.end(body.subarray(body.length >> 1)), hangUp: () => req.destroy(), done };
    };
    const inFlight = Array.from({ length: 30 }, (_, n) => slowPost(n));
    // And 10 whose clients give up while the server is stopping.
    const abandoned = Array.from({ length: 10 }, (_, n) => slowPost(100 + n));
    const received = () => logged() - atStart;
    for (const until = Date.now() + 60_000; received() < 40 && Date.now() < until; ) await new Promise((r) => setTimeout(r, 2));
    expect(received()).toBe(40);

    gateway.child.kill('SIGTERM');
    await gateway.waitForErr(/SIGTERM: finishing in-flight requests/);
    // Stopping: a new connection is refused while the 40 are still open.
    await new Promise((r) => setTimeout(r, 150));
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    for (const r of abandoned) r.hangUp();
    for (const r of inFlight) r.finish();

    expect(await Promise.all(inFlight.map((r) => r.done))).toEqual(Array(30).fill({ status: 200, answers: 1000 }));
    expect((await Promise.all(abandoned.map((r) => r.done))).every((o) => typeof o === 'string')).toBe(true);
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    expect(gateway.output().stderr).not.toMatch(/ ERROR /);
  }, 120_000);
});
