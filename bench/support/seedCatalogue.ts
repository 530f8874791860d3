import { readFileSync } from 'node:fs';
import { Catalogue } from '../../server/lifecycle/catalogue/catalogue.js';
import { convertAny } from '../../server/lifecycle/import/loadCatalogueFile.js';
import type { ProductRecord } from '../../server/lifecycle/policy/lifecycleTypes.js';
import { SEED_CATALOGUE } from '../../server/config/paths.js';

/** The committed seed catalogue's records: what a fresh gateway imports into its database. */
export function seedProducts(): ProductRecord[] {
  return convertAny(JSON.parse(readFileSync(SEED_CATALOGUE, 'utf8')), SEED_CATALOGUE).products;
}

export const seedCatalogue = (): Catalogue => new Catalogue(seedProducts());
