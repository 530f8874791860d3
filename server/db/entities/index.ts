import { ApiKey } from './ApiKey.js';
import { CalendarFeed } from './CalendarFeed.js';
import { EstateItem } from './EstateItem.js';
import { ImportRun } from './ImportRun.js';
import { Level } from './Level.js';
import { Payment } from './Payment.js';
import { Product } from './Product.js';
import { Subscription } from './Subscription.js';
import { Tenant } from './Tenant.js';

export { ApiKey, CalendarFeed, EstateItem, ImportRun, Level, Payment, Product, Subscription, Tenant };
export const ENTITIES = [Product, Level, ImportRun, Tenant, ApiKey, Subscription, Payment, EstateItem, CalendarFeed];
