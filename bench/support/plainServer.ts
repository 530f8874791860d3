/**
 * The plain baselines: a plain Node `http` server that reads the request body and answers with the gateway's
 * own bytes, doing nothing else. Run as a child process; it prints its port.
 * - `node dist/bench/support/plainServer.js <body file> <content type>`: every request gets the same body
 *   (benchmark 2's plain http server).
 * - `node dist/bench/support/plainServer.js <bodies file> <content type> --each`: the file is a JSON array of
 *   bodies and the n-th request gets the n-th, round and round (benchmark 1's client-alone baseline: a client
 *   sending the benchmark's requests in order gets the gateway's answers with no server work).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, contentType, mode] = process.argv.slice(2);
if (!file || !contentType || (mode !== undefined && mode !== '--each')) throw new Error('usage: plainServer.js <body file> <content type> [--each]');
const bodies = mode === '--each' ? (JSON.parse(readFileSync(file, 'utf8')) as string[]).map((b) => Buffer.from(b)) : [readFileSync(file)];
let next = 0;
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const body = bodies[next++ % bodies.length]!;
    res.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
    res.end(body);
  });
});
server.keepAliveTimeout = 5_000;
server.listen(0, '127.0.0.1', () => console.log((server.address() as { port: number }).port));
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
