import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { publicHolidayLookup } from '../../calendar/publicHolidays.js';
import { deskStatus, type Country } from '../../policy/deskHours.js';
import type { GatewayContext } from '../context.js';
import { DateTimeScalar } from '../scalars/DateTime.scalar.js';
import { CountryEnum } from '../types/terms.enum.js';
import { DeskStatusType } from '../types/terms.type.js';

const holidays = publicHolidayLookup();

@Resolver()
export class DeskResolver {
  @Query(() => DeskStatusType, { description: 'Is the Nordic helpdesk of a country open at an instant (default now)? Weekdays except public holidays, local time (T-§7); fault reports by e-mail at any time.' })
  supportDesk(@Arg('country', () => CountryEnum) country: CountryEnum, @Ctx() ctx: GatewayContext, @Arg('at', () => DateTimeScalar, { nullable: true }) at?: Date | null) {
    ctx.cost.units += 1;
    return deskStatus(country as Country, at ?? ctx.now, holidays);
  }
}
