import { connect } from 'node:net';

export interface RawResponse {
  /** The status of the first response line, or null when the server closed without answering. */
  status: number | null;
  text: string;
}

/**
 * Sends bytes as they are over a TCP socket (for requests fetch refuses to build: broken request lines,
 * bytes that are not UTF-8, bodies shorter than their Content-Length) and reads until the server closes.
 * `halfClose` ends our side after writing (the server then sees a truncated request).
 */
export function rawRequest(url: string, payload: Buffer | string, opts: { halfClose?: boolean; timeoutMs?: number } = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${opts.timeoutMs ?? 5000} ms to ${JSON.stringify(String(payload).slice(0, 80))}`));
    }, opts.timeoutMs ?? 5000);
    socket.on('connect', () => {
      socket.write(payload);
      if (opts.halfClose) socket.end();
    });
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', () => {}); // a reset after the answer is fine; 'close' follows
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: m ? Number(m[1]) : null, text });
    });
  });
}
