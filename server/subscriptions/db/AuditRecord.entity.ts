import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Tenant } from '../../tenancy/Tenant.entity.js';

/**
 * One correction of a tenant's money data (a payment voided, a subscription removed): who (the API key),
 * when, why, and the row as it was (JSON), so a mistake can be corrected without losing what was there.
 * Records are only ever added.
 */
@Entity({ tableName: 'audit_record' })
@Index({ properties: ['tenant', 'at'] })
export class AuditRecord {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne({ entity: () => Tenant, deleteRule: 'cascade' })
  tenant!: Tenant;

  /** The API key that made the correction. */
  @Property({ type: 'string', length: 36 })
  keyId!: string;

  @Property({ type: 'string', length: 30 })
  action!: 'VOID_PAYMENT' | 'REMOVE_SUBSCRIPTION';

  /** The payment or subscription id. */
  @Property({ type: 'string', length: 36 })
  subjectId!: string;

  @Property({ type: 'string', length: 300 })
  reason!: string;

  /** The row before the correction, as JSON (money as exact øre strings). */
  @Property({ type: 'text' })
  snapshot!: string;

  @Property({ type: 'datetime' })
  at!: Date;
}
