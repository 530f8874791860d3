import { hash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { ApiKey } from './ApiKey.entity.js';
import { Tenant } from './Tenant.entity.js';
import { isUuid } from '../kernel/ids.js';

/** Keys look like `ent_` + 40 hex characters; only their SHA-256 hash is stored. */
export function newKeySecret(): string {
  return `ent_${randomBytes(20).toString('hex')}`;
}

export function hashKey(secret: string): string {
  // The one-shot crypto.hash (Node ≥ 21.7): about a third of createHash().update().digest()'s cost.
  return hash('sha256', secret, 'hex');
}

/** The tenant a key was asked for does not exist (TENANT_NOT_FOUND at the edge). */
export class TenantMissingError extends Error {
  constructor(readonly tenantId: string) {
    super(`no tenant ${tenantId.slice(0, 60)}`);
  }
}

export interface CreatedKey {
  id: string;
  secret: string;
  prefix: string;
  role: 'TENANT' | 'ADMIN';
  tenantId: string | null;
}

/**
 * What a request for a key asks for, checked the same way for the API and the CLI: an admin key only when
 * asked for explicitly (`admin: true`, never inferred from a missing or empty tenant); a tenant key needs a
 * tenant id. Answers the key to create, or what is wrong (BAD_USER_INPUT); whether the tenant exists is
 * checked when the key is created (TENANT_NOT_FOUND).
 */
export type KeyRequest = { ok: true; role: 'ADMIN' } | { ok: true; role: 'TENANT'; tenantId: string } | { ok: false; reason: 'BOTH' | 'NO_TENANT' | 'EMPTY_TENANT'; problem: string };

export function keyRequest(args: { tenant?: string | null; admin?: boolean | null }): KeyRequest {
  const tenant = args.tenant ?? null;
  if (args.admin) {
    if (tenant !== null) return { ok: false, reason: 'BOTH', problem: 'An admin key belongs to no tenant: ask for an admin key or a tenant key, not both' };
    return { ok: true, role: 'ADMIN' };
  }
  if (tenant === null) return { ok: false, reason: 'NO_TENANT', problem: 'A key needs a tenant id (an admin key must be asked for explicitly)' };
  if (tenant.trim() === '') return { ok: false, reason: 'EMPTY_TENANT', problem: 'tenant is empty: give the tenant’s id (an admin key must be asked for explicitly)' };
  return { ok: true, role: 'TENANT', tenantId: tenant };
}

/** Creates a key; the secret is returned once and never stored. `secret` may be given (demo keys). */
export async function createApiKey(em: EntityManager, opts: { role: 'TENANT' | 'ADMIN'; tenantId?: string | null; label?: string; secret?: string }): Promise<CreatedKey> {
  const secret = opts.secret ?? newKeySecret();
  let tenant: Tenant | null = null;
  if (opts.role === 'TENANT') {
    if (!opts.tenantId?.trim()) throw new Error('a tenant key needs a tenant');
    tenant = isUuid(opts.tenantId) ? await em.findOne(Tenant, { id: opts.tenantId }) : null;
    if (!tenant) throw new TenantMissingError(opts.tenantId);
  }
  const key = em.create(ApiKey, {
    id: randomUUID(),
    role: opts.role,
    tenant,
    prefix: secret.slice(0, 12),
    hash: hashKey(secret),
    label: opts.label ?? '',
    createdAt: new Date(),
    revokedAt: null,
  });
  await em.flush();
  return { id: key.id, secret, prefix: key.prefix, role: key.role, tenantId: tenant?.id ?? null };
}

export type KeyCheck =
  | { ok: true; keyId: string; role: 'TENANT' | 'ADMIN'; tenantId: string | null }
  | { ok: false; reason: 'INVALID' | 'REVOKED' };

export async function checkKey(em: EntityManager, secret: string): Promise<KeyCheck> {
  if (!/^ent_[0-9a-f]{40}$/.test(secret)) return { ok: false, reason: 'INVALID' };
  const key = await em.findOne(ApiKey, { hash: hashKey(secret) });
  if (!key) return { ok: false, reason: 'INVALID' };
  if (key.revokedAt) return { ok: false, reason: 'REVOKED' };
  return { ok: true, keyId: key.id, role: key.role, tenantId: key.tenant?.id ?? null };
}

export async function listKeys(em: EntityManager, tenantId?: string | null) {
  const where = tenantId ? { tenant: tenantId } : {};
  const keys = await em.find(ApiKey, where, { orderBy: { createdAt: 'asc', id: 'asc' } });
  return keys.map((k) => ({ id: k.id, prefix: k.prefix, role: k.role, tenantId: k.tenant?.id ?? null, label: k.label, createdAt: k.createdAt, revokedAt: k.revokedAt }));
}

export async function revokeKey(em: EntityManager, id: string, when: Date): Promise<boolean> {
  const key = await em.findOne(ApiKey, { id });
  if (!key) return false;
  key.revokedAt ??= when;
  await em.flush();
  return true;
}
