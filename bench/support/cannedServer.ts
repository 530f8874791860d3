/**
 * A baseline of benchmark 1: a plain Node `http` server that answers the n-th request with the n-th of the
 * gateway's own answers (a JSON array of bodies in the file given), round and round; it reads each request
 * body and does nothing else. A client sending the benchmark's requests in order gets the gateway's bytes
 * with no server work: what the client alone costs. Run as a child process:
 * `node dist/bench/support/cannedServer.js <bodies file>`; it prints its port.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: cannedServer.js <bodies file>');
const bodies = (JSON.parse(readFileSync(file, 'utf8')) as string[]).map((b) => Buffer.from(b));
let next = 0;
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const body = bodies[next++ % bodies.length]!;
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
});
server.keepAliveTimeout = 5_000;
server.listen(0, '127.0.0.1', () => console.log((server.address() as { port: number }).port));
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
