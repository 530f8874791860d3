/**
 * The baseline of benchmark 2: a plain Node `http` server that reads the request body and answers every
 * request with the same bytes (and content type) the gateway answered. Run as a child process:
 * `node dist/bench/support/plainServer.js <body file> <content type>`; it prints its port.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, contentType] = process.argv.slice(2);
if (!file || !contentType) throw new Error('usage: plainServer.js <body file> <content type>');
const body = readFileSync(file);
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
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
