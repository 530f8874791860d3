/**
 * Secret calendar feed tokens: `cal_` + 40 hex characters (160 random bits), shown once; only the SHA-256
 * hash is stored, as for API keys, so a database leak does not leak working feed URLs.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { hashKey } from '../tenancy/apiKeys.js';
import { CalendarFeed, Tenant } from '../db/entities.js';

export const FEED_TOKEN = /^cal_[0-9a-f]{40}$/;

export function feedPath(token: string): string {
  return `/calendar/${token}.ics`;
}

export async function createFeed(em: EntityManager, tenantId: string, label: string, now: Date): Promise<{ feed: CalendarFeed; token: string }> {
  const token = `cal_${randomBytes(20).toString('hex')}`;
  const feed = em.create(CalendarFeed, {
    id: randomUUID(),
    tenant: em.getReference(Tenant, tenantId),
    prefix: token.slice(0, 12),
    hash: hashKey(token),
    label,
    createdAt: now,
    revokedAt: null,
  });
  await em.flush();
  return { feed, token };
}

/** The live feed for a token, or null for a malformed, unknown or revoked one (the caller answers 404 alike). */
export async function activeFeed(em: EntityManager, token: string): Promise<CalendarFeed | null> {
  if (!FEED_TOKEN.test(token)) return null;
  const feed = await em.findOne(CalendarFeed, { hash: hashKey(token) }, { populate: ['tenant'] });
  return feed && !feed.revokedAt ? feed : null;
}
