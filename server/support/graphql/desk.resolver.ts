import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../../context.js';
import { DateTimeScalar } from '../../graphql/scalars/DateTime.scalar.js';
import { publicHolidayLookup } from '../holidays/publicHolidays.js';
import { deskStatus, type Country } from '../policy/deskHours.js';
import { DeskStatusType } from './desk.type.js';
import { CountryEnum } from './support.enum.js';

const holidays = publicHolidayLookup();

@Resolver()
export class DeskResolver {
  @Query(() => DeskStatusType, { description: 'Is the Nordic helpdesk of a country open at an instant (default now)? Weekdays except public holidays, local time (T-§7); fault reports by e-mail at any time.' })
  supportDesk(@Arg('country', () => CountryEnum) country: Country, @Ctx() ctx: GatewayContext, @Arg('at', () => DateTimeScalar, { nullable: true }) at?: Date | null) {
    ctx.cost.units += 1;
    return deskStatus(country, at ?? ctx.now, holidays);
  }
}
