import type { BaseContext } from './context.js';
import { ForbiddenError, UnauthenticatedError } from './errors/index.js';

/** Tenant data needs that tenant's key; the id comes only from the key, never from the request. */
export function requireTenant(ctx: BaseContext): string {
  if (ctx.auth.kind === 'tenant') return ctx.auth.tenantId;
  if (ctx.auth.kind === 'admin') throw new ForbiddenError('Tenant data needs the tenant’s own API key, not an admin key');
  throw new UnauthenticatedError('This question is about a tenant’s subscriptions: send that tenant’s API key as Authorization: Bearer <key>');
}

export function requireAdmin(ctx: BaseContext): void {
  if (ctx.auth.kind === 'admin') return;
  if (ctx.auth.kind === 'anonymous') throw new UnauthenticatedError('An admin API key is required');
  throw new ForbiddenError('An admin API key is required');
}

/** Lifecycle and helpdesk questions: anonymous unless ALLOW_ANONYMOUS=false. */
export function requireAnyKeyUnlessAnonymousAllowed(ctx: BaseContext): void {
  if (ctx.auth.kind === 'anonymous' && !ctx.config.allowAnonymous) throw new UnauthenticatedError();
}
