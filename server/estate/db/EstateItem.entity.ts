import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Tenant } from '../../tenancy/Tenant.entity.js';

/**
 * A product (and optionally one of its levels) a tenant runs, with how many: the estate whose lifecycle
 * dates feed `upcoming`, the calendar feed and the risk view. The product is kept by catalogue slug, which
 * survives re-imports; (tenant, productSlug, levelCode) is unique, checked by the application because
 * SQL treats NULL levels as distinct.
 */
@Entity({ tableName: 'estate_item' })
@Index({ properties: ['tenant', 'productSlug'] })
export class EstateItem {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne({ entity: () => Tenant, deleteRule: 'cascade' })
  tenant!: Tenant;

  @Property({ type: 'string', length: 200 })
  productSlug!: string;

  /** RTM, SP2, ESU1, 21H2 … as the catalogue spells it; null = the product as a whole. */
  @Property({ type: 'string', length: 100, nullable: true })
  levelCode: string | null = null;

  @Property({ type: 'integer' })
  count!: number;

  @Property({ type: 'string', length: 500 })
  note: string = '';

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
