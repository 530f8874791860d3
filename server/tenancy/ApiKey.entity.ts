import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Tenant } from './Tenant.entity.js';

/** An API key: only its SHA-256 hash is stored; `prefix` lets people tell keys apart in listings. */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** TENANT keys see one tenant; ADMIN keys manage tenants, keys and imports. */
  @Property({ type: 'string', length: 10 })
  role!: 'TENANT' | 'ADMIN';

  @ManyToOne({ entity: () => Tenant, nullable: true, deleteRule: 'cascade' })
  tenant: Tenant | null = null;

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
