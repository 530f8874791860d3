import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {}

/** The body is not UTF-8: refused rather than decoded with U+FFFD in place of the bad bytes. */
export class BodyNotUtf8Error extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a request body up to `limit` bytes; larger bodies are rejected without reading them all. */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      reject(new BodyTooLargeError());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(utf8.decode(Buffer.concat(chunks)));
      } catch {
        reject(new BodyNotUtf8Error());
      }
    });
    req.on('error', reject);
  });
}
