import type { IsoDate } from '../../kernel/dates.js';

/** docs/domain.md §1 L-POLICY categories: they decide the default phase lengths and which entitlements apply. */
export type ProductCategory =
  | 'BUSINESS'
  | 'DEVELOPER'
  | 'DESKTOP_OS'
  | 'CONSUMER'
  | 'MULTIMEDIA'
  | 'CONSUMER_HARDWARE'
  | 'ONLINE_SERVICE';

/**
 * Lifecycle policy of a product, from Microsoft's `policyType`:
 * fixed → FIXED, fixed-mainstream-only → FIXED_MAINSTREAM_ONLY, modern-on-prem → MODERN,
 * modern-online → ONLINE, component → COMPONENT (follows its parent product).
 */
export const LIFECYCLE_POLICIES = ['FIXED', 'FIXED_MAINSTREAM_ONLY', 'MODERN', 'ONLINE', 'COMPONENT'] as const;
export type LifecyclePolicy = (typeof LIFECYCLE_POLICIES)[number];

/** L-SP-TABLE family: how long the previous service pack stays supported (24 or 12 months). */
export type ServicePackFamily = 'WINDOWS' | 'DYNAMICS' | 'OFFICE' | 'SERVER' | 'DEVELOPER_TOOLS' | 'CONSUMER';

export type LevelKind = 'RTM' | 'SERVICE_PACK' | 'ESU' | 'VERSION';

/** One support level of a product: RTM, a service pack, a paid ESU year, or a named version/update. */
export interface LevelRecord {
  /** Short code users type and the API answers: `RTM`, `SP1`, `SP2`, `ESU1`, `21H2`, `UPDATE5` … */
  code: string;
  /** Display label as published ("Service Pack 1", "Extended Security Update Year 1"). */
  label: string;
  kind: LevelKind;
  /** Order within the product: RTM 0, SP1 1, … ; ESU years after every service pack. */
  ordinal: number;
  start: IsoDate | null;
  /** Published last day of support of this level; null when not published (the engine derives it). */
  end: IsoDate | null;
}

/** One product (one lifecycle) in the catalogue, after import and merge. */
export interface ProductRecord {
  /** Stable id: Microsoft's slug (`windows-7`) or `eol:<product>:<cycle>` style slug for endoflife.date rows. */
  slug: string;
  /** English display name, whitespace normalised ("SQL Server 2016"). */
  name: string;
  /** Other names users type, matched case-insensitively ("Win 7", "SQL 2016", the German source name). */
  aliases: string[];
  /** Free-form family for filtering ("windows", "office", "sql-server" …, lower case). */
  family: string;
  policy: LifecyclePolicy;
  category: ProductCategory;
  spFamily: ServicePackFamily;
  generalAvailability: IsoDate | null;
  mainstreamEnd: IsoDate | null;
  extendedEnd: IsoDate | null;
  /** Online services / modern products: the date the product is retired, when announced. */
  retirement: IsoDate | null;
  /** Levels in order (ordinal ascending); may be empty. */
  levels: LevelRecord[];
  /** Where the row came from, for attribution and to explain DERIVED vs PUBLISHED. */
  source: 'MICROSOFT_LIFECYCLE' | 'ENDOFLIFE_DATE' | 'PRODUCT_FACTS';
}
