import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Product } from './Product.entity.js';

/** A support level of a product: RTM, a service pack, a paid ESU year or a named version. */
@Entity({ tableName: 'product_level' })
@Unique({ properties: ['product', 'code'] })
export class Level {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Product, deleteRule: 'cascade' })
  product!: Product;

  @Property({ type: 'string', length: 100 })
  code!: string;

  @Property({ type: 'string', length: 300 })
  label!: string;

  @Property({ type: 'string', length: 20 })
  kind!: string;

  @Property({ type: 'integer' })
  ordinal!: number;

  @Property({ type: 'string', length: 10, nullable: true })
  start: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  end: string | null = null;
}
