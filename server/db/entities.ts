import { ApiKey } from '../tenancy/ApiKey.entity.js';
import { AuditRecord } from '../subscriptions/db/AuditRecord.entity.js';
import { CalendarFeed } from '../calendar/CalendarFeed.entity.js';
import { EstateItem } from '../estate/db/EstateItem.entity.js';
import { ImportRun } from '../lifecycle/db/ImportRun.entity.js';
import { Level } from '../lifecycle/db/Level.entity.js';
import { Payment } from '../subscriptions/db/Payment.entity.js';
import { Product } from '../lifecycle/db/Product.entity.js';
import { Subscription } from '../subscriptions/db/Subscription.entity.js';
import { Tenant } from '../tenancy/Tenant.entity.js';

/** Every entity of every domain: the ORM's registry (orm.config.ts). Domains import their own entity files. */
export { ApiKey, AuditRecord, CalendarFeed, EstateItem, ImportRun, Level, Payment, Product, Subscription, Tenant };
export const ENTITIES = [Product, Level, ImportRun, Tenant, ApiKey, Subscription, Payment, EstateItem, CalendarFeed, AuditRecord];
