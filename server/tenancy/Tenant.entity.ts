import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A reseller's customer (docs/domain.md §2–§4): the unit of data isolation. */
@Entity({ tableName: 'tenant' })
export class Tenant {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** SE, NO, DK or FI (T-§7 helpdesk country). */
  @Property({ type: 'string', length: 2 })
  country!: string;

  @Property({ type: 'string', length: 200 })
  contactPerson!: string;

  /** T-§9 customer duties: active antivirus, firewall and an up-to-date backup on every client. */
  @Property({ type: 'boolean' })
  antivirus: boolean = false;

  @Property({ type: 'boolean' })
  firewall: boolean = false;

  @Property({ type: 'boolean' })
  backup: boolean = false;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
