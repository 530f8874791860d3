import { BigIntType } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Subscription } from './Subscription.entity.js';
import { Tenant } from '../../tenancy/Tenant.entity.js';

/** A payment by a tenant (T-§13: the liability cap sums these by payment date). */
@Entity({ tableName: 'payment' })
export class Payment {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne({ entity: () => Tenant, deleteRule: 'cascade' })
  tenant!: Tenant;

  @ManyToOne({ entity: () => Subscription, nullable: true, deleteRule: 'set null' })
  subscription: Subscription | null = null;

  /** NOK in øre (exact integer). */
  @Property({ type: new BigIntType('bigint') })
  amountOre!: bigint;

  @Property({ type: 'string', length: 10 })
  paidOn!: string;

  /** Whether the payment was for support or Office 365 (only those count towards the T-§13 cap). */
  @Property({ type: 'boolean' })
  coversSupportOrOffice365: boolean = true;

  @Property({ type: 'string', length: 300 })
  description: string = '';

  /** Set when the payment was voided (recorded by mistake): it no longer counts towards the T-§13 cap. */
  @Property({ type: 'datetime', nullable: true })
  voidedAt: Date | null = null;

  @Property({ type: 'string', length: 300, nullable: true })
  voidReason: string | null = null;
}
