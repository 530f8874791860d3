import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Catalogue } from '../../lifecycle/catalogue/catalogue.js';
import { createFeed, feedPath } from '../../calendar/feedTokens.js';
import { resolveProductList } from '../../calendar/productList.js';
import { loadTenantRecords } from '../tenantRecords.js';
import type { CalendarFeed, EstateItem } from '../../db/entities.js';
import { EstateRepository } from '../db/estateRepository.js';
import { csvSizeProblem, planEstateCsv } from '../csv/estateCsv.js';
import { checkEstateRow, countProblem, findLevel, noteProblem, type RowProblem } from '../estateRow.js';
import { addEstateItem, EstateLimitError, importEstateRows } from '../db/estateWrites.js';
import { estateRisk, MAX_RISK_MONTHS } from '../policy/estateRisk.js';
import { upcomingEvents, windowProblem } from '../policy/upcomingEvents.js';
import { requireAnyKeyUnlessAnonymousAllowed, requireTenant } from '../../graphql/auth.js';
import type { GatewayContext } from '../../graphql/context.js';
import { BadUserInputError, GatewayError, LevelNotFoundError, NotFoundError, ProductAmbiguousError, ProductNotFoundError, TooManyItemsError } from '../../graphql/errors/errors.js';
import { DateScalar } from '../../graphql/scalars/Date.scalar.js';
import { CalendarFeedType, CreatedCalendarFeedType, UpcomingType } from '../../calendar/calendar.type.js';
import { EstateImportType, EstateItemInput, EstateItemType, EstateItemUpdateInput, EstateRiskType } from './estate.type.js';
import { subscriptionView } from '../../subscriptions/graphql/mappers.js';

export const MAX_PRODUCT_NAMES = 200;
const ITEM_NOT_FOUND = () => new NotFoundError('estate item', 'ESTATE_ITEM_NOT_FOUND');

function itemView(item: EstateItem, catalogue: Catalogue): EstateItemType {
  const { id, productSlug, levelCode: level, count, note, createdAt, updatedAt } = item;
  return { id, productSlug, product: catalogue.bySlug(productSlug)?.name ?? productSlug, level, count, note, createdAt, updatedAt };
}

function feedView(f: CalendarFeed): CalendarFeedType {
  return { id: f.id, prefix: f.prefix, label: f.label, createdAt: f.createdAt, revokedAt: f.revokedAt };
}

/** A name problem becomes its own error class (with candidates); plain input problems one BAD_USER_INPUT. */
function throwProblems(problems: RowProblem[]): never {
  const lookup = problems.find((p) => p.code !== 'BAD_USER_INPUT');
  if (lookup?.code === 'PRODUCT_NOT_FOUND') throw new ProductNotFoundError(lookup.message, lookup.candidates);
  if (lookup?.code === 'PRODUCT_AMBIGUOUS') throw new ProductAmbiguousError(lookup.message, lookup.candidates);
  if (lookup?.code === 'LEVEL_NOT_FOUND') throw new LevelNotFoundError(lookup.message, lookup.candidates);
  throw new BadUserInputError(problems.map((p) => p.message).join('; '), { problems: problems.map((p) => p.message) });
}

function checkWindow(from: string, to: string): void {
  const problem = windowProblem(from, to);
  if (problem) throw new BadUserInputError(problem);
}

@Resolver()
export class CalendarResolver {
  @Query(() => [EstateItemType], { description: 'The products (and levels) the caller’s tenant runs, by product slug.' })
  async estate(@Ctx() ctx: GatewayContext) {
    return (await new EstateRepository(ctx.em, requireTenant(ctx)).items()).map((i) => itemView(i, ctx.catalogue));
  }

  @Mutation(() => EstateItemType, { description: 'Adds a product (and level) to the estate. The name is resolved like supportPhase’s; unknown names are PRODUCT_NOT_FOUND with candidates. One row per product and level: a second is ESTATE_ITEM_EXISTS.' })
  async addEstateItem(@Arg('input', () => EstateItemInput) input: EstateItemInput, @Ctx() ctx: GatewayContext) {
    const tenantId = requireTenant(ctx);
    const checked = checkEstateRow(ctx.catalogue, input, ctx.today);
    if (!checked.ok) throwProblems(checked.problems);
    try {
      const r = await addEstateItem(ctx.em, tenantId, checked.row, ctx.now);
      if ('existing' in r) {
        const what = `${checked.row.productName}${checked.row.levelCode ? ` ${checked.row.levelCode}` : ''}`;
        throw new GatewayError('ESTATE_ITEM_EXISTS', `${what} is already in the estate: change its count with updateEstateItem`, { id: r.existing.id });
      }
      return itemView(r.item, ctx.catalogue);
    } catch (e) {
      if (e instanceof EstateLimitError) throw new BadUserInputError(e.message);
      throw e;
    }
  }

  @Mutation(() => EstateItemType, { description: 'Changes the count, level or note of an estate row; fields left out stay.' })
  async updateEstateItem(@Arg('id', () => ID) id: string, @Arg('input', () => EstateItemUpdateInput) input: EstateItemUpdateInput, @Ctx() ctx: GatewayContext) {
    const repo = new EstateRepository(ctx.em, requireTenant(ctx));
    const item = await repo.item(id);
    if (!item) throw ITEM_NOT_FOUND();
    const problems = [input.count != null ? countProblem(input.count) : null, noteProblem(input.note)].filter((p): p is RowProblem => p !== null);
    if (problems.length) throwProblems(problems);
    if (input.level !== undefined) {
      let level: string | null = null;
      if (input.level?.trim()) {
        const product = ctx.catalogue.bySlug(item.productSlug);
        if (!product) throw new BadUserInputError(`The catalogue no longer has the product '${item.productSlug}': remove the row and add it again`);
        const found = findLevel(product, input.level);
        if (!found.ok) throwProblems([found.problem]);
        level = found.code;
      }
      const clash = await repo.same(item.productSlug, level);
      if (clash && clash.id !== item.id) throw new GatewayError('ESTATE_ITEM_EXISTS', `The estate already has a row for ${item.productSlug}${level ? ` ${level}` : ''}`, { id: clash.id });
      item.levelCode = level;
    }
    if (input.count != null) item.count = input.count;
    if (input.note !== undefined) item.note = input.note?.trim() ?? '';
    item.updatedAt = ctx.now;
    await ctx.em.flush();
    return itemView(item, ctx.catalogue);
  }

  @Mutation(() => Boolean, { description: 'Removes an estate row.' })
  async removeEstateItem(@Arg('id', () => ID) id: string, @Ctx() ctx: GatewayContext) {
    const item = await new EstateRepository(ctx.em, requireTenant(ctx)).item(id);
    if (!item) throw ITEM_NOT_FOUND();
    await ctx.em.remove(item).flush();
    return true;
  }

  @Mutation(() => EstateImportType, { description: 'Uploads the estate as CSV with the header product,level,count (note optional; comma or semicolon separated; at most 5000 rows, 512 KiB). Every row is checked against the catalogue first; with any error nothing is written and every error is listed with its row, column, value and candidates. Rows for the same product and level are added up; an existing row gets the CSV’s count.' })
  async importEstateCsv(
    @Arg('csv') csv: string,
    @Ctx() ctx: GatewayContext,
    @Arg('replace', { defaultValue: false, description: 'Also remove estate rows the CSV does not name.' }) replace: boolean = false,
  ) {
    const tenantId = requireTenant(ctx);
    const tooBig = csvSizeProblem(csv);
    if (tooBig) throw new BadUserInputError(tooBig);
    const plan = planEstateCsv(csv, ctx.catalogue, ctx.today);
    ctx.cost.units += plan.rowCount;
    const result = { rows: plan.rowCount, created: 0, updated: 0, unchanged: 0, removed: 0, errors: plan.errors };
    if (!plan.errors.length) {
      try {
        Object.assign(result, await importEstateRows(ctx.em, tenantId, plan.items, replace, ctx.now));
      } catch (e) {
        if (e instanceof EstateLimitError) throw new BadUserInputError(e.message);
        throw e;
      }
    }
    const items = await new EstateRepository(ctx.em, tenantId).items();
    return { ...result, written: plan.errors.length === 0, items: items.map((i) => itemView(i, ctx.catalogue)) };
  }

  @Query(() => UpcomingType, { description: 'Every dated event from `from` to `to` (both included, at most 20 years) for the caller’s tenant: support ends of its estate and the deadlines of its subscriptions.' })
  async upcoming(@Arg('from', () => DateScalar) from: string, @Arg('to', () => DateScalar) to: string, @Ctx() ctx: GatewayContext) {
    const tenantId = requireTenant(ctx);
    checkWindow(from, to);
    const records = await loadTenantRecords(ctx.em, tenantId, ctx.catalogue);
    ctx.cost.units += 1 + records.estate.length + records.subscriptions.length;
    const events = upcomingEvents({ estate: records.estate.map((e) => e.entry), subscriptions: records.subscriptions.map((s) => s.entry), from, to, today: ctx.today });
    return { from, to, asOf: ctx.today, events, problems: records.problems };
  }

  @Query(() => UpcomingType, { description: `Support ends of any products, no tenant needed. Names are resolved like supportPhase’s ("SQL Server 2016 SP2" names a level); names that do not resolve are listed in problems, the others answered. At most ${MAX_PRODUCT_NAMES} names.` })
  upcomingForProducts(
    @Arg('products', () => [String]) products: string[],
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() ctx: GatewayContext,
  ) {
    requireAnyKeyUnlessAnonymousAllowed(ctx);
    if (products.length > MAX_PRODUCT_NAMES) throw new TooManyItemsError(MAX_PRODUCT_NAMES, products.length);
    checkWindow(from, to);
    ctx.cost.units += products.length;
    const { entries, problems } = resolveProductList(ctx.catalogue, products, ctx.today);
    const events = upcomingEvents({ estate: entries, subscriptions: [], from, to, today: ctx.today });
    return { from, to, asOf: ctx.today, events, problems };
  }

  @Query(() => EstateRiskType, { description: 'Risk view for dashboards: estate rows past or within withinMonths of end of support, and commitments whose next 12-month period would run past an estate product’s end of support.' })
  async estateRisk(@Ctx() ctx: GatewayContext, @Arg('withinMonths', () => Int, { defaultValue: 12, description: `0–${MAX_RISK_MONTHS}.` }) withinMonths: number = 12) {
    const tenantId = requireTenant(ctx);
    if (!Number.isInteger(withinMonths) || withinMonths < 0 || withinMonths > MAX_RISK_MONTHS) throw new BadUserInputError(`withinMonths must be from 0 to ${MAX_RISK_MONTHS}`);
    const records = await loadTenantRecords(ctx.em, tenantId, ctx.catalogue);
    ctx.cost.units += 1 + records.estate.length;
    const itemOf = new Map(records.estate.map((e) => [e.entry, itemView(e.item, ctx.catalogue)]));
    const subOf = new Map(records.subscriptions.map((s) => [s.entry, subscriptionView(s.subscription)]));
    const risk = estateRisk([...itemOf.keys()], [...subOf.keys()], ctx.today, withinMonths);
    return {
      asOf: risk.asOf,
      withinMonths,
      horizon: risk.horizon,
      products: risk.products.map(({ entry, ...p }) => ({ ...p, item: itemOf.get(entry)! })),
      commitments: risk.commitments.map(({ entry, subscription, ...c }) => ({ ...c, item: itemOf.get(entry)!, subscription: subOf.get(subscription)! })),
      problems: records.problems,
    };
  }

  @Query(() => [CalendarFeedType], { description: 'The caller’s calendar feeds (revoked ones included).' })
  async calendarFeeds(@Ctx() ctx: GatewayContext) {
    return (await new EstateRepository(ctx.em, requireTenant(ctx)).feeds()).map(feedView);
  }

  @Mutation(() => CreatedCalendarFeedType, { description: 'Creates a secret iCalendar feed URL of the caller’s tenant (support ends of its estate and its subscription deadlines, from a year ago to 10 years ahead). The path is returned once.' })
  async createCalendarFeed(@Ctx() ctx: GatewayContext, @Arg('label', { defaultValue: '', description: 'At most 200 characters.' }) label: string = '') {
    const tenantId = requireTenant(ctx);
    if (label.length > 200) throw new BadUserInputError('label is longer than 200 characters');
    const { feed, token } = await createFeed(ctx.em, tenantId, label.trim(), ctx.now);
    return { feed: feedView(feed), path: feedPath(token) };
  }

  @Mutation(() => CalendarFeedType, { description: 'Revokes a calendar feed: its URL answers 404 from now on. Revoking twice keeps the first time.' })
  async revokeCalendarFeed(@Arg('id', () => ID) id: string, @Ctx() ctx: GatewayContext) {
    const feed = await new EstateRepository(ctx.em, requireTenant(ctx)).feed(id);
    if (!feed) throw new NotFoundError('calendar feed', 'CALENDAR_FEED_NOT_FOUND');
    feed.revokedAt ??= ctx.now;
    await ctx.em.flush();
    return feedView(feed);
  }
}
