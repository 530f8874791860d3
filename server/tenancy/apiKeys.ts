import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { ApiKey } from './ApiKey.entity.js';
import { Tenant } from './Tenant.entity.js';

/** Keys look like `ent_` + 40 hex characters; only their SHA-256 hash is stored. */
export function newKeySecret(): string {
  return `ent_${randomBytes(20).toString('hex')}`;
}

export function hashKey(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export interface CreatedKey {
  id: string;
  secret: string;
  prefix: string;
  role: 'TENANT' | 'ADMIN';
  tenantId: string | null;
}

/** Creates a key; the secret is returned once and never stored. `secret` may be given (demo keys). */
export async function createApiKey(em: EntityManager, opts: { role: 'TENANT' | 'ADMIN'; tenantId?: string | null; label?: string; secret?: string }): Promise<CreatedKey> {
  const secret = opts.secret ?? newKeySecret();
  let tenant: Tenant | null = null;
  if (opts.role === 'TENANT') {
    if (!opts.tenantId) throw new Error('a tenant key needs a tenant');
    tenant = await em.findOne(Tenant, { id: opts.tenantId });
    if (!tenant) throw new Error(`no tenant ${opts.tenantId}`);
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
