/**
 * Finding 10 of issue 15: the static server (addin/dist under /addin/) followed symbolic links out of its
 * root — a link in addin/dist served /etc/passwd. serveFile now resolves real paths and answers anything
 * outside the root like a file that does not exist (404); links that stay inside still work.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config/paths.js';
import { serveFile } from '../../server/http/staticFiles.js';

const base = join(PROJECT_ROOT, '.tmp', `static-${process.pid}`);
const root = join(base, 'dist');
const outside = join(base, 'secret');
let server: Server;
let url: string;

beforeAll(async () => {
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(root, 'taskpane.html'), '<p>task pane</p>');
  writeFileSync(join(root, 'assets', 'app.js'), 'app()');
  writeFileSync(join(outside, 'secret.txt'), 'not for you');
  symlinkSync('/etc/passwd', join(root, 'passwd.txt'));
  symlinkSync(join(outside, 'secret.txt'), join(root, 'secret.txt'));
  symlinkSync(outside, join(root, 'linked-dir'));
  symlinkSync(join(root, 'assets', 'app.js'), join(root, 'alias.js')); // stays inside: fine
  server = createServer((req, res) => {
    void serveFile(res, root, (req.url ?? '/').slice('/addin/'.length)).then((ok) => {
      if (!ok) {
        res.writeHead(404);
        res.end('Not found');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(base, { recursive: true, force: true });
});

const get = async (path: string) => {
  const r = await fetch(`${url}${path}`);
  return { status: r.status, text: await r.text() };
};

describe('the static server stays inside its root', () => {
  it('serves files, and links that stay inside the root', async () => {
    expect(await get('/addin/')).toEqual({ status: 200, text: '<p>task pane</p>' });
    expect(await get('/addin/assets/app.js')).toEqual({ status: 200, text: 'app()' });
    expect(await get('/addin/alias.js')).toEqual({ status: 200, text: 'app()' });
  });

  it('answers 404 for a link to /etc/passwd, to a file outside, and through a linked directory', async () => {
    for (const path of ['/addin/passwd.txt', '/addin/secret.txt', '/addin/linked-dir/secret.txt', '/addin/linked-dir/']) {
      const r = await get(path);
      expect([path, r.status]).toEqual([path, 404]);
      expect(r.text).not.toMatch(/root:|not for you/);
    }
  });

  it('still refuses climbing out and NUL bytes', async () => {
    for (const path of ['/addin/..%2f..%2fsecret%2fsecret.txt', '/addin/assets%2f..%2f..%2fsecret%2fsecret.txt', '/addin/taskpane.html%00.js']) {
      expect((await get(path)).status).toBe(404);
    }
  });
});
