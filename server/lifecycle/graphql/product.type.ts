import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars/Date.scalar.js';
import { DateSourceEnum, LifecyclePolicyEnum } from './lifecycle.enum.js';

@ObjectType('Level', { description: 'A support level of a product: RTM, a service pack, a paid ESU year, or a named version.' })
export class LevelType {
  @Field({ description: 'Short code: RTM, SP1, SP2, ESU1, 21H2 …' })
  code!: string;

  @Field({ description: 'As published: "Service Pack 1", "Extended Security Update Year 1" …' })
  label!: string;

  @Field({ description: 'RTM, SERVICE_PACK, ESU or VERSION.' })
  kind!: string;

  @Field(() => DateScalar, { nullable: true })
  start!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day this level is supported: published, else derived by L-SP (12/24 months after the next service pack, rounded up to the next quarterly Patch Tuesday, never after the product).' })
  end!: string | null;

  @Field(() => DateSourceEnum)
  endSource!: string;
}

@ObjectType('Product', { description: 'A product lifecycle in the catalogue (Microsoft lifecycle data, CC BY 4.0; endoflife.date, MIT).' })
export class ProductType {
  @Field(() => ID, { description: 'Stable slug, e.g. windows-7.' })
  slug!: string;

  @Field()
  name!: string;

  @Field(() => [String], { description: 'Other names that resolve to this product (case-insensitive).' })
  aliases!: string[];

  @Field({ description: 'Product family for filtering (windows, office, sql-server …).' })
  family!: string;

  @Field(() => LifecyclePolicyEnum)
  policy!: string;

  @Field({ description: 'L-POLICY category: BUSINESS, DEVELOPER, DESKTOP_OS, CONSUMER, MULTIMEDIA, CONSUMER_HARDWARE, ONLINE_SERVICE.' })
  category!: string;

  @Field(() => DateScalar, { nullable: true })
  generalAvailability!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Published mainstream end (see supportPhase for derived dates).' })
  mainstreamEnd!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Published extended end; null where there is no extended phase or none is published.' })
  extendedEnd!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Retirement date of Modern/Online products, when announced.' })
  retirement!: string | null;

  @Field({ description: 'MICROSOFT_LIFECYCLE, ENDOFLIFE_DATE or PRODUCT_FACTS.' })
  source!: string;

  @Field(() => [LevelType], { description: 'Levels in order (RTM, SP1, … ESU years).' })
  levels!: LevelType[];
}

@ObjectType('ProductEdge')
export class ProductEdge {
  @Field()
  cursor!: string;

  @Field(() => ProductType)
  node!: unknown;
}

@ObjectType('PageInfo')
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType('ProductConnection', { description: 'A page of products, ordered by name.' })
export class ProductConnection {
  @Field(() => [ProductEdge])
  edges!: ProductEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
