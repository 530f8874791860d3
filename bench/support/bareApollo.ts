/**
 * The second baseline of benchmark 2: a bare Apollo Server 5 (defaults, graphql-js) with a schema of the
 * same query shape as the gateway's `supportPhase`, whose resolver returns the answer the gateway gave, as
 * a constant. Served like the gateway serves /graphql (node:http, body read and parsed, Apollo's
 * executeHTTPGraphQLRequest, its headers and body written), so the difference between the two is the
 * gateway's own per-request work. Run as a child process:
 * `node dist/bench/support/bareApollo.js <answer file>` (the gateway's JSON answer); it prints its port.
 */
import { ApolloServer, HeaderMap } from '@apollo/server';
import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: bareApollo.js <answer file>');
const answer = (JSON.parse(readFileSync(file, 'utf8')) as { data: { supportPhase: unknown } }).data.supportPhase;

// The fields SINGLE_QUERY selects, typed as in the gateway's schema (schema/schema.graphql).
const schema = buildSchema(`
  scalar Date
  enum SupportPhase { PRE_RELEASE MAINSTREAM EXTENDED SELF_HELP_ONLY END_OF_SUPPORT FOLLOWS_PARENT }
  enum DateSource { PUBLISHED DERIVED }
  type Product { name: String! }
  type Level { code: String! }
  type PhaseAnswer {
    phase: SupportPhase!
    phaseEnds: Date
    nextPhase: SupportPhase
    daysLeft: Int
    supportEnds: Date
    dateSource: DateSource!
    levelSupported: Boolean
    product: Product!
    level: Level
  }
  type Query { supportPhase(product: String!, date: Date, level: String, parent: String): PhaseAnswer! }
`);
(schema.getQueryType()!.getFields().supportPhase!).resolve = () => answer;

const apollo = new ApolloServer({ schema });
await apollo.start();

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    void (async () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const body: unknown = (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(text) : text;
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const url = new URL(req.url ?? '/', 'http://localhost');
      const result = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: req.method!, headers, search: url.search, body }, context: async () => ({}) });
      res.statusCode = result.status ?? 200;
      for (const [k, v] of result.headers) res.setHeader(k, v);
      if (result.body.kind === 'complete') res.end(result.body.string);
      else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    })();
  });
});
server.keepAliveTimeout = 5_000;
server.listen(0, '127.0.0.1', () => console.log((server.address() as { port: number }).port));
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
