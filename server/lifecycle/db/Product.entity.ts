import { Collection } from '@mikro-orm/core';
import { Entity, Index, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Level } from './Level.entity.js';

/** One product lifecycle of the catalogue (Windows 7, SQL Server 2016 …): see ProductRecord. */
@Entity({ tableName: 'product' })
export class Product {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 200, unique: true })
  slug!: string;

  @Property({ type: 'string', length: 300 })
  name!: string;

  /** Other names users type; JSON array of strings. */
  @Property({ type: 'json' })
  aliases: string[] = [];

  @Index()
  @Property({ type: 'string', length: 60 })
  family!: string;

  @Property({ type: 'string', length: 30 })
  policy!: string;

  @Property({ type: 'string', length: 30 })
  category!: string;

  @Property({ type: 'string', length: 30 })
  spFamily!: string;

  /** Calendar dates are stored as ISO `YYYY-MM-DD` text: no time, no zone, sortable. */
  @Property({ type: 'string', length: 10, nullable: true })
  generalAvailability: string | null = null;

  @Index()
  @Property({ type: 'string', length: 10, nullable: true })
  mainstreamEnd: string | null = null;

  @Index()
  @Property({ type: 'string', length: 10, nullable: true })
  extendedEnd: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  retirement: string | null = null;

  @Property({ type: 'string', length: 30 })
  source!: string;

  @OneToMany({ entity: () => Level, mappedBy: 'product', orphanRemoval: true })
  levels = new Collection<Level>(this);
}
