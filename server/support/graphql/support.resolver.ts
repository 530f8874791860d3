import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { TenantRepository } from '../../tenancy/tenantRepository.js';
import { addMonths } from '../../kernel/dates.js';
import { liabilityCap } from '../policy/liabilityCap.js';
import { supportScope, type ScopeContext, type SupportTopic } from '../policy/supportScope.js';
import { isFailure, lookupPhase } from '../../lifecycle/catalogue/phaseLookup.js';
import { requireTenant } from '../../graphql/auth.js';
import type { GatewayContext } from '../../graphql/context.js';
import { BadUserInputError, NotFoundError, UnauthenticatedError } from '../../graphql/errors/errors.js';
import { DateScalar } from '../../graphql/scalars/Date.scalar.js';
import { SupportTopicEnum } from './supportTopic.enum.js';
import { LossTypeEnum, NegligenceEnum } from '../../subscriptions/graphql/terms.enum.js';
import { LiabilityAnswerType, ScopeAnswerType, ScopeContextInput } from '../../subscriptions/graphql/terms.type.js';
import { money, paymentView } from '../../subscriptions/graphql/mappers.js';

const PHASE_WORDS: Record<string, string> = {
  PRE_RELEASE: 'not yet released',
  MAINSTREAM: 'in mainstream support',
  EXTENDED: 'in extended support',
  SELF_HELP_ONLY: 'past Microsoft’s end of support (online self-help only)',
  END_OF_SUPPORT: 'past Microsoft’s end of support',
};

@Resolver()
export class SupportResolver {
  @Query(() => LiabilityAnswerType, { description: 'T-§13 for the caller’s tenant: the remedy, and for gross negligence with direct loss the cap = payments for support and Office 365 in the 6 months before the incident (by payment date).' })
  async liability(
    @Arg('incidentOn', () => DateScalar) incidentOn: string,
    @Arg('negligence', () => NegligenceEnum) negligence: NegligenceEnum,
    @Arg('loss', () => LossTypeEnum) loss: LossTypeEnum,
    @Ctx() ctx: GatewayContext,
  ) {
    const repo = new TenantRepository(ctx.em, requireTenant(ctx));
    const payments = await repo.paymentsBetween(addMonths(incidentOn, -6), incidentOn);
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
    if ((platform?.length ?? 0) > 100 || (version?.length ?? 0) > 40) throw new BadUserInputError('platform or version is too long');
    const context = explicit ? fromInput(explicit) : await tenantContext(ctx, subscriptionId ?? null);
    const answer = supportScope({ topic, platform: platform ?? null, version: version ?? null, context, latestMacOs: ctx.config.latestMacOs });
    return { ...answer, lifecycle: platform ? lifecycleView(ctx, platform, version ?? null) : [] };
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

async function tenantContext(ctx: GatewayContext, subscriptionId: string | null): Promise<ScopeContext> {
  if (ctx.auth.kind !== 'tenant') throw new UnauthenticatedError('Send a tenant API key, or give the customer context explicitly (context: {...})');
  const repo = new TenantRepository(ctx.em, requireTenant(ctx));
  const tenant = await repo.tenant();
  if (!tenant) throw new NotFoundError('tenant');
  let subs = await repo.subscriptions();
  if (subscriptionId) {
    subs = subs.filter((s) => s.id === subscriptionId);
    if (!subs.length) throw new NotFoundError('subscription', 'SUBSCRIPTION_NOT_FOUND');
  }
  // T-§5: end-user support needs a product that includes it AND a completed migration (as of today).
  const active = subs.filter((s) => !s.cancellationRequestedOn || s.cancellationRequestedOn >= ctx.today);
  const withSupport = active.filter((s) => s.endUserSupportIncluded);
  return {
    endUserSupportIncluded: withSupport.length > 0,
    migrationCompleted: withSupport.some((s) => s.migrationCompletedOn !== null && s.migrationCompletedOn <= ctx.today),
    dutiesMet: { antivirus: tenant.antivirus, firewall: tenant.firewall, backup: tenant.backup },
    writtenOrderFromContact: null,
  };
}

/** "Windows 7" is in the contract's scope (T-§6) but past Microsoft's end of support: say both. */
function lifecycleView(ctx: GatewayContext, platform: string, version: string | null): string[] {
  const names = version ? [`${platform} ${version}`, platform] : [platform];
  for (const name of names) {
    const r = lookupPhase(ctx.catalogue, name, ctx.today);
    if (isFailure(r)) continue;
    const ends = r.supportEnds ? ` (Microsoft support ${r.supportEnds < ctx.today ? 'ended' : 'ends'} ${r.supportEnds})` : '';
    return [`${r.product.name} is ${PHASE_WORDS[r.phase]} on ${ctx.today}${ends}: ${r.citations[0]?.clause ?? 'L-POLICY'}.`];
  }
  return [];
}
