import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars/DateTime.scalar.js';

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
