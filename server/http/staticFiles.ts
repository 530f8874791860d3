import { readFile, stat } from 'node:fs/promises';
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

/** Serves a file below `root`; refuses paths that climb out of it. Returns false when there is no such file. */
export async function serveFile(res: ServerResponse, root: string, relPath: string): Promise<boolean> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relPath);
  } catch {
    return false;
  }
  const full = normalize(join(root, decoded || 'taskpane.html'));
  if (!full.startsWith(root + sep) && full !== root) return false;
  try {
    const s = await stat(full);
    if (!s.isFile()) return false;
    res.writeHead(200, { 'content-type': TYPES[extname(full)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(await readFile(full));
    return true;
  } catch {
    return false;
  }
}
