/**
 * Rendered feeds, kept so that a feed is rendered once per change of what it shows (issue 15, finding 4):
 * the key says which feed, the fingerprint what went into it (catalogue version, today, the tenant's rows).
 * A GET whose fingerprint matches reuses the text; one whose If-None-Match names it gets 304. Bounded in
 * bytes (LIMITS.maxFeedCacheBytes): the least recently used feeds are dropped first.
 */
import { createHash } from 'node:crypto';

export interface RenderedFeed {
  /** Strong validator of the text: a hash of the fingerprint (the inputs), quoted as HTTP wants it. */
  etag: string;
  /** When this text was rendered (HTTP date). */
  lastModified: string;
  text: string;
  bytes: number;
  events: number;
}

export function fingerprint(inputs: unknown): string {
  return `"${createHash('sha256').update(JSON.stringify(inputs)).digest('base64url').slice(0, 32)}"`;
}

export class FeedCache {
  readonly #entries = new Map<string, RenderedFeed>();
  #bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The rendered feed under `key` if it was rendered from the same inputs (`etag`). */
  get(key: string, etag: string): RenderedFeed | null {
    const hit = this.#entries.get(key);
    if (!hit || hit.etag !== etag) return null;
    this.#entries.delete(key);
    this.#entries.set(key, hit); // most recently used last
    return hit;
  }

  set(key: string, feed: RenderedFeed): void {
    const old = this.#entries.get(key);
    if (old) {
      this.#bytes -= old.bytes;
      this.#entries.delete(key);
    }
    if (feed.bytes > this.maxBytes) return;
    this.#entries.set(key, feed);
    this.#bytes += feed.bytes;
    for (const [k, v] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(k);
      this.#bytes -= v.bytes;
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
