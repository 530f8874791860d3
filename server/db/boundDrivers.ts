/**
 * The SQLite and PostgreSQL drivers the gateway uses: MikroORM's own, with a connection whose execute()
 * binds every value as a parameter instead of formatting it into the SQL text (boundParameters.ts says
 * why). Logging is unchanged: with debug on, the formatted statement is still what is logged.
 */
import { Utils, type Configuration } from '@mikro-orm/core';
import { PostgreSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SqliteConnection, SqliteDriver } from '@mikro-orm/sqlite';
import { CompiledQuery } from 'kysely';
import { bindParameters, type BindDialect } from './boundParameters.js';

type ExecuteArgs = [query: unknown, params?: unknown, method?: 'all' | 'get' | 'run', ctx?: unknown, loggerContext?: Record<string, unknown>];

/** What execute() needs of a MikroORM SQL connection (some of it private in the typings). */
interface ConnectionInternals {
  ensureConnection(): Promise<void>;
  prepareQuery(query: unknown, params: unknown): { query: string; params: unknown[]; formatted: string };
  getSql(query: string, formatted: string, context?: unknown): string;
  executeQuery<T>(query: string, cb: () => Promise<T>, context?: unknown): Promise<T>;
  transformRawResult<T>(res: unknown, method?: 'all' | 'get' | 'run'): T;
  getClient(): { executeQuery(q: CompiledQuery, abort?: unknown): Promise<unknown> };
  platform: Parameters<typeof bindParameters>[2];
}

/** MikroORM passes query-abort options inside the logger context; they must not reach the logger. */
function splitAbort(loggerContext: Record<string, unknown> | undefined): { abort?: unknown; loggerContext?: Record<string, unknown> } {
  if (loggerContext?.signal == null && loggerContext?.inflightQueryAbortStrategy == null) return { loggerContext };
  const { signal, inflightQueryAbortStrategy, ...rest } = loggerContext;
  return { abort: { signal, inflightQueryAbortStrategy }, loggerContext: rest };
}

/** AbstractSqlConnection.execute(), with the statement sent as placeholders plus bound values. */
async function executeBound(self: ConnectionInternals, dialect: BindDialect, [query, params = [], method = 'all', ctx, loggerContext]: ExecuteArgs): Promise<unknown> {
  await self.ensureConnection();
  const q = self.prepareQuery(query, params);
  const sql = self.getSql(q.query, q.formatted, loggerContext);
  const { abort, loggerContext: clean } = splitAbort(loggerContext);
  return self.executeQuery(
    sql,
    async () => {
      const bound = bindParameters(q.query, Utils.asArray(q.params), self.platform, dialect);
      const client = (ctx as ConnectionInternals['getClient'] extends () => infer C ? C : never) ?? self.getClient();
      const res = await client.executeQuery(CompiledQuery.raw(bound.sql, bound.parameters), abort);
      return self.transformRawResult(res, method);
    },
    { ...q, ...clean },
  );
}

// execute() is generic in its result type; the bound version returns what the original would.
/* eslint-disable @typescript-eslint/no-explicit-any */
export class BoundSqliteConnection extends SqliteConnection {
  override execute(...args: any[]): Promise<any> {
    return executeBound(this as unknown as ConnectionInternals, 'sqlite', args as ExecuteArgs);
  }
}

export class BoundPostgreSqlConnection extends PostgreSqlConnection {
  override execute(...args: any[]): Promise<any> {
    return executeBound(this as unknown as ConnectionInternals, 'postgresql', args as ExecuteArgs);
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

export class BoundSqliteDriver extends SqliteDriver {
  constructor(config: Configuration) {
    super(config);
    (this as unknown as { connection: unknown }).connection = new BoundSqliteConnection(this.config);
  }
}

export class BoundPostgreSqlDriver extends PostgreSqlDriver {
  constructor(config: Configuration) {
    super(config);
    (this as unknown as { connection: unknown }).connection = new BoundPostgreSqlConnection(this.config);
  }
}
