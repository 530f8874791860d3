import type { Catalogue } from '../catalogue/catalogue.js';
import { levelKey, splitLevelSuffix } from '../catalogue/levelSuffix.js';
import { searchKey } from '../catalogue/searchKey.js';
import type { IsoDate } from '../policy/dates.js';
import type { LevelRecord, ProductRecord } from '../policy/lifecycleTypes.js';
import { levelSupports } from '../policy/servicePackSupport.js';
import { supportPhase, type PhaseAnswer } from '../policy/supportPhase.js';

/** A level as the API shows it: published or derived end (L-SP). */
export interface LevelView {
  code: string;
  label: string;
  kind: string;
  start: IsoDate | null;
  end: IsoDate | null;
  endSource: 'PUBLISHED' | 'DERIVED';
}

export interface PhaseView extends Omit<PhaseAnswer, 'paidEsu'> {
  product: ProductRecord;
  level: LevelView | null;
  paidEsu: LevelView | null;
}

export interface LookupFailure {
  code: string;
  message: string;
  candidates: string[];
}

const levelCache = new WeakMap<ProductRecord, LevelView[]>();

/** Levels with their effective ends, computed once per catalogue record (records are immutable). */
export function levelViews(product: ProductRecord): LevelView[] {
  let views = levelCache.get(product);
  if (!views) {
    const supports = new Map(levelSupports(product).map((s) => [s.code, s]));
    views = product.levels.map((l: LevelRecord) => {
      const s = supports.get(l.code);
      return { code: l.code, label: l.label, kind: l.kind, start: l.start, end: s?.end ?? l.end, endSource: s?.source ?? 'PUBLISHED' };
    });
    levelCache.set(product, views);
  }
  return views;
}

export function isFailure(x: PhaseView | LookupFailure): x is LookupFailure {
  return 'candidates' in x;
}

/**
 * Resolves a product name as users type it (with an optional level in the name or given apart) and answers
 * its phase on `date`. Never throws for bad input: unknown names and levels come back as LookupFailure.
 */
export function lookupPhase(catalogue: Catalogue, name: string, date: IsoDate, level?: string | null): PhaseView | LookupFailure {
  const resolution = catalogue.resolve(name);
  if (!resolution.ok) return { code: resolution.code, message: resolution.message, candidates: resolution.candidates };
  const product = resolution.product;
  const wanted = level?.trim() ? level.trim().slice(0, 60) : resolution.levelCode;
  const views = levelViews(product);
  let levelView: LevelView | null = null;
  if (wanted) {
    // "SP1", "sp 1", "Service Pack 1" and "ESU Year 1" all compare by their search key.
    const key = splitLevelSuffix(`x ${searchKey(wanted)}`)?.levelKey ?? searchKey(wanted);
    levelView = views.find((v) => v.code === wanted || levelKey(v.code) === key) ?? null;
    if (!levelView) {
      const available = views.map((v) => v.code);
      return {
        code: 'LEVEL_NOT_FOUND',
        message: `${product.name} has no level '${wanted}'${available.length ? ` — levels: ${available.join(', ')}` : ''}`,
        candidates: available,
      };
    }
  }
  const answer = supportPhase(product, date, levelView?.code ?? null);
  return {
    ...answer,
    product,
    level: levelView,
    paidEsu: answer.paidEsu ? (views.find((v) => v.code === answer.paidEsu!.code) ?? null) : null,
  };
}
