/**
 * A tenant's calendar feeds, always filtered by the caller's tenant id (another tenant's feed is
 * indistinguishable from a missing one). Secret tokens: `cal_` + 40 hex characters (160 random bits),
 * shown once; only the SHA-256 hash is stored, as for API keys, so a database leak does not leak working
 * feed URLs.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { hashKey } from '../tenancy/apiKeys.js';
import { Tenant } from '../tenancy/Tenant.entity.js';
import { CalendarFeed } from './CalendarFeed.entity.js';
import { isUuid } from '../kernel/ids.js';

export const FEED_TOKEN = /^cal_[0-9a-f]{40}$/;

export function feedPath(token: string): string {
  return `/calendar/${token}.ics`;
}

/** The live feed for a token, or null for a malformed, unknown or revoked one (the caller answers 404 alike). */
export async function activeFeed(em: EntityManager, token: string): Promise<CalendarFeed | null> {
  if (!FEED_TOKEN.test(token)) return null;
  const feed = await em.findOne(CalendarFeed, { hash: hashKey(token) }, { populate: ['tenant'] });
  return feed && !feed.revokedAt ? feed : null;
}

export class FeedRepository {
  constructor(
    private readonly em: EntityManager,
    readonly tenantId: string,
  ) {}

  feeds(): Promise<CalendarFeed[]> {
    return this.em.find(CalendarFeed, { tenant: this.tenantId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  feed(id: string): Promise<CalendarFeed | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.em.findOne(CalendarFeed, { id, tenant: this.tenantId });
  }

  /** A new feed and its token (the only time the token exists outside the caller's calendar app). */
  async create(label: string, now: Date): Promise<{ feed: CalendarFeed; token: string }> {
    const token = `cal_${randomBytes(20).toString('hex')}`;
    const feed = this.em.create(CalendarFeed, {
      id: randomUUID(),
      tenant: this.em.getReference(Tenant, this.tenantId),
      prefix: token.slice(0, 12),
      hash: hashKey(token),
      label,
      createdAt: now,
      revokedAt: null,
    });
    await this.em.flush();
    return { feed, token };
  }

  /** Revoking twice keeps the first time. */
  async revoke(feed: CalendarFeed, now: Date): Promise<CalendarFeed> {
    feed.revokedAt ??= now;
    await this.em.flush();
    return feed;
  }
}
