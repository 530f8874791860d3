import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { requireAdmin, requireTenant } from '../graphql/auth.js';
import { BadUserInputError, KeyNotFoundError, NotFoundError, TenantNotFoundError } from '../graphql/errors/index.js';
import { LIMITS } from '../kernel/limits.js';
import { textLength } from '../kernel/text.js';
import { createApiKey, keyRequest, listKeys, revokeKey, TenantMissingError } from './apiKeys.js';
import { ApiKeyType, CreatedKeyType, TenantInput, TenantType } from './tenancy.type.js';
import { tenantView } from './tenancy.views.js';
import { TenantRepository } from './tenantRepository.js';
import { isUuid } from '../kernel/ids.js';

async function issueKey(ctx: GatewayContext, args: { tenant?: string; admin?: boolean }, label: string) {
  if (textLength(label) > LIMITS.maxLabelLength) throw new BadUserInputError(`label is longer than ${LIMITS.maxLabelLength} characters`);
  const request = keyRequest(args);
  if (!request.ok) throw new BadUserInputError(request.problem);
  try {
    return await createApiKey(ctx.em, request.role === 'ADMIN' ? { role: 'ADMIN', label } : { role: 'TENANT', tenantId: request.tenantId, label });
  } catch (e) {
    if (e instanceof TenantMissingError) throw new TenantNotFoundError();
    throw e;
  }
}

/** The caller's own tenant, and tenant and key management (admin keys only). */
@Resolver()
export class TenancyResolver {
  @Query(() => TenantType, { description: 'The tenant the API key belongs to.' })
  async me(@Ctx() ctx: GatewayContext) {
    const t = await new TenantRepository(ctx.em).tenant(requireTenant(ctx));
    if (!t) throw new NotFoundError('tenant');
    return tenantView(t);
  }

  @Query(() => [TenantType], { description: 'Admin: every tenant.' })
  async tenants(@Ctx() ctx: GatewayContext) {
    requireAdmin(ctx);
    return (await new TenantRepository(ctx.em).tenants()).map(tenantView);
  }

  @Mutation(() => TenantType, { description: 'Admin: adds a tenant.' })
  async createTenant(@Arg('input', () => TenantInput) input: TenantInput, @Ctx() ctx: GatewayContext) {
    requireAdmin(ctx);
    const max = LIMITS.maxTenantNameLength;
    if (!input.name.trim() || textLength(input.name.trim()) > max) throw new BadUserInputError(`name must be 1–${max} characters`);
    if (!input.contactPerson.trim() || textLength(input.contactPerson.trim()) > max) throw new BadUserInputError(`contactPerson must be 1–${max} characters`);
    const t = await new TenantRepository(ctx.em).create({ name: input.name, country: input.country, contactPerson: input.contactPerson, antivirus: input.antivirus, firewall: input.firewall, backup: input.backup }, ctx.now);
    return tenantView(t);
  }

  @Query(() => [ApiKeyType], { description: 'Admin: API keys (never their secrets), optionally of one tenant.' })
  async apiKeys(@Ctx() ctx: GatewayContext, @Arg('tenant', () => ID, { nullable: true }) tenant?: string | null) {
    requireAdmin(ctx);
    return listKeys(ctx.em, tenant ?? null);
  }

  @Mutation(() => CreatedKeyType, { description: 'Admin: creates a key for one tenant (role TENANT). The secret is shown once. An empty tenant is BAD_USER_INPUT, an unknown one TENANT_NOT_FOUND; an admin key is never made here (createAdminApiKey).' })
  async createApiKey(@Arg('tenant', () => ID) tenant: string, @Ctx() ctx: GatewayContext, @Arg('label', { defaultValue: '', description: `At most ${LIMITS.maxLabelLength} characters.` }) label: string = '') {
    requireAdmin(ctx);
    return issueKey(ctx, { tenant }, label);
  }

  @Mutation(() => CreatedKeyType, { description: 'Admin: creates an admin key (role ADMIN: manages tenants and keys, sees no tenant’s data). Only made when asked for by this mutation. The secret is shown once.' })
  async createAdminApiKey(@Ctx() ctx: GatewayContext, @Arg('label', { defaultValue: '', description: `At most ${LIMITS.maxLabelLength} characters.` }) label: string = '') {
    requireAdmin(ctx);
    return issueKey(ctx, { admin: true }, label);
  }

  @Mutation(() => Boolean, { description: 'Admin: revokes a key at once (later requests with it get 401).' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: GatewayContext) {
    requireAdmin(ctx);
    if (!isUuid(id) || !(await revokeKey(ctx.em, id, ctx.now))) throw new KeyNotFoundError();
    return true;
  }
}
