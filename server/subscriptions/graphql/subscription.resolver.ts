import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../../context.js';
import { requireTenant } from '../../graphql/auth.js';
import { BadUserInputError, PaymentNotFoundError, SubscriptionNotFoundError, TooManyItemsError } from '../../graphql/errors/index.js';
import { DateScalar } from '../../graphql/scalars/Date.scalar.js';
import type { IsoDate } from '../../kernel/dates.js';
import { LIMITS } from '../../kernel/limits.js';
import { textLength } from '../../kernel/text.js';
import { problem } from '../../kernel/problem.js';
import type { Subscription } from '../db/Subscription.entity.js';
import { SubscriptionRepository } from '../db/subscriptionRepository.js';
import { newSubscriptionProblems, parseAmount } from '../policy/subscriptionInput.js';
import { cancellationEffect, priceChangeEffectiveOn, subscriptionDeadlines, termsChangeEffectiveOn } from '../policy/subscriptionDeadlines.js';
import type { CancellationChannel } from '../policy/subscriptionTerms.js';
import { termsOf } from '../records.js';
import { CancellationChannelEnum } from './subscription.enum.js';
import {
  AuditRecordType,
  CancellationEffectType,
  ChangeEffectType,
  DeadlineLookupInput,
  DeadlinesResultUnion,
  DeadlinesType,
  PaymentInput,
  PaymentType,
  SubscriptionInput,
  SubscriptionType,
} from './subscription.type.js';
import { auditView, paymentView, subscriptionView } from './subscription.views.js';

const repository = (ctx: GatewayContext) => new SubscriptionRepository(ctx.em, requireTenant(ctx));

async function subscriptionOf(ctx: GatewayContext, id: string): Promise<Subscription> {
  const s = await repository(ctx).subscription(id);
  if (!s) throw new SubscriptionNotFoundError();
  return s;
}

function amount(text: string, field: string, opts: { positive?: boolean } = {}) {
  const r = parseAmount(text, field, opts);
  if (!r.ok) throw new BadUserInputError(r.problem);
  return r.ore;
}

function correctionReason(reason: string): string {
  const why = reason.trim();
  if (!why || textLength(why) > LIMITS.maxPaymentDescriptionLength) throw new BadUserInputError(`reason must be 1–${LIMITS.maxPaymentDescriptionLength} characters: say why the correction is made`);
  return why;
}

const keyIdOf = (ctx: GatewayContext): string => (ctx.auth.kind === 'anonymous' ? '' : ctx.auth.keyId);

function deadlinesOf(s: Subscription, asOf: IsoDate) {
  return { subscription: s.id, ...subscriptionDeadlines(termsOf(s), asOf) };
}

@Resolver()
export class SubscriptionResolver {
  @Query(() => [SubscriptionType], { description: 'The caller’s subscriptions.' })
  async subscriptions(@Ctx() ctx: GatewayContext) {
    return (await repository(ctx).subscriptions()).map(subscriptionView);
  }

  @Query(() => [PaymentType], { description: 'The caller’s payments, oldest first; voided ones are listed with voidedAt (includeVoided: false leaves them out).' })
  async payments(@Ctx() ctx: GatewayContext, @Arg('includeVoided', { defaultValue: true }) includeVoided: boolean = true) {
    const all = (await repository(ctx).payments()).map(paymentView);
    return includeVoided ? all : all.filter((p) => p.voidedAt === null);
  }

  @Query(() => [AuditRecordType], { description: 'The corrections made to the caller’s data (voided payments, removed subscriptions), newest first.' })
  async auditLog(@Ctx() ctx: GatewayContext) {
    return (await repository(ctx).auditRecords()).map(auditView);
  }

  @Query(() => DeadlinesType, { description: 'Renewal, cancel-by and price-lock dates of one of the caller’s subscriptions as of a date (default today). Renewals are anchored on the term start (see Deadlines).' })
  async subscriptionDeadlines(
    @Arg('subscription', () => ID) id: string,
    @Ctx() ctx: GatewayContext,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string | null,
  ) {
    ctx.cost.units += 1;
    return deadlinesOf(await subscriptionOf(ctx, id), asOf ?? ctx.today);
  }

  @Query(() => [DeadlinesResultUnion], { description: `Bulk form (Excel): one result per lookup, in order; unknown ids are per-item SUBSCRIPTION_NOT_FOUND errors. At most ${LIMITS.maxBulkItems}.` })
  async subscriptionDeadlinesMany(@Arg('lookups', () => [DeadlineLookupInput]) lookups: DeadlineLookupInput[], @Ctx() ctx: GatewayContext) {
    if (lookups.length > LIMITS.maxBulkItems) throw new TooManyItemsError(LIMITS.maxBulkItems, lookups.length);
    ctx.cost.units += lookups.length;
    const byId = await repository(ctx).subscriptionsById(lookups.map((l) => l.subscription));
    return lookups.map((l) => {
      const s = byId.get(l.subscription);
      if (!s) return problem('SUBSCRIPTION_NOT_FOUND', `No subscription '${l.subscription.slice(0, 60)}' for this tenant`);
      return deadlinesOf(s, l.asOf ?? ctx.today);
    });
  }

  @Query(() => CancellationEffectType, { description: 'What a cancellation requested on a date would do (T-§11): PAYG ends when processed, self-service at the end of that day, a commitment at period end if in time, else after the renewed 12 months.' })
  async cancellationEffect(
    @Arg('subscription', () => ID) id: string,
    @Arg('requestedOn', () => DateScalar) requestedOn: string,
    @Arg('channel', () => CancellationChannelEnum) channel: CancellationChannel,
    @Ctx() ctx: GatewayContext,
  ) {
    return cancellationEffect(termsOf(await subscriptionOf(ctx, id)), requestedOn, channel);
  }

  @Query(() => ChangeEffectType, { description: 'When a fee change noticed on a date takes effect (T-§3, T-§12): at the first subscription period start that is at least 30 days after the notice (on or after noticedOn + 30 days; the notice day is day 0) and after the 12-month price lock. Never inside a period: a committed term is one period however long it is (a 36-month term has no fee change at its anniversaries); renewals are 12-month periods anchored on the term start; pay-as-you-go counts 12-month periods from its start. These are the periods subscriptionDeadlines reports.' })
  async priceChangeEffectiveOn(@Arg('subscription', () => ID) id: string, @Arg('noticedOn', () => DateScalar) noticedOn: string, @Ctx() ctx: GatewayContext) {
    return priceChangeEffectiveOn(termsOf(await subscriptionOf(ctx, id)), noticedOn);
  }

  @Query(() => ChangeEffectType, { description: 'When a change of the terms noticed in writing on a date takes effect (T-§12: 30 days’ notice): noticedOn + 30 days, the notice day being day 0.' })
  termsChangeEffectiveOn(@Arg('noticedOn', () => DateScalar) noticedOn: string) {
    return termsChangeEffectiveOn(noticedOn);
  }

  @Mutation(() => SubscriptionType, { description: `Adds a subscription to the caller’s tenant (at most ${LIMITS.maxSubscriptions} per tenant: beyond, BAD_USER_INPUT with reason TENANT_LIMIT).` })
  async createSubscription(@Arg('input', () => SubscriptionInput) input: SubscriptionInput, @Ctx() ctx: GatewayContext) {
    const repo = repository(ctx);
    const fields = { product: input.product, billingModel: input.billingModel, termMonths: input.termMonths ?? null, orderDate: input.orderDate, termStart: input.termStart ?? null, seats: input.seats };
    const problems = newSubscriptionProblems(fields);
    if (problems.length) throw new BadUserInputError(problems.join('; '), { problems });
    const unitPriceOre = amount(input.unitPrice, 'unitPrice');
    // A tenant's subscriptions are bounded (its calendar feed and risk view grow with them).
    if ((await repo.count()) >= LIMITS.maxSubscriptions) throw new BadUserInputError(`A tenant has at most ${LIMITS.maxSubscriptions} subscriptions: remove one first (removeSubscription)`, { reason: 'TENANT_LIMIT', max: LIMITS.maxSubscriptions });
    const s = await repo.create({ ...fields, unitPriceOre, endUserSupportIncluded: input.endUserSupportIncluded, migrationCompletedOn: input.migrationCompletedOn ?? null }, ctx.now);
    return subscriptionView(s);
  }

  @Mutation(() => PaymentType, { description: 'Records a payment by the caller’s tenant (counts towards the T-§13 cap by payment date).' })
  async recordPayment(@Arg('input', () => PaymentInput) input: PaymentInput, @Ctx() ctx: GatewayContext) {
    const repo = repository(ctx);
    const amountOre = amount(input.amount, 'amount', { positive: true });
    if (textLength(input.description) > LIMITS.maxPaymentDescriptionLength) throw new BadUserInputError(`description is longer than ${LIMITS.maxPaymentDescriptionLength} characters`);
    const subscription = input.subscription ? await subscriptionOf(ctx, input.subscription) : null;
    const p = await repo.record({ paidOn: input.paidOn, amountOre, subscription, coversSupportOrOffice365: input.coversSupportOrOffice365, description: input.description });
    return paymentView(p);
  }

  @Mutation(() => PaymentType, { description: `Voids a payment recorded by mistake (a wrong amount, a duplicate): it stays listed with voidedAt and no longer counts towards the T-§13 cap. An audit record keeps who, when, why and the payment as it was (auditLog). reason: 1–${LIMITS.maxPaymentDescriptionLength} characters. Voiding twice is BAD_USER_INPUT.` })
  async voidPayment(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: GatewayContext) {
    const repo = repository(ctx);
    const why = correctionReason(reason);
    const p = await repo.payment(id);
    if (!p) throw new PaymentNotFoundError();
    if (p.voidedAt) throw new BadUserInputError(`This payment was already voided on ${p.voidedAt.toISOString()}`);
    return paymentView(await repo.voidPayment(p, { keyId: keyIdOf(ctx), reason: why, at: ctx.now }));
  }

  @Mutation(() => SubscriptionType, { description: `Removes a subscription entered by mistake and answers it as it was. Its payments stay (no longer linked to it). An audit record keeps who, when, why and the subscription (auditLog). reason: 1–${LIMITS.maxPaymentDescriptionLength} characters.` })
  async removeSubscription(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: GatewayContext) {
    const why = correctionReason(reason);
    const s = await subscriptionOf(ctx, id);
    const view = subscriptionView(s);
    await repository(ctx).removeSubscription(s, { keyId: keyIdOf(ctx), reason: why, at: ctx.now });
    return view;
  }

  @Mutation(() => CancellationEffectType, { description: 'Records a cancellation request (T-§11) and answers what it does.' })
  async requestCancellation(
    @Arg('subscription', () => ID) id: string,
    @Arg('requestedOn', () => DateScalar) requestedOn: string,
    @Arg('channel', () => CancellationChannelEnum) channel: CancellationChannel,
    @Ctx() ctx: GatewayContext,
  ) {
    const s = await subscriptionOf(ctx, id);
    if (s.cancellationRequestedOn) throw new BadUserInputError(`A cancellation was already requested on ${s.cancellationRequestedOn}`);
    if (requestedOn < s.orderDate) throw new BadUserInputError('requestedOn is before the order date');
    const effect = cancellationEffect(termsOf(s), requestedOn, channel);
    await repository(ctx).cancel(s, requestedOn, channel);
    return effect;
  }
}
