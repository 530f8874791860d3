import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars/Date.scalar.js';
import { DateTimeScalar } from '../../graphql/scalars/DateTime.scalar.js';
import { CitationType } from '../../graphql/types/common.type.js';
import { ServiceChangeEnum } from './lifecycle.enum.js';

@ObjectType('NoticeAnswer', { description: 'How much notice Microsoft owes before a change to an Online Service (L-ONLINE-NOTICE, L-ONLINE-END).' })
export class NoticeAnswerType {
  @Field()
  service!: string;

  @Field(() => ServiceChangeEnum)
  change!: string;

  @Field(() => DateScalar)
  announcedOn!: string;

  @Field(() => Int, { nullable: true, description: 'Minimum notice in months; null when no notice period applies (security changes).' })
  noticeMonths!: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Earliest date the customer can be required to accept the change.' })
  earliestEffectiveDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'END_OF_SERVICE: customer data kept at least until this date (30 days).' })
  dataRetainedUntil!: string | null;

  @Field(() => [String])
  notes!: string[];

  @Field(() => [CitationType])
  citations!: CitationType[];
}

@ObjectType('CatalogueInfo', { description: 'What the catalogue holds and where it comes from.' })
export class CatalogueInfoType {
  @Field(() => Int)
  products!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the newest source data.' })
  asOf!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  importedAt!: Date | null;

  @Field(() => [String])
  attribution!: string[];

  @Field({ description: "IANA time zone that decides 'today' when a question leaves the date out (TZ_DEFAULT); clients that keep answers live use its midnight." })
  timeZone!: string;
}
