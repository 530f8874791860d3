import { readFile, realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.graphql': 'text/plain; charset=utf-8',
};

const inside = (path: string, root: string) => path === root || path.startsWith(root + sep);

/**
 * Serves a file below `root`; returns false when there is no such file. Refuses paths that climb out of
 * the root, and — resolving real paths — anything a symbolic link inside the root points to outside it
 * (a link in addin/dist to /etc/passwd is "no such file", like any other path outside).
 */
export async function serveFile(res: ServerResponse, root: string, relPath: string): Promise<boolean> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relPath);
  } catch {
    return false;
  }
  if (decoded.includes('\u0000')) return false;
  const full = normalize(join(root, decoded || 'taskpane.html'));
  if (!inside(full, root)) return false;
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(full)]);
    if (!inside(real, realRoot)) return false;
    const s = await stat(real);
    if (!s.isFile()) return false;
    const body = await readFile(real);
    res.writeHead(200, { 'content-type': TYPES[extname(real)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(body);
    return true;
  } catch {
    return false;
  }
}
