import { Field, ID, Int, ObjectType } from 'type-graphql';
import { UpcomingEventKindEnum } from './estate.enum.js';
import { DateScalar } from '../../graphql/scalars/Date.scalar.js';
import { CitationType, NameProblemType } from '../../graphql/types/common.type.js';
import { DateSourceEnum } from '../../lifecycle/index.js';

@ObjectType('EventProduct', { description: 'The product (and level) an event is about.' })
export class EventProductType {
  @Field({ description: 'Catalogue slug, e.g. windows-7.' })
  slug!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'LEVEL_END: the level code (RTM, SP2, ESU1 …).' })
  levelCode!: string | null;

  @Field(() => String, { nullable: true })
  levelLabel!: string | null;
}

@ObjectType('EventSubscription', { description: 'The subscription an event is about.' })
export class EventSubscriptionType {
  @Field(() => ID)
  id!: string;

  @Field()
  product!: string;

  @Field(() => Int, { nullable: true, description: 'CANCEL_BY: the period it ends (0 = the committed term, k = its k-th renewal); RENEWAL: the period it starts. Null for events of the subscription as a whole.' })
  period!: number | null;
}

@ObjectType('UpcomingEvent', { description: 'One dated event: a support end or a subscription deadline. All-day, on the date given.' })
export class UpcomingEventType {
  @Field({ description: 'Stable identity: kind + product slug [+ level], or kind + subscription id [+ period]. Never contains the date, so a corrected date keeps the key (and the calendar UID).' })
  key!: string;

  @Field(() => UpcomingEventKindEnum)
  kind!: string;

  @Field(() => DateScalar, { description: 'End dates are the last day of their phase: the product is still supported on this day.' })
  date!: string;

  @Field(() => Int, { description: 'Days from today (the server’s time zone) to date: 0 on the day, negative once past.' })
  daysLeft!: number;

  @Field()
  title!: string;

  @Field({ description: 'What the date means and what happens after it.' })
  description!: string;

  @Field(() => DateSourceEnum, { description: 'PUBLISHED: the catalogue’s date. DERIVED: from the policy defaults (L-POLICY, L-SP) or, for subscription events, computed from the subscription’s terms.' })
  dateSource!: string;

  @Field(() => EventProductType, { nullable: true })
  product!: EventProductType | null;

  @Field(() => EventSubscriptionType, { nullable: true })
  subscription!: EventSubscriptionType | null;

  @Field(() => Int, { nullable: true, description: 'How many the estate runs (rows of the same product added up); null when not known (anonymous lists, or a level implied rather than recorded).' })
  count!: number | null;

  @Field(() => [CitationType])
  citations!: CitationType[];
}

@ObjectType('Upcoming', { description: 'Dated events in a window (both days included), sorted by date, then kind, then title.' })
export class UpcomingType {
  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;

  @Field(() => DateScalar, { description: 'Today, from which daysLeft counts.' })
  asOf!: string;

  @Field(() => [UpcomingEventType])
  events!: UpcomingEventType[];

  @Field(() => [NameProblemType])
  problems!: NameProblemType[];
}
