import { randomUUID } from 'node:crypto';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { createApiKey, listKeys, revokeKey } from './apiKeys.js';
import { Tenant } from '../db/entities.js';
import { requireAdmin } from '../graphql/auth.js';
import type { GatewayContext } from '../graphql/context.js';
import { BadUserInputError, NotFoundError } from '../graphql/errors/errors.js';
import { ApiKeyType, CreatedKeyType, TenantInput, TenantType } from '../subscriptions/graphql/terms.type.js';
import { tenantView } from '../subscriptions/graphql/mappers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Tenant and key management: admin keys only. */
@Resolver()
export class AdminResolver {
  @Query(() => [TenantType], { description: 'Admin: every tenant.' })
  async tenants(@Ctx() ctx: GatewayContext) {
    requireAdmin(ctx);
    return (await ctx.em.find(Tenant, {}, { orderBy: { name: 'asc' } })).map(tenantView);
  }

  @Mutation(() => TenantType, { description: 'Admin: adds a tenant.' })
  async createTenant(@Arg('input', () => TenantInput) input: TenantInput, @Ctx() ctx: GatewayContext) {
    requireAdmin(ctx);
    const name = input.name.trim();
    const contact = input.contactPerson.trim();
    if (!name || name.length > 200) throw new BadUserInputError('name must be 1–200 characters');
    if (!contact || contact.length > 200) throw new BadUserInputError('contactPerson must be 1–200 characters');
    const t = ctx.em.create(Tenant, { id: randomUUID(), name, country: input.country, contactPerson: contact, antivirus: input.antivirus, firewall: input.firewall, backup: input.backup, createdAt: ctx.now });
    await ctx.em.flush();
    return tenantView(t);
  }

  @Query(() => [ApiKeyType], { description: 'Admin: API keys (never their secrets), optionally of one tenant.' })
  async apiKeys(@Ctx() ctx: GatewayContext, @Arg('tenant', () => ID, { nullable: true }) tenant?: string | null) {
    requireAdmin(ctx);
    return listKeys(ctx.em, tenant ?? null);
  }

  @Mutation(() => CreatedKeyType, { description: 'Admin: creates a key for a tenant (or an admin key when tenant is omitted). The secret is shown once.' })
  async createApiKey(@Ctx() ctx: GatewayContext, @Arg('tenant', () => ID, { nullable: true }) tenant?: string | null, @Arg('label', { defaultValue: '' }) label: string = '') {
    requireAdmin(ctx);
    if (label.length > 200) throw new BadUserInputError('label is longer than 200 characters');
    if (tenant && (!UUID.test(tenant) || !(await ctx.em.findOne(Tenant, { id: tenant })))) throw new NotFoundError('tenant', 'TENANT_NOT_FOUND');
    return createApiKey(ctx.em, tenant ? { role: 'TENANT', tenantId: tenant, label } : { role: 'ADMIN', label });
  }

  @Mutation(() => Boolean, { description: 'Admin: revokes a key at once (later requests with it get 401).' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: GatewayContext) {
    requireAdmin(ctx);
    if (!UUID.test(id) || !(await revokeKey(ctx.em, id, ctx.now))) throw new NotFoundError('API key', 'KEY_NOT_FOUND');
    return true;
  }
}
