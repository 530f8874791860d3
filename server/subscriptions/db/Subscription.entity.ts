import { BigIntType } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Tenant } from '../../tenancy/Tenant.entity.js';

/** An Office 365 / CSP subscription of a tenant (T-§2, T-§3, T-§11, T-§12). */
@Entity({ tableName: 'subscription' })
export class Subscription {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne({ entity: () => Tenant, deleteRule: 'cascade' })
  tenant!: Tenant;

  @Property({ type: 'string', length: 200 })
  product!: string;

  @Property({ type: 'string', length: 20 })
  billingModel!: 'PAY_AS_YOU_GO' | 'COMMITMENT';

  @Property({ type: 'integer', nullable: true })
  termMonths: number | null = null;

  @Property({ type: 'string', length: 10 })
  orderDate!: string;

  @Property({ type: 'string', length: 10 })
  termStart!: string;

  @Property({ type: 'integer' })
  seats!: number;

  /** NOK excl. VAT per seat and month, in øre (exact integer). */
  @Property({ type: new BigIntType('bigint') })
  unitPriceOre!: bigint;

  @Property({ type: 'boolean' })
  endUserSupportIncluded: boolean = false;

  @Property({ type: 'string', length: 10, nullable: true })
  migrationCompletedOn: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  cancellationRequestedOn: string | null = null;

  @Property({ type: 'string', length: 20, nullable: true })
  cancellationChannel: 'ASSISTED_EMAIL' | 'SELF_SERVICE' | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
