import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { requireTenant } from '../graphql/auth.js';
import { BadUserInputError, CalendarFeedNotFoundError } from '../graphql/errors/index.js';
import { LIMITS } from '../kernel/limits.js';
import { textLength } from '../kernel/text.js';
import type { CalendarFeed } from './CalendarFeed.entity.js';
import { CalendarFeedType, CreatedCalendarFeedType } from './calendar.type.js';
import { feedPath, FeedRepository } from './feedRepository.js';

function feedView(f: CalendarFeed): CalendarFeedType {
  return { id: f.id, prefix: f.prefix, label: f.label, createdAt: f.createdAt, revokedAt: f.revokedAt };
}

const repository = (ctx: GatewayContext) => new FeedRepository(ctx.em, requireTenant(ctx));

@Resolver()
export class CalendarResolver {
  @Query(() => [CalendarFeedType], { description: 'The caller’s calendar feeds (revoked ones included).' })
  async calendarFeeds(@Ctx() ctx: GatewayContext) {
    return (await repository(ctx).feeds()).map(feedView);
  }

  @Mutation(() => CreatedCalendarFeedType, { description: 'Creates a secret iCalendar feed URL of the caller’s tenant (support ends of its estate and its subscription deadlines, from a year ago to 10 years ahead). The path is returned once.' })
  async createCalendarFeed(@Ctx() ctx: GatewayContext, @Arg('label', { defaultValue: '', description: 'At most 200 characters.' }) label: string = '') {
    const repo = repository(ctx);
    if (textLength(label) > LIMITS.maxLabelLength) throw new BadUserInputError(`label is longer than ${LIMITS.maxLabelLength} characters`);
    const { feed, token } = await repo.create(label.trim(), ctx.now);
    return { feed: feedView(feed), path: feedPath(token) };
  }

  @Mutation(() => CalendarFeedType, { description: 'Revokes a calendar feed: its URL answers 404 from now on. Revoking twice keeps the first time.' })
  async revokeCalendarFeed(@Arg('id', () => ID) id: string, @Ctx() ctx: GatewayContext) {
    const repo = repository(ctx);
    const feed = await repo.feed(id);
    if (!feed) throw new CalendarFeedNotFoundError();
    return feedView(await repo.revoke(feed, ctx.now));
  }
}
