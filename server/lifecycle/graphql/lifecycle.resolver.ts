import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../../context.js';
import { BadUserInputError, problemError, TooManyItemsError } from '../../graphql/errors/index.js';
import { DateScalar } from '../../graphql/scalars/Date.scalar.js';
import { mapInTurns } from '../../graphql/turns.js';
import { LIMITS } from '../../kernel/limits.js';
import { problem, type Problem } from '../../kernel/problem.js';
import { textLength } from '../../kernel/text.js';
import { canonicalName } from '../catalogue/catalogue.js';
import { isFailure, levelViews, lookupPhase, type LookupFailure, type PhaseView } from '../catalogue/phaseLookup.js';
import type { LifecyclePolicy, ProductRecord } from '../policy/lifecycleTypes.js';
import { isCrmOnline, onlineServiceNotice, type ServiceChange } from '../policy/onlineServiceNotice.js';
import { LifecyclePolicyEnum, ServiceChangeEnum } from './lifecycle.enum.js';
import { CatalogueInfoType, NoticeAnswerType } from './notice.type.js';
import { DateRangeInput, PhaseAnswerType, PhaseLookupInput, PhaseResultUnion } from './phase.type.js';
import { LevelType, ProductConnection, ProductType } from './product.type.js';
import { NameResolutionType } from './resolution.type.js';

function checkName(name: string, what = 'product'): Problem | null {
  if (textLength(name) > LIMITS.maxNameLength) return problem('BAD_USER_INPUT', `The ${what} name is longer than ${LIMITS.maxNameLength} characters`);
  if (!name.trim()) return problem('BAD_USER_INPUT', `The ${what} name is empty`);
  return null;
}

function nameResolution(ctx: GatewayContext, input: string): NameResolutionType {
  const failed = (p: Problem) => ({ input, product: null, level: null, match: null, code: p.code, message: p.message, candidates: p.candidates, canonicalName: null });
  const bad = checkName(input);
  if (bad) return failed(bad);
  const r = ctx.catalogue.resolve(input);
  if (!r.ok) return failed(r);
  const level = r.levelCode ? levelViews(r.product).find((l) => l.code === r.levelCode) ?? null : null;
  return { input, product: r.product, level, match: r.match, code: null, message: null, candidates: [], canonicalName: canonicalName(r.product, r.levelCode) };
}

const cursorOf = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
function offsetOf(cursor: string): number {
  const m = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new BadUserInputError('The after cursor is not one this API returned');
  return Number(m[1]) + 1;
}

@Resolver(() => ProductType)
export class LifecycleResolver {
  @Query(() => ProductType, { nullable: true, description: 'A product by name, alias or slug (case-insensitive). Unknown or ambiguous names are PRODUCT_NOT_FOUND / PRODUCT_AMBIGUOUS errors with extensions.candidates.' })
  product(@Arg('name') name: string, @Ctx() ctx: GatewayContext): ProductRecord {
    const bad = checkName(name);
    if (bad) throw problemError(bad);
    const r = ctx.catalogue.resolve(name);
    if (!r.ok) throw problemError(r);
    return r.product;
  }

  @Query(() => ProductConnection, { description: 'Products ordered by name, filtered, as a cursor connection.' })
  products(
    @Ctx() ctx: GatewayContext,
    @Arg('search', () => String, { nullable: true, description: 'Words in the name or aliases.' }) search?: string | null,
    @Arg('family', () => String, { nullable: true }) family?: string | null,
    @Arg('policy', () => LifecyclePolicyEnum, { nullable: true }) policy?: LifecyclePolicy | null,
    @Arg('endingBetween', () => DateRangeInput, { nullable: true, description: 'Mainstream end, extended end or retirement within [from, to].' }) endingBetween?: DateRangeInput | null,
    @Arg('first', () => Int, { defaultValue: 50, description: `1–${LIMITS.maxPageSize}.` }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): ProductConnection {
    if (first < 1 || first > LIMITS.maxPageSize) throw new BadUserInputError(`first must be between 1 and ${LIMITS.maxPageSize}`);
    if (search && search.length > LIMITS.maxNameLength) throw new BadUserInputError(`search is longer than ${LIMITS.maxNameLength} characters`);
    if (endingBetween && endingBetween.from > endingBetween.to) throw new BadUserInputError('endingBetween.from is after endingBetween.to');
    const all = ctx.catalogue.search({
      search: search ?? null,
      family: family ?? null,
      policy: policy ?? null,
      endingFrom: endingBetween?.from ?? null,
      endingTo: endingBetween?.to ?? null,
    });
    const start = after ? offsetOf(after) : 0;
    const page = all.slice(start, start + first);
    return {
      edges: page.map((node, i) => ({ cursor: cursorOf(start + i), node })),
      pageInfo: { hasNextPage: start + first < all.length, endCursor: page.length ? cursorOf(start + page.length - 1) : null },
      totalCount: all.length,
    };
  }

  @Query(() => PhaseAnswerType, { description: "Support phase of a product (or a level: 'Windows 7 SP1' or level: 'SP1') on a date (default: today in the server's time zone). A component (IE 11, .NET Framework, PowerShell, IIS, WSUS …) follows its parent: give parent: 'Windows Server 2016' for its phase there; without, it answers on its only parent, or FOLLOWS_PARENT with the parents it follows." })
  supportPhase(
    @Arg('product') product: string,
    @Ctx() ctx: GatewayContext,
    @Arg('date', () => DateScalar, { nullable: true }) date?: string | null,
    @Arg('level', () => String, { nullable: true }) level?: string | null,
    @Arg('parent', () => String, { nullable: true, description: 'For a component (IE 11, .NET Framework, PowerShell, IIS, WSUS …): the product it runs on; the answer is its phase there.' }) parent?: string | null,
  ): PhaseView {
    ctx.cost.units += 1;
    const bad = checkName(product) ?? (parent ? checkName(parent, 'parent') : null);
    if (bad) throw problemError(bad);
    const answer = lookupPhase(ctx.catalogue, product, date ?? ctx.today, level, parent);
    if (isFailure(answer)) throw problemError(answer);
    return answer;
  }

  @Query(() => [PhaseResultUnion], { description: `Bulk form for spreadsheets and dashboards: one result per lookup, in order; a bad item is a LookupError and never fails the others. At most ${LIMITS.maxBulkItems} lookups.` })
  supportPhases(@Arg('lookups', () => [PhaseLookupInput]) lookups: PhaseLookupInput[], @Ctx() ctx: GatewayContext): Promise<(PhaseView | LookupFailure)[]> {
    if (lookups.length > LIMITS.maxBulkItems) throw new TooManyItemsError(LIMITS.maxBulkItems, lookups.length);
    ctx.cost.units += lookups.length;
    // Identical lookups (a column filled down) are answered once per request.
    const seen = new Map<string, PhaseView | LookupFailure>();
    // 50 lookups per turn of the event loop: other requests are answered in between.
    return mapInTurns(lookups, (l) => {
      const key = `${l.product}\u0000${l.date ?? ''}\u0000${l.level ?? ''}\u0000${l.parent ?? ''}`;
      let result = seen.get(key);
      if (!result) {
        result = checkName(l.product) ?? (l.parent ? checkName(l.parent, 'parent') : null) ?? lookupPhase(ctx.catalogue, l.product, l.date ?? ctx.today, l.level, l.parent);
        seen.set(key, result);
      }
      return result;
    }, 50);
  }

  @Query(() => [NameResolutionType], { description: `Resolves names as people write them (edition and packaging words, update suffixes, OS build numbers, abbreviations, typos), one result per name, in order, so a column of names can be cleaned: the product and level, how each matched, or the code and the closest names. Anonymous like supportPhase; each name costs one unit. At most ${LIMITS.maxBulkItems} names.` })
  resolveProducts(@Arg('names', () => [String]) names: string[], @Ctx() ctx: GatewayContext): NameResolutionType[] {
    if (names.length > LIMITS.maxBulkItems) throw new TooManyItemsError(LIMITS.maxBulkItems, names.length);
    ctx.cost.units += names.length;
    const seen = new Map<string, NameResolutionType>();
    return names.map((input) => {
      let result = seen.get(input);
      if (!result) {
        result = nameResolution(ctx, input);
        seen.set(input, result);
      }
      return result;
    });
  }

  @Query(() => NoticeAnswerType, { description: 'Earliest date a change to an Online Service can take effect, given when it was announced (L-ONLINE-NOTICE, L-ONLINE-END).' })
  onlineServiceNotice(
    @Arg('service') service: string,
    @Arg('change', () => ServiceChangeEnum) change: ServiceChange,
    @Arg('announcedOn', () => DateScalar) announcedOn: string,
    @Ctx() ctx: GatewayContext,
    @Arg('removesSystemRequirement', { defaultValue: false, description: 'CRM Online: the change removes support for an underlying system requirement (12 months instead of 6).' }) removesSystemRequirement: boolean = false,
  ) {
    const bad = checkName(service, 'service');
    if (bad) throw problemError(bad);
    const r = ctx.catalogue.resolve(service);
    const name = r.ok ? r.product.name : service.trim();
    return onlineServiceNotice({ service: name, isCrmOnline: isCrmOnline(name, service), change, announcedOn, removesSystemRequirement });
  }

  @Query(() => CatalogueInfoType, { description: 'Size, as-of date and attribution of the lifecycle catalogue.' })
  catalogueInfo(@Ctx() ctx: GatewayContext): CatalogueInfoType {
    const info = ctx.catalogueMeta;
    return {
      products: ctx.catalogue.size,
      asOf: info.dataAsOf,
      importedAt: info.importedAt,
      timeZone: ctx.config.timeZone,
      attribution: [
        'Microsoft Lifecycle data (MicrosoftDocs/lifecycle-data), CC BY 4.0',
        'endoflife.date, MIT, Copyright 2020 endoflife.date contributors',
      ],
    };
  }

  @FieldResolver(() => [LevelType])
  levels(@Root() product: ProductRecord) {
    return levelViews(product);
  }
}
