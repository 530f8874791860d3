import type { MikroORM } from '@mikro-orm/core';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { convertAny } from './loadCatalogueFile.js';
import { importCatalogue, type ImportSummary } from '../db/catalogueRepository.js';
import { ImportRun } from '../db/ImportRun.entity.js';
import { SEED_CATALOGUE } from '../../config/paths.js';

export class ImportFileError extends Error {}

export interface ImportOptions {
  onProgress?: (done: number, total: number) => void;
}

/**
 * Imports a catalogue file: the project's own catalogue.json, Microsoft's lifecycle JSON, endoflife.date's
 * JSON or product-facts.json (the format is detected). Atomic and idempotent (see importCatalogue).
 */
export async function importFile(orm: MikroORM, file: string, opts: ImportOptions = {}): Promise<ImportSummary & { format: string; total: number }> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new ImportFileError(`Cannot read ${file} as JSON: ${(e as Error).message}`);
  }
  let converted: ReturnType<typeof convertAny>;
  try {
    converted = convertAny(raw, basename(file));
  } catch (e) {
    throw new ImportFileError(`${file}: ${(e as Error).message}`);
  }
  const dataAsOf = newestDate(raw);
  const summary = await importCatalogue(orm.em.fork(), {
    file,
    format: converted.format,
    products: converted.products,
    skipped: converted.skipped,
    dataAsOf,
    onProgress: opts.onProgress,
  });
  return { ...summary, format: converted.format, total: converted.products.length };
}

function newestDate(raw: unknown): string | null {
  const g = (raw as { generatedAt?: unknown })?.generatedAt;
  return typeof g === 'string' && /^\d{4}-\d{2}-\d{2}/.test(g) ? g.slice(0, 10) : null;
}

/** `npm start` on an empty database: import the committed seed catalogue. Returns whether it seeded. */
export async function seedCatalogueIfEmpty(orm: MikroORM, opts: ImportOptions = {}): Promise<boolean> {
  const runs = await orm.em.fork().count(ImportRun, {});
  if (runs > 0) return false;
  await importFile(orm, SEED_CATALOGUE, opts);
  return true;
}
