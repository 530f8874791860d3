import type { Catalogue } from './catalogue.js';
import { levelKey, splitLevelSuffix } from './levelSuffix.js';
import { searchKey } from './searchKey.js';
import type { IsoDate } from '../../kernel/dates.js';
import type { LevelRecord, ProductRecord } from '../policy/lifecycleTypes.js';
import { phaseProfile, type PhaseProfile } from '../policy/phaseProfile.js';
import { supportPhaseOn, type PhaseAnswer } from '../policy/supportPhase.js';
import { isProblem, problem, type Problem } from '../../kernel/problem.js';
import { textProblem } from '../../kernel/text.js';

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

/** A lookup that has no answer (an unknown or ambiguous name, a level the product does not have). */
export type LookupFailure = Problem;

/**
 * What every lookup of one product needs and no date changes: its phase profile (effective dates, level
 * ends, timelines) and its level views, indexed. Computed once per catalogue record (records are
 * immutable; a new import brings new records, so the memo goes with the old snapshot).
 */
interface ProductMemo {
  profile: PhaseProfile;
  views: LevelView[];
  /** Position of the first view with this exact code / with this level search key. */
  byCode: Map<string, number>;
  byKey: Map<string, number>;
}

const memos = new WeakMap<ProductRecord, ProductMemo>();

function memoOf(product: ProductRecord): ProductMemo {
  let memo = memos.get(product);
  if (!memo) {
    const profile = phaseProfile(product);
    const supports = new Map(profile.levels.map((s) => [s.code, s]));
    const views = product.levels.map((l: LevelRecord): LevelView => {
      const s = supports.get(l.code);
      return { code: l.code, label: l.label, kind: l.kind, start: l.start, end: s?.end ?? l.end, endSource: s?.source ?? 'PUBLISHED' };
    });
    const byCode = new Map<string, number>();
    const byKey = new Map<string, number>();
    views.forEach((v, i) => {
      if (!byCode.has(v.code)) byCode.set(v.code, i);
      const key = levelKey(v.code);
      if (!byKey.has(key)) byKey.set(key, i);
    });
    memos.set(product, (memo = { profile, views, byCode, byKey }));
  }
  return memo;
}

/** Levels with their effective ends, computed once per catalogue record (records are immutable). */
export function levelViews(product: ProductRecord): LevelView[] {
  return memoOf(product).views;
}

// "SP1", "sp 1", "Service Pack 1" and "ESU Year 1" all compare by their search key; the few level
// spellings a spreadsheet uses are keyed once (bounded: a flood of distinct strings only clears it).
const wantedKeys = new Map<string, string>();
const WANTED_KEYS_LIMIT = 2_000;

function wantedKey(wanted: string): string {
  let key = wantedKeys.get(wanted);
  if (key === undefined) {
    key = splitLevelSuffix(`x ${searchKey(wanted)}`)?.levelKey ?? searchKey(wanted);
    if (wantedKeys.size >= WANTED_KEYS_LIMIT) wantedKeys.clear();
    wantedKeys.set(wanted, key);
  }
  return key;
}

/** The first level whose code is `wanted` or whose search key is `wanted`'s. */
function findView(memo: ProductMemo, wanted: string): LevelView | null {
  const a = memo.byCode.get(wanted);
  const b = memo.byKey.get(wantedKey(wanted));
  const i = a === undefined ? b : b === undefined ? a : Math.min(a, b);
  return i === undefined ? null : memo.views[i]!;
}

/**
 * The one level matcher (supportPhase, estate rows, CSV uploads): a level of `product` as users type it
 * ("SP1", "sp 1", "Service Pack 1", "ESU Year 1"), or LEVEL_NOT_FOUND with the product's levels.
 */
export function matchLevel(product: ProductRecord, typed: string): LevelView | Problem {
  const wanted = typed.trim().slice(0, 60);
  const memo = memoOf(product);
  const view = findView(memo, wanted);
  if (view) return view;
  const available = memo.views.map((v) => v.code);
  return problem('LEVEL_NOT_FOUND', `${product.name} has no level '${wanted}'${available.length ? ` — levels: ${available.join(', ')}` : ''}`, available);
}

export function isFailure(x: PhaseView | LookupFailure): x is LookupFailure {
  return isProblem(x);
}

/**
 * Resolves a product name as users type it (with an optional level in the name or given apart) and answers
 * its phase on `date`. Never throws for bad input: unknown names and levels come back as LookupFailure.
 */
export function lookupPhase(catalogue: Catalogue, name: string, date: IsoDate, level?: string | null): PhaseView | LookupFailure {
  // Invalid text (control characters, lone surrogates) is this lookup's BAD_USER_INPUT, not a miss.
  const invalid = textProblem(name, 'The product name') ?? (level ? textProblem(level, 'The level') : null);
  if (invalid) return problem('BAD_USER_INPUT', invalid);
  const resolution = catalogue.resolve(name);
  if (!resolution.ok) return problem(resolution.code, resolution.message, resolution.candidates);
  const product = resolution.product;
  const wanted = level?.trim() ? level.trim() : resolution.levelCode;
  const memo = memoOf(product);
  let levelView: LevelView | null = null;
  if (wanted) {
    const matched = matchLevel(product, wanted);
    if (isProblem(matched)) return matched;
    levelView = matched;
  }
  const answer = supportPhaseOn(memo.profile, date, levelView?.code ?? null);
  const esu = answer.paidEsu ? memo.byCode.get(answer.paidEsu.code) : undefined;
  return {
    ...answer,
    product,
    level: levelView,
    paidEsu: esu === undefined ? null : memo.views[esu]!,
  };
}
