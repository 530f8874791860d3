import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {}

/** The body is not UTF-8: refused rather than decoded with U+FFFD in place of the bad bytes. */
export class BodyNotUtf8Error extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The client hung up before its body arrived (Node reports `aborted`, ECONNRESET). Not a fault of the
 * gateway or its database: logged once, as what it is, without a stack.
 */
export class ClientAbortedError extends Error {
  constructor(
    readonly received: number,
    readonly declared: number | null,
  ) {
    super(`client closed the connection after ${received}${declared !== null ? ` of ${declared}` : ''} body bytes`);
    this.name = 'ClientAbortedError';
  }
}

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
    req.on('error', (e: NodeJS.ErrnoException) => {
      // A hang-up mid-body: 'aborted' / ECONNRESET from the request stream.
      if (e.code === 'ECONNRESET' || e.message === 'aborted' || req.destroyed) reject(new ClientAbortedError(size, Number.isFinite(declared) ? declared : null));
      else reject(e);
    });
  });
}
