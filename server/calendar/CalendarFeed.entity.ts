import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Tenant } from '../tenancy/Tenant.entity.js';

/**
 * A tenant's secret calendar feed URL (/calendar/<token>.ics). Like an API key, only the token's SHA-256
 * hash is stored; `prefix` tells feeds apart in listings. A revoked feed answers 404 like an unknown one.
 */
@Entity({ tableName: 'calendar_feed' })
export class CalendarFeed {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne({ entity: () => Tenant, deleteRule: 'cascade' })
  tenant!: Tenant;

  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Index()
  @Property({ type: 'string', length: 64, unique: true })
  hash!: string;

  @Property({ type: 'string', length: 200 })
  label: string = '';

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
