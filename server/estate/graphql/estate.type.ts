import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { RiskStatusEnum } from './estate.enum.js';
import { DateScalar } from '../../graphql/scalars/Date.scalar.js';
import { DateTimeScalar } from '../../graphql/scalars/DateTime.scalar.js';
import { NameProblemType } from '../../graphql/types/common.type.js';
import { DateSourceEnum, SupportPhaseEnum } from '../../lifecycle/index.js';
import { SubscriptionType } from '../../subscriptions/index.js';

@ObjectType('EstateItem', { description: 'A product (optionally one level of it) the caller’s tenant runs, with how many.' })
export class EstateItemType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Catalogue slug (stable across catalogue imports).' })
  productSlug!: string;

  @Field({ description: 'The catalogue’s name; the slug when the catalogue no longer has the product.' })
  product!: string;

  @Field(() => String, { nullable: true, description: 'Level code as the catalogue spells it (RTM, SP2, ESU1, 21H2 …); null = the product as a whole.' })
  level!: string | null;

  @Field(() => Int)
  count!: number;

  @Field()
  note!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

@InputType('EstateItemInput', { description: 'A product as users type it; a level may be part of the name ("SQL Server 2016 SP2") or given apart.' })
export class EstateItemInput {
  @Field()
  product!: string;

  @Field(() => String, { nullable: true })
  level?: string | null;

  @Field(() => Int, { description: '1 to 1,000,000.' })
  count!: number;

  @Field(() => String, { nullable: true, description: 'At most 500 characters.' })
  note?: string | null;
}

@InputType('EstateItemUpdate', { description: 'Fields left out stay as they are; level: null makes the row the product as a whole.' })
export class EstateItemUpdateInput {
  @Field(() => Int, { nullable: true })
  count?: number | null;

  @Field(() => String, { nullable: true })
  level?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType('EstateCsvError', { description: 'One problem of a CSV upload. Row numbers count the header as row 1, as a spreadsheet shows them.' })
export class EstateCsvErrorType {
  @Field(() => Int)
  row!: number;

  @Field({ description: 'product, level, count, note, header, or empty for a malformed row.' })
  column!: string;

  @Field({ description: 'The value as it was in the CSV.' })
  value!: string;

  @Field({ description: 'PRODUCT_NOT_FOUND, PRODUCT_AMBIGUOUS, LEVEL_NOT_FOUND, BAD_USER_INPUT or TOO_MANY_ITEMS.' })
  code!: string;

  @Field()
  message!: string;

  @Field(() => [String], { description: '"Did you mean": closest product names, the product’s levels, or the allowed columns.' })
  candidates!: string[];
}

@ObjectType('EstateImport', { description: 'What a CSV upload did. Atomic: with any error nothing is written (written: false).' })
export class EstateImportType {
  @Field()
  written!: boolean;

  @Field(() => Int, { description: 'Data rows read (the header not counted).' })
  rows!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int, { description: 'Existing rows for the same product and level whose count or note changed.' })
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int, { description: 'replace: true only: rows not in the CSV that were removed.' })
  removed!: number;

  @Field(() => [EstateCsvErrorType])
  errors!: EstateCsvErrorType[];

  @Field(() => [EstateItemType], { description: 'The whole estate after the upload.' })
  items!: EstateItemType[];
}

@ObjectType('ProductRisk', { description: 'An estate row past or near its end of support.' })
export class ProductRiskType {
  @Field(() => EstateItemType)
  item!: EstateItemType;

  @Field(() => SupportPhaseEnum, { description: 'Phase today (of the level when the row names one).' })
  phase!: string;

  @Field(() => DateScalar, { description: 'Last support day: of the row’s level (capped at the product’s, L-SP), of the paid ESU year for an ESU row, else of the product.' })
  supportEnds!: string;

  @Field(() => Int)
  daysLeft!: number;

  @Field(() => RiskStatusEnum)
  status!: string;

  @Field(() => DateSourceEnum)
  dateSource!: string;
}

@ObjectType('CommitmentRisk', { description: 'A committed subscription whose next 12-month period (T-§11) would run past an estate product’s end of support.' })
export class CommitmentRiskType {
  @Field(() => SubscriptionType)
  subscription!: SubscriptionType;

  @Field(() => EstateItemType)
  item!: EstateItemType;

  @Field(() => DateScalar)
  supportEnds!: string;

  @Field(() => DateScalar, { description: 'First day of the next 12-month period.' })
  renewsOn!: string;

  @Field(() => DateScalar, { description: 'Last day of that period.' })
  renewedUntil!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day written notice avoids the renewal; null when it has passed and the renewal is certain.' })
  avoidableUntil!: string | null;

  @Field(() => Int, { description: 'Days from supportEnds to renewedUntil.' })
  daysPastSupport!: number;
}

@ObjectType('EstateRisk', { description: 'For dashboards: estate products past or within N months of end of support, and commitments renewing past one.' })
export class EstateRiskType {
  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => Int)
  withinMonths!: number;

  @Field(() => DateScalar, { description: 'asOf + withinMonths (clamped to the month end).' })
  horizon!: string;

  @Field(() => [ProductRiskType], { description: 'Sorted by supportEnds.' })
  products!: ProductRiskType[];

  @Field(() => [CommitmentRiskType], { description: 'Every pair of a committed, not cancelled subscription and an estate row whose support ends before the subscription’s next period ends. Sorted by renewsOn, then supportEnds.' })
  commitments!: CommitmentRiskType[];

  @Field(() => [NameProblemType], { description: 'Estate rows the catalogue no longer resolves.' })
  problems!: NameProblemType[];
}
