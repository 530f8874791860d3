import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars/Date.scalar.js';
import { DateTimeScalar } from '../graphql/scalars/DateTime.scalar.js';
import { CitationType } from '../graphql/types/common.type.js';
import { DateSourceEnum } from '../lifecycle/graphql/lifecycle.enum.js';

export enum UpcomingEventKindEnum {
  MAINSTREAM_END = 'MAINSTREAM_END',
  EXTENDED_END = 'EXTENDED_END',
  LEVEL_END = 'LEVEL_END',
  CANCEL_BY = 'CANCEL_BY',
  RENEWAL = 'RENEWAL',
  PRICE_LOCK_END = 'PRICE_LOCK_END',
  SUBSCRIPTION_END = 'SUBSCRIPTION_END',
}
registerEnumType(UpcomingEventKindEnum, {
  name: 'UpcomingEventKind',
  description: 'What a dated event is. Events on the same day are ordered as listed here.',
  valuesConfig: {
    MAINSTREAM_END: { description: 'Last day of mainstream support (L-MAINSTREAM); for a product without an extended phase, its last day of support (L-EXTENDED).' },
    EXTENDED_END: { description: 'Last day of extended support: security updates end (L-EXTENDED, L-SEC).' },
    LEVEL_END: { description: 'Last day a level (RTM, service pack, version, paid ESU year) is supported (L-SP).' },
    CANCEL_BY: { description: 'Last day written notice ends a committed period: period end − 30 days, that day included (T-§11).' },
    RENEWAL: { description: 'First day of the next 12-month period when no notice was given (T-§11).' },
    PRICE_LOCK_END: { description: 'Last day of the 12-month price lock from the order date (T-§3).' },
    SUBSCRIPTION_END: { description: 'Last day of a subscription with a cancellation on file (T-§11).' },
  },
});

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

@ObjectType('NameProblem', { description: 'A product name (or a stored estate row) the catalogue cannot resolve; the rest of the answer is unaffected.' })
export class NameProblemType {
  @Field({ description: 'The name as given, or the estate row’s product slug and level.' })
  input!: string;

  @Field({ description: 'PRODUCT_NOT_FOUND, PRODUCT_AMBIGUOUS, LEVEL_NOT_FOUND or BAD_USER_INPUT.' })
  code!: string;

  @Field()
  message!: string;

  @Field(() => [String], { description: '"Did you mean": closest names, or the product’s levels.' })
  candidates!: string[];
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

@ObjectType('CalendarFeed', { description: 'A secret iCalendar feed URL of the caller’s tenant. The token itself is never stored (only its hash).' })
export class CalendarFeedType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The first characters of the token, to tell feeds apart.' })
  prefix!: string;

  @Field()
  label!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Once set the URL answers 404.' })
  revokedAt!: Date | null;
}

@ObjectType('CreatedCalendarFeed', { description: 'A new feed: the path is shown only this once.' })
export class CreatedCalendarFeedType {
  @Field(() => CalendarFeedType)
  feed!: CalendarFeedType;

  @Field({ description: 'The feed’s secret path, /calendar/cal_….ics: prepend this gateway’s address (the one /graphql is on) and subscribe to it in Outlook, Google or Apple Calendar. Anyone with the URL can read the tenant’s deadlines; revoke it with revokeCalendarFeed.' })
  path!: string;
}
