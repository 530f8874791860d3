import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars/Date.scalar.js';
import { DateTimeScalar } from '../../graphql/scalars/DateTime.scalar.js';
import { CitationType } from '../../graphql/types/common.type.js';
import { CountryEnum } from './support.enum.js';

@ObjectType('Holiday')
export class HolidayType {
  @Field(() => DateScalar)
  date!: string;

  @Field()
  name!: string;
}

@ObjectType('DeskStatus', { description: 'Nordic helpdesk status (T-§7): weekdays except public holidays, local time.' })
export class DeskStatusType {
  @Field(() => CountryEnum)
  country!: string;

  @Field()
  open!: boolean;

  @Field({ description: 'IANA time zone of the desk.' })
  timeZone!: string;

  @Field(() => DateScalar)
  localDate!: string;

  @Field({ description: 'HH:mm local time at the desk.' })
  localTime!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Today’s opening, local offset; null when closed all day.' })
  todayOpens!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  todayCloses!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Next opening after `at` (skips weekends and public holidays).' })
  opensAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When open: when it closes today.' })
  closesAt!: string | null;

  @Field(() => HolidayType, { nullable: true, description: 'The public holiday that closes the desk today, if any.' })
  holiday!: HolidayType | null;

  @Field()
  phone!: string;

  @Field({ description: 'Fault reports by e-mail are accepted at any time.' })
  email!: string;

  @Field()
  emailNote!: string;

  @Field(() => [CitationType])
  citations!: CitationType[];
}
