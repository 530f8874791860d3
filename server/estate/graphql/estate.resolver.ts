import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../../context.js';
import { requireAnyKeyUnlessAnonymousAllowed, requireTenant } from '../../graphql/auth.js';
import { BadUserInputError, EstateItemExistsError, EstateItemNotFoundError, problemError, problemsError, TooManyItemsError } from '../../graphql/errors/index.js';
import { DateScalar } from '../../graphql/scalars/Date.scalar.js';
import { LIMITS } from '../../kernel/limits.js';
import { isProblem } from '../../kernel/problem.js';
import type { Catalogue } from '../../lifecycle/catalogue/catalogue.js';
import { subscriptionView } from '../../subscriptions/index.js';
import { csvSizeProblem, planEstateCsvInTurns } from '../csv/estateCsv.js';
import { nextTurn } from '../../graphql/turns.js';
import type { EstateItem } from '../db/EstateItem.entity.js';
import { EstateRepository } from '../db/estateRepository.js';
import { checkEstateRow, countProblem, findLevel, noteProblem, type RowProblem } from '../estateRow.js';
import { estateRisk } from '../policy/estateRisk.js';
import { upcomingEvents, windowProblem } from '../policy/upcomingEvents.js';
import { resolveProductList } from '../productList.js';
import { upcomingEventsInTurns } from '../upcomingInTurns.js';
import { loadTenantRecords } from '../tenantRecords.js';
import { EstateImportType, EstateItemInput, EstateItemType, EstateItemUpdateInput, EstateRiskType } from './estate.type.js';
import { UpcomingType } from './upcoming.type.js';

function itemView(item: EstateItem, catalogue: Catalogue): EstateItemType {
  const { id, productSlug, levelCode: level, count, note, createdAt, updatedAt } = item;
  return { id, productSlug, product: catalogue.bySlug(productSlug)?.name ?? productSlug, level, count, note, createdAt, updatedAt };
}

function checkWindow(from: string, to: string): void {
  const problem = windowProblem(from, to);
  if (problem) throw new BadUserInputError(problem);
}

const repository = (ctx: GatewayContext) => new EstateRepository(ctx.em, requireTenant(ctx));

@Resolver()
export class EstateResolver {
  @Query(() => [EstateItemType], { description: 'The products (and levels) the caller’s tenant runs, by product slug.' })
  async estate(@Ctx() ctx: GatewayContext) {
    return (await repository(ctx).items()).map((i) => itemView(i, ctx.catalogue));
  }

  @Mutation(() => EstateItemType, { description: 'Adds a product (and level) to the estate. The name is resolved like supportPhase’s; unknown names are PRODUCT_NOT_FOUND with candidates. One row per product and level: a second is ESTATE_ITEM_EXISTS.' })
  async addEstateItem(@Arg('input', () => EstateItemInput) input: EstateItemInput, @Ctx() ctx: GatewayContext) {
    const repo = repository(ctx);
    const checked = checkEstateRow(ctx.catalogue, input, ctx.today);
    if (!checked.ok) throw problemsError(checked.problems);
    const r = await repo.add(checked.row, ctx.now);
    if ('problem' in r) throw problemError(r.problem);
    if ('existing' in r) {
      const what = `${checked.row.productName}${checked.row.levelCode ? ` ${checked.row.levelCode}` : ''}`;
      throw new EstateItemExistsError(`${what} is already in the estate: change its count with updateEstateItem`, r.existing.id);
    }
    return itemView(r.item, ctx.catalogue);
  }

  @Mutation(() => EstateItemType, { description: 'Changes the count, level or note of an estate row; fields left out stay.' })
  async updateEstateItem(@Arg('id', () => ID) id: string, @Arg('input', () => EstateItemUpdateInput) input: EstateItemUpdateInput, @Ctx() ctx: GatewayContext) {
    const repo = repository(ctx);
    const item = await repo.item(id);
    if (!item) throw new EstateItemNotFoundError();
    const problems = [input.count != null ? countProblem(input.count) : null, noteProblem(input.note)].filter((p): p is RowProblem => p !== null);
    if (problems.length) throw problemsError(problems);
    let levelCode: string | null | undefined = undefined;
    if (input.level !== undefined) {
      levelCode = null;
      if (input.level?.trim()) {
        const product = ctx.catalogue.bySlug(item.productSlug);
        if (!product) throw new BadUserInputError(`The catalogue no longer has the product '${item.productSlug}': remove the row and add it again`);
        const found = findLevel(product, input.level);
        if (!found.ok) throw problemError(found.problem);
        levelCode = found.code;
      }
      const clash = await repo.same(item.productSlug, levelCode);
      if (clash && clash.id !== item.id) throw new EstateItemExistsError(`The estate already has a row for ${item.productSlug}${levelCode ? ` ${levelCode}` : ''}`, clash.id);
    }
    const updated = await repo.update(item, { levelCode, count: input.count ?? undefined, note: input.note === undefined ? undefined : (input.note?.trim() ?? '') }, ctx.now);
    return itemView(updated, ctx.catalogue);
  }

  @Mutation(() => Boolean, { description: 'Removes an estate row.' })
  async removeEstateItem(@Arg('id', () => ID) id: string, @Ctx() ctx: GatewayContext) {
    const repo = repository(ctx);
    const item = await repo.item(id);
    if (!item) throw new EstateItemNotFoundError();
    await repo.remove(item);
    return true;
  }

  @Mutation(() => EstateImportType, { description: 'Uploads the estate as CSV with the header product,level,count (note optional; comma or semicolon separated; at most 5000 rows, 512 KiB). Every row is checked against the catalogue first; with any error nothing is written and every error is listed with its row, column, value and candidates. Rows for the same product and level are added up; an existing row gets the CSV’s count.' })
  async importEstateCsv(
    @Arg('csv') csv: string,
    @Ctx() ctx: GatewayContext,
    @Arg('replace', { defaultValue: false, description: 'Also remove estate rows the CSV does not name.' }) replace: boolean = false,
  ) {
    const repo = repository(ctx);
    const tooBig = csvSizeProblem(csv);
    if (tooBig) throw new BadUserInputError(tooBig);
    const plan = await planEstateCsvInTurns(csv, ctx.catalogue, ctx.today, nextTurn);
    ctx.cost.units += plan.rowCount;
    const result = { rows: plan.rowCount, created: 0, updated: 0, unchanged: 0, removed: 0, errors: plan.errors };
    if (!plan.errors.length) {
      const counts = await repo.import(plan.items, replace, ctx.now);
      if (isProblem(counts)) throw problemError(counts);
      Object.assign(result, counts);
    }
    const items = await repo.items();
    return { ...result, written: plan.errors.length === 0, items: items.map((i) => itemView(i, ctx.catalogue)) };
  }

  @Query(() => UpcomingType, { description: 'Every dated event from `from` to `to` (both included, at most 20 years) for the caller’s tenant: support ends of its estate and the deadlines of its subscriptions.' })
  async upcoming(@Arg('from', () => DateScalar) from: string, @Arg('to', () => DateScalar) to: string, @Ctx() ctx: GatewayContext) {
    const tenantId = requireTenant(ctx);
    checkWindow(from, to);
    const records = await loadTenantRecords(ctx.em, tenantId, ctx.catalogue);
    ctx.cost.units += 1 + records.estate.length + records.subscriptions.length;
    const events = await upcomingEventsInTurns({ estate: records.estate.map((e) => e.entry), subscriptions: records.subscriptions.map((s) => s.entry), from, to, today: ctx.today }, nextTurn);
    return { from, to, asOf: ctx.today, events, problems: records.problems };
  }

  @Query(() => UpcomingType, { description: `Support ends of any products, no tenant needed. Names are resolved like supportPhase’s ("SQL Server 2016 SP2" names a level); names that do not resolve are listed in problems, the others answered. At most ${LIMITS.maxProductNames} names.` })
  async upcomingForProducts(
    @Arg('products', () => [String]) products: string[],
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() ctx: GatewayContext,
  ) {
    requireAnyKeyUnlessAnonymousAllowed(ctx);
    if (products.length > LIMITS.maxProductNames) throw new TooManyItemsError(LIMITS.maxProductNames, products.length);
    checkWindow(from, to);
    ctx.cost.units += products.length;
    const { entries, problems } = await resolveProductList(ctx.catalogue, products, ctx.today, nextTurn);
    const events = upcomingEvents({ estate: entries, subscriptions: [], from, to, today: ctx.today });
    return { from, to, asOf: ctx.today, events, problems };
  }

  @Query(() => EstateRiskType, { description: 'Risk view for dashboards: estate rows past or within withinMonths of end of support, and commitments whose next 12-month period would run past an estate product’s end of support.' })
  async estateRisk(@Ctx() ctx: GatewayContext, @Arg('withinMonths', () => Int, { defaultValue: 12, description: `0–${LIMITS.maxRiskMonths}.` }) withinMonths: number = 12) {
    const tenantId = requireTenant(ctx);
    if (!Number.isInteger(withinMonths) || withinMonths < 0 || withinMonths > LIMITS.maxRiskMonths) throw new BadUserInputError(`withinMonths must be from 0 to ${LIMITS.maxRiskMonths}`);
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
}
