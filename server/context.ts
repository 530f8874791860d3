import type { BaseContext } from './graphql/context.js';
import type { IsoDate } from './kernel/dates.js';
import type { Catalogue } from './lifecycle/catalogue/catalogue.js';

export type { Auth } from './graphql/context.js';

/** The context of every resolver: the request's basics plus the catalogue snapshot it answers from. */
export interface GatewayContext extends BaseContext {
  /** The catalogue snapshot this request answers from (consistent even if an import lands meanwhile). */
  catalogue: Catalogue;
  catalogueMeta: { version: number; dataAsOf: IsoDate | null; importedAt: Date | null };
}
