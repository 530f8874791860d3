import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../config/config.js';
import type { IsoDate } from '../kernel/dates.js';

export type Auth =
  | { kind: 'anonymous' }
  | { kind: 'tenant'; tenantId: string; keyId: string }
  | { kind: 'admin'; keyId: string };

/**
 * What every GraphQL request carries, whatever it asks: built once per HTTP request at the edge; nothing
 * below reads the clock or the environment. The composition root adds what the domains need
 * (server/context.ts); the plumbing here knows only this part.
 */
export interface BaseContext {
  config: Config;
  /** The request's instant and "today" in the configured time zone (the default date of every query). */
  now: Date;
  today: IsoDate;
  /**
   * A fork of the entity manager for this request only (requests never share a unit of work), made on
   * first use: requests answered from the in-memory catalogue make none (http/graphqlHandler.ts).
   */
  em: EntityManager;
  auth: Auth;
  /** Work units this request consumed (bulk lookups count per item); read by the rate limiter. */
  cost: { units: number };
}
