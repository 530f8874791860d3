import { randomUUID } from 'node:crypto';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Payment, Subscription, Tenant } from '../../db/entities.js';
import { TenantRepository } from '../../tenancy/tenantRepository.js';
import { MoneyFormatError, parseNok } from '../../kernel/money.js';
import {
  cancellationEffect,
  priceChangeEffectiveOn,
  subscriptionDeadlines,
  subscriptionTermsProblems,
  termsChangeEffectiveOn,
} from '../policy/subscriptionDeadlines.js';
import { requireTenant } from '../../graphql/auth.js';
import type { GatewayContext } from '../../graphql/context.js';
import { BadUserInputError, NotFoundError, TooManyItemsError } from '../../graphql/errors/errors.js';
import { DateScalar } from '../../graphql/scalars/Date.scalar.js';
import { CancellationChannelEnum } from './terms.enum.js';
import {
  CancellationEffectType,
  ChangeEffectType,
  DeadlineLookupInput,
  DeadlinesResultUnion,
  DeadlinesType,
  PaymentInput,
  PaymentType,
  SubscriptionInput,
  SubscriptionType,
  TenantType,
} from './terms.type.js';
import { paymentView, subscriptionView, termsOf, tenantView } from './mappers.js';
import { MAX_BULK_ITEMS } from '../../lifecycle/graphql/lifecycle.resolver.js';

const NOT_FOUND = () => new NotFoundError('subscription', 'SUBSCRIPTION_NOT_FOUND');

function price(text: string, field: string) {
  try {
    const ore = parseNok(text);
    if (ore < 0n) throw new BadUserInputError(`${field} cannot be negative`);
    return ore;
  } catch (e) {
    if (e instanceof MoneyFormatError) throw new BadUserInputError(`${field} must be an amount in NOK such as "129.90" (at most 2 decimals, no thousands separators), not '${text.slice(0, 30)}'`);
    throw e;
  }
}

function deadlinesOf(s: Subscription, asOf: string) {
  return { subscription: s.id, ...subscriptionDeadlines(termsOf(s), asOf) };
}

@Resolver()
export class SubscriptionResolver {
  @Query(() => TenantType, { description: 'The tenant the API key belongs to.' })
  async me(@Ctx() ctx: GatewayContext) {
    const t = await new TenantRepository(ctx.em, requireTenant(ctx)).tenant();
    if (!t) throw new NotFoundError('tenant');
    return tenantView(t);
  }

  @Query(() => [SubscriptionType], { description: 'The caller’s subscriptions.' })
  async subscriptions(@Ctx() ctx: GatewayContext) {
    return (await new TenantRepository(ctx.em, requireTenant(ctx)).subscriptions()).map(subscriptionView);
  }

  @Query(() => [PaymentType], { description: 'The caller’s payments, oldest first.' })
  async payments(@Ctx() ctx: GatewayContext) {
    return (await new TenantRepository(ctx.em, requireTenant(ctx)).payments()).map(paymentView);
  }

  @Query(() => DeadlinesType, { description: 'Renewal, cancel-by and price-lock dates of one of the caller’s subscriptions as of a date (default today).' })
  async subscriptionDeadlines(
    @Arg('subscription', () => ID) id: string,
    @Ctx() ctx: GatewayContext,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string | null,
  ) {
    ctx.cost.units += 1;
    const s = await new TenantRepository(ctx.em, requireTenant(ctx)).subscription(id);
    if (!s) throw NOT_FOUND();
    return deadlinesOf(s, asOf ?? ctx.today);
  }

  @Query(() => [DeadlinesResultUnion], { description: `Bulk form (Excel): one result per lookup, in order; unknown ids are per-item SUBSCRIPTION_NOT_FOUND errors. At most ${MAX_BULK_ITEMS}.` })
  async subscriptionDeadlinesMany(@Arg('lookups', () => [DeadlineLookupInput]) lookups: DeadlineLookupInput[], @Ctx() ctx: GatewayContext) {
    if (lookups.length > MAX_BULK_ITEMS) throw new TooManyItemsError(MAX_BULK_ITEMS, lookups.length);
    ctx.cost.units += lookups.length;
    const byId = await new TenantRepository(ctx.em, requireTenant(ctx)).subscriptionsById(lookups.map((l) => l.subscription));
    return lookups.map((l) => {
      const s = byId.get(l.subscription);
      if (!s) return { code: 'SUBSCRIPTION_NOT_FOUND', message: `No subscription '${l.subscription.slice(0, 60)}' for this tenant`, candidates: [] };
      return deadlinesOf(s, l.asOf ?? ctx.today);
    });
  }

  @Query(() => CancellationEffectType, { description: 'What a cancellation requested on a date would do (T-§11): PAYG ends when processed, self-service at the end of that day, a commitment at period end if in time, else after the renewed 12 months.' })
  async cancellationEffect(
    @Arg('subscription', () => ID) id: string,
    @Arg('requestedOn', () => DateScalar) requestedOn: string,
    @Arg('channel', () => CancellationChannelEnum) channel: CancellationChannelEnum,
    @Ctx() ctx: GatewayContext,
  ) {
    const s = await new TenantRepository(ctx.em, requireTenant(ctx)).subscription(id);
    if (!s) throw NOT_FOUND();
    return cancellationEffect(termsOf(s), requestedOn, channel);
  }

  @Query(() => ChangeEffectType, { description: 'When a price change noticed on a date takes effect (T-§3 price lock, T-§12: from the start of the next 12-month period, never within one).' })
  async priceChangeEffectiveOn(@Arg('subscription', () => ID) id: string, @Arg('noticedOn', () => DateScalar) noticedOn: string, @Ctx() ctx: GatewayContext) {
    const s = await new TenantRepository(ctx.em, requireTenant(ctx)).subscription(id);
    if (!s) throw NOT_FOUND();
    return priceChangeEffectiveOn(termsOf(s), noticedOn);
  }

  @Query(() => ChangeEffectType, { description: 'When a change of the terms noticed in writing on a date takes effect (T-§12: 30 days’ notice).' })
  termsChangeEffectiveOn(@Arg('noticedOn', () => DateScalar) noticedOn: string) {
    const r = termsChangeEffectiveOn(noticedOn);
    return { explanation: `Changed terms apply from ${r.effectiveOn}, 30 days after the written notice.`, ...r };
  }

  @Mutation(() => SubscriptionType, { description: 'Adds a subscription to the caller’s tenant.' })
  async createSubscription(@Arg('input', () => SubscriptionInput) input: SubscriptionInput, @Ctx() ctx: GatewayContext) {
    const tenantId = requireTenant(ctx);
    const problems: string[] = [];
    const product = input.product.trim();
    if (!product || product.length > 200) problems.push('product must be 1–200 characters');
    if (!Number.isInteger(input.seats) || input.seats < 1 || input.seats > 1_000_000) problems.push('seats must be a whole number from 1 to 1,000,000');
    if (input.billingModel === 'PAY_AS_YOU_GO' && input.termMonths != null) problems.push('termMonths must be empty for PAY_AS_YOU_GO');
    const termStart = input.termStart ?? input.orderDate;
    if (termStart < input.orderDate) problems.push('termStart cannot be before orderDate');
    problems.push(...subscriptionTermsProblems({ billingModel: input.billingModel, orderDate: input.orderDate, termStart, termMonths: input.termMonths ?? null }));
    if (problems.length) throw new BadUserInputError(problems.join('; '), { problems });
    const unitPriceOre = price(input.unitPrice, 'unitPrice');
    const s = ctx.em.create(Subscription, {
      id: randomUUID(),
      tenant: ctx.em.getReference(Tenant, tenantId),
      product,
      billingModel: input.billingModel,
      termMonths: input.termMonths ?? null,
      orderDate: input.orderDate,
      termStart,
      seats: input.seats,
      unitPriceOre,
      endUserSupportIncluded: input.endUserSupportIncluded,
      migrationCompletedOn: input.migrationCompletedOn ?? null,
      cancellationRequestedOn: null,
      cancellationChannel: null,
      createdAt: ctx.now,
    });
    await ctx.em.flush();
    return subscriptionView(s);
  }

  @Mutation(() => PaymentType, { description: 'Records a payment by the caller’s tenant (counts towards the T-§13 cap by payment date).' })
  async recordPayment(@Arg('input', () => PaymentInput) input: PaymentInput, @Ctx() ctx: GatewayContext) {
    const repo = new TenantRepository(ctx.em, requireTenant(ctx));
    const amountOre = price(input.amount, 'amount');
    if (amountOre === 0n) throw new BadUserInputError('amount must be more than 0');
    if (input.description.length > 300) throw new BadUserInputError('description is longer than 300 characters');
    let subscription: Subscription | null = null;
    if (input.subscription) {
      subscription = await repo.subscription(input.subscription);
      if (!subscription) throw NOT_FOUND();
    }
    const p = ctx.em.create(Payment, {
      id: randomUUID(),
      tenant: ctx.em.getReference(Tenant, repo.tenantId),
      subscription,
      amountOre,
      paidOn: input.paidOn,
      coversSupportOrOffice365: input.coversSupportOrOffice365,
      description: input.description,
    });
    await ctx.em.flush();
    return paymentView(p);
  }

  @Mutation(() => CancellationEffectType, { description: 'Records a cancellation request (T-§11) and answers what it does.' })
  async requestCancellation(
    @Arg('subscription', () => ID) id: string,
    @Arg('requestedOn', () => DateScalar) requestedOn: string,
    @Arg('channel', () => CancellationChannelEnum) channel: CancellationChannelEnum,
    @Ctx() ctx: GatewayContext,
  ) {
    const s = await new TenantRepository(ctx.em, requireTenant(ctx)).subscription(id);
    if (!s) throw NOT_FOUND();
    if (s.cancellationRequestedOn) throw new BadUserInputError(`A cancellation was already requested on ${s.cancellationRequestedOn}`);
    if (requestedOn < s.orderDate) throw new BadUserInputError('requestedOn is before the order date');
    const effect = cancellationEffect(termsOf(s), requestedOn, channel);
    s.cancellationRequestedOn = requestedOn;
    s.cancellationChannel = channel;
    await ctx.em.flush();
    return effect;
  }
}
