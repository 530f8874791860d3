import type { EntityManager } from '@mikro-orm/core';
import type { Catalogue } from '../lifecycle/catalogue/catalogue.js';
import type { Config } from '../config/config.js';
import type { IsoDate } from '../kernel/dates.js';

export type Auth =
  | { kind: 'anonymous' }
  | { kind: 'tenant'; tenantId: string; keyId: string }
  | { kind: 'admin'; keyId: string };

/** Built once per HTTP request at the edge; nothing below reads the clock or the environment. */
export interface GatewayContext {
  config: Config;
  /** The request's instant and "today" in the configured time zone (the default date of every query). */
  now: Date;
  today: IsoDate;
  /** The catalogue snapshot this request answers from (consistent even if an import lands meanwhile). */
  catalogue: Catalogue;
  catalogueMeta: { version: number; dataAsOf: IsoDate | null; importedAt: Date | null };
  /** A fork of the entity manager for this request only (STYLE rule 6). */
  em: EntityManager;
  auth: Auth;
  /** Work units this request consumed (bulk lookups count per item); read by the rate limiter. */
  cost: { units: number };
}
