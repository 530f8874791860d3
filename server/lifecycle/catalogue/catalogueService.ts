import type { MikroORM } from '@mikro-orm/core';
import { Catalogue } from './catalogue.js';
import type { IsoDate } from '../../kernel/dates.js';
import { catalogueVersion, loadCatalogue } from '../db/catalogueRepository.js';

export interface CatalogueMeta {
  version: number;
  dataAsOf: IsoDate | null;
  importedAt: Date | null;
}

/**
 * Holds the in-memory catalogue index (small, read-mostly) and swaps it atomically after an import.
 * Gateways sharing one database notice another instance's import by polling the import version at most
 * every `checkEveryMs` (so a request costs no extra query on the hot path).
 */
export class CatalogueService {
  #catalogue = new Catalogue([]);
  #meta: CatalogueMeta = { version: 0, dataAsOf: null, importedAt: null };
  #lastCheck = 0;
  #checking: Promise<void> | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly checkEveryMs = 5000,
  ) {}

  get catalogue(): Catalogue {
    return this.#catalogue;
  }

  /** The catalogue for one request: shared indexes and cache, its own budget for unknown names (catalogue.ts ResolveBudget). */
  forRequest(): Catalogue {
    return this.catalogue.forRequest();
  }

  get meta(): CatalogueMeta {
    return this.#meta;
  }

  get loaded(): boolean {
    return this.#meta.version > 0;
  }

  async reload(): Promise<void> {
    const em = this.orm.em.fork();
    const version = await catalogueVersion(em);
    const records = await loadCatalogue(em);
    this.#catalogue = new Catalogue(records);
    this.#meta = { version: version?.id ?? 0, dataAsOf: version?.dataAsOf ?? null, importedAt: version?.finishedAt ?? null };
    this.#lastCheck = Date.now();
  }

  /** Reloads when another process imported since we last looked. Cheap when called often. */
  async refreshIfStale(): Promise<void> {
    if (Date.now() - this.#lastCheck < this.checkEveryMs) return;
    this.#checking ??= (async () => {
      try {
        this.#lastCheck = Date.now();
        const v = await catalogueVersion(this.orm.em.fork());
        if ((v?.id ?? 0) !== this.#meta.version) await this.reload();
      } finally {
        this.#checking = null;
      }
    })();
    await this.#checking;
  }
}
