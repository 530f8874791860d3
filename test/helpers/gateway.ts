import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../server/config/config.js';
import { createGateway, type Gateway } from '../../server/gateway.js';
import { PROJECT_ROOT } from '../../server/config/paths.js';

export const PG_ADMIN_URL = process.env.GATEWAY_TEST_PG_URL ?? 'postgresql://gateway:gateway@127.0.0.1:5432/gateway';
export const usePostgres = (): boolean => Boolean(process.env.GATEWAY_TEST_PG);

export interface TestGateway {
  url: string;
  gateway: Gateway;
  databaseUrl: string;
  stop(): Promise<void>;
}

/** A fresh, empty database: a SQLite file under .tmp/, or a new PostgreSQL database when GATEWAY_TEST_PG is set. */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const id = `gw_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  if (usePostgres()) {
    const pg = (await import('pg')).default;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${id}`);
    await admin.end();
    const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${id}`);
    return {
      url,
      async drop() {
        // FORCE may meet an autovacuum worker on the database, which only a superuser may terminate: retry,
        // and a database that still cannot be dropped is left behind with a warning, never a failed suite.
        const c = new pg.Client({ connectionString: PG_ADMIN_URL });
        await c.connect();
        try {
          for (let attempt = 1; ; attempt++) {
            try {
              await c.query(`drop database if exists ${id} with (force)`);
              return;
            } catch (e) {
              if (attempt === 10) return void console.warn(`test database ${id} not dropped: ${(e as Error).message}`);
              await new Promise((r) => setTimeout(r, 300));
            }
          }
        } finally {
          await c.end();
        }
      },
    };
  }
  const dir = join(PROJECT_ROOT, '.tmp', 'test-db');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${id}.sqlite`);
  return {
    url: file,
    async drop() {
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    },
  };
}

/** Starts a real gateway on a loopback port over a fresh database seeded with the catalogue and demo tenants. */
export async function startTestGateway(overrides: Partial<Config> = {}, env: NodeJS.ProcessEnv = {}, opts: { addinDir?: string } = {}): Promise<TestGateway> {
  const db = overrides.databaseUrl ? { url: overrides.databaseUrl, drop: async () => {} } : await freshDatabase();
  const config: Config = { ...loadConfig({ LOG_LEVEL: 'error', ...env }), port: 0, host: '127.0.0.1', httpsPort: 0, ...overrides, databaseUrl: db.url };
  const gateway = await createGateway(config, opts);
  return {
    url: gateway.url,
    gateway,
    databaseUrl: db.url,
    async stop() {
      await gateway.stop();
      await db.drop();
    },
  };
}

export const DEMO = {
  adminKey: 'ent_ad00000000000000000000000000000000000001',
  tenantA: { id: '7a1f0c2e-0000-4000-8000-000000000001', key: 'ent_de00000000000000000000000000000000000001' },
  tenantB: { id: '7a1f0c2e-0000-4000-8000-000000000002', key: 'ent_de00000000000000000000000000000000000002' },
};

/** POSTs a GraphQL request and returns status, headers and parsed JSON. */
export async function gql(url: string, query: string, variables?: Record<string, unknown>, key?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = { raw: text };
  }
  return { status: res.status, headers: res.headers, json };
}
