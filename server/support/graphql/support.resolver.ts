import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../../context.js';
import { requireTenant } from '../../graphql/auth.js';
import { BadUserInputError, NotFoundError, SubscriptionNotFoundError, UnauthenticatedError } from '../../graphql/errors/index.js';
import { DateScalar } from '../../graphql/scalars/Date.scalar.js';
import { money } from '../../graphql/types/money.type.js';
import { LIMITS } from '../../kernel/limits.js';
import { paymentView, tenantPaymentsBetween, tenantSubscriptions } from '../../subscriptions/index.js';
import { findTenant } from '../../tenancy/index.js';
import { platformLifecycle } from '../platformLifecycle.js';
import { liabilityCap, liabilityWindow, type LossType, type Negligence } from '../policy/liabilityCap.js';
import { supportScope, type ScopeContext, type SupportTopic } from '../policy/supportScope.js';
import { tenantScopeContext } from '../policy/tenantScopeContext.js';
import { LossTypeEnum, NegligenceEnum, SupportTopicEnum } from './support.enum.js';
import { LiabilityAnswerType, ScopeAnswerType, ScopeContextInput } from './support.type.js';

@Resolver()
export class SupportResolver {
  @Query(() => LiabilityAnswerType, { description: 'T-§13 for the caller’s tenant: the remedy, and for gross negligence with direct loss the cap = payments for support and Office 365 in the 6 months before the incident (by payment date).' })
  async liability(
    @Arg('incidentOn', () => DateScalar) incidentOn: string,
    @Arg('negligence', () => NegligenceEnum) negligence: Negligence,
    @Arg('loss', () => LossTypeEnum) loss: LossType,
    @Ctx() ctx: GatewayContext,
  ) {
    const window = liabilityWindow(incidentOn);
    const payments = await tenantPaymentsBetween(ctx.em, requireTenant(ctx), window.from, window.toExclusive);
    const answer = liabilityCap({
      incidentOn,
      negligence,
      loss,
      payments: payments.map((p) => ({ id: p.id, paidOn: p.paidOn, amount: p.amountOre, coversSupportOrOffice365: p.coversSupportOrOffice365, description: p.description })),
    });
    const byId = new Map(payments.map((p) => [p.id, p]));
    return {
      ...answer,
      cap: answer.capOre === null ? null : money(answer.capOre),
      payments: answer.paymentsSummed.map((p) => paymentView(byId.get(p.id)!)),
    };
  }

  @Query(() => ScopeAnswerType, { description: 'Is a support request covered? For the caller’s tenant (its duties and subscriptions, or one subscription), or for a context given explicitly. Platforms are checked against T-§6 and, when they are catalogue products, against Microsoft’s lifecycle.' })
  async supportScope(
    @Arg('topic', () => SupportTopicEnum) topic: SupportTopic,
    @Ctx() ctx: GatewayContext,
    @Arg('platform', () => String, { nullable: true }) platform?: string | null,
    @Arg('version', () => String, { nullable: true }) version?: string | null,
    @Arg('subscription', () => ID, { nullable: true, description: 'Judge by this subscription’s product and migration (default: any of the tenant’s).' }) subscriptionId?: string | null,
    @Arg('context', () => ScopeContextInput, { nullable: true }) explicit?: ScopeContextInput | null,
  ) {
    if ((platform?.length ?? 0) > LIMITS.maxPlatformLength || (version?.length ?? 0) > LIMITS.maxVersionLength) throw new BadUserInputError('platform or version is too long');
    const context = explicit ? fromInput(explicit) : await storedContext(ctx, subscriptionId ?? null);
    const answer = supportScope({ topic, platform: platform ?? null, version: version ?? null, context, latestMacOs: ctx.config.latestMacOs });
    return { ...answer, lifecycle: platform ? platformLifecycle(ctx.catalogue, platform, version ?? null, ctx.today) : [] };
  }
}

function fromInput(i: ScopeContextInput): ScopeContext {
  return {
    endUserSupportIncluded: i.endUserSupportIncluded,
    migrationCompleted: i.migrationCompleted,
    dutiesMet: { antivirus: i.antivirus, firewall: i.firewall, backup: i.backup },
    writtenOrderFromContact: i.writtenOrderFromContact ?? null,
  };
}

async function storedContext(ctx: GatewayContext, subscriptionId: string | null): Promise<ScopeContext> {
  if (ctx.auth.kind !== 'tenant') throw new UnauthenticatedError('Send a tenant API key, or give the customer context explicitly (context: {...})');
  const tenantId = requireTenant(ctx);
  const tenant = await findTenant(ctx.em, tenantId);
  if (!tenant) throw new NotFoundError('tenant');
  let subs = await tenantSubscriptions(ctx.em, tenantId);
  if (subscriptionId) {
    subs = subs.filter((s) => s.id === subscriptionId);
    if (!subs.length) throw new SubscriptionNotFoundError();
  }
  return tenantScopeContext(tenant, subs, ctx.today);
}
