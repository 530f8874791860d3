import type { ServerResponse } from 'node:http';
import type { GatewayError } from '../graphql/errors/index.js';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** A gateway error answered before (or outside) GraphQL: the same body shape a GraphQL error has. */
export function sendError(res: ServerResponse, status: number, error: GatewayError, headers: Record<string, string> = {}): void {
  sendJson(res, status, error.body(), headers);
}
