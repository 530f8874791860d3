import type { Catalogue } from './catalogue.js';
import { levelKey, splitLevelSuffix } from './levelSuffix.js';
import { searchKey } from './searchKey.js';
import type { IsoDate } from '../../kernel/dates.js';
import type { LevelRecord, ProductRecord } from '../policy/lifecycleTypes.js';
import { phaseProfile, type PhaseProfile } from '../policy/phaseProfile.js';
import { supportPhaseOn, type PhaseAnswer, type SupportPhase } from '../policy/supportPhase.js';
import { componentOnParent, followsParent } from '../policy/componentSupport.js';
import { isProblem, problem, type Problem } from '../../kernel/problem.js';
import { textProblem } from '../../kernel/text.js';
import type { ParentLink } from './componentParents.js';

/** A level as the API shows it: published or derived end (L-SP). */
export interface LevelView {
  code: string;
  label: string;
  kind: string;
  start: IsoDate | null;
  end: IsoDate | null;
  endSource: 'PUBLISHED' | 'DERIVED';
}

/** A parent a component follows, with the component's phase and last day there on the asked date. */
export interface ParentView {
  product: ProductRecord;
  phase: SupportPhase;
  supportEnds: IsoDate | null;
  /** The day Microsoft ended the component on this parent, when before the parent's end. */
  until: IsoDate | null;
}

export interface PhaseView extends Omit<PhaseAnswer, 'paidEsu'> {
  product: ProductRecord;
  level: LevelView | null;
  paidEsu: LevelView | null;
  /** For a component: the product the answer is on (given as parent, or its only parent). */
  parent: ProductRecord | null;
  /** For a component asked without a parent: the products it follows (phase FOLLOWS_PARENT). */
  parents: ParentView[];
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
 * A component (policy COMPONENT: IE, .NET Framework, PowerShell, IIS, WSUS …) follows its parent: with
 * `parent` the answer is its phase on that product; without, the phase on its only parent, or
 * FOLLOWS_PARENT listing the parents when it would otherwise be an open-ended MAINSTREAM.
 */
export function lookupPhase(catalogue: Catalogue, name: string, date: IsoDate, level?: string | null, parent?: string | null): PhaseView | LookupFailure {
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
  if (parent?.trim()) return onParent(catalogue, product, levelView, date, parent.trim());
  const own = answerOf(memo, product, levelView, date);
  if (product.policy !== 'COMPONENT' || !(own.phase === 'MAINSTREAM' && own.phaseEnds === null)) return own;
  // A component with no end of its own: the parents it follows.
  const links = catalogue.parentsOf(product).filter((l) => levelView === null || l.levelCode === null || l.levelCode === levelView.code);
  if (links.length === 1) return componentAnswer(product, levelView, links[0]!, date);
  const parents = links.map((l) => componentAnswer(product, levelView, l, date)).map((a, i) => ({ product: links[i]!.parent, phase: a.phase, supportEnds: a.supportEnds, until: links[i]!.until }));
  const answer = followsParent(product, date, parents.map((p, i) => ({ parent: p.product, answer: answerOnLink(product, levelView, links[i]!, date) })));
  return { ...answer, levelCode: levelView?.code ?? null, product, level: levelView, paidEsu: null, parent: null, parents };
}

function answerOf(memo: ProductMemo, product: ProductRecord, levelView: LevelView | null, date: IsoDate): PhaseView {
  const answer = supportPhaseOn(memo.profile, date, levelView?.code ?? null);
  const esu = answer.paidEsu ? memo.byCode.get(answer.paidEsu.code) : undefined;
  return asView(answer, { product, level: levelView, paidEsu: esu === undefined ? null : memo.views[esu]!, parent: null, parents: [] });
}

type ViewFields = Pick<PhaseView, 'product' | 'level' | 'paidEsu' | 'parent' | 'parents'> & Partial<Pick<PhaseView, 'levelCode' | 'notes' | 'dateSource'>>;

/**
 * A view completed from `answer` in place: a spread copy would lose the entitlements, notes and citations
 * supportPhase computes on first read (supportPhase.ts). `answer` must be the caller's own: supportPhaseOn
 * returns a new one per call.
 */
function asView(answer: PhaseAnswer, fields: ViewFields): PhaseView {
  return Object.assign(answer, fields) as unknown as PhaseView;
}

/** The component's own last day where it has one (a level's published end, or the product's). */
function ownEnd(product: ProductRecord, levelView: LevelView | null): IsoDate | null {
  if (levelView) return levelView.end;
  return memoOf(product).profile.dates.lastSupportDay;
}

// The component on one parent, memoised per (component, parent, level): records are immutable.
const onParentMemo = new WeakMap<ProductRecord, Map<string, PhaseProfile>>();

function answerOnLink(product: ProductRecord, levelView: LevelView | null, link: ParentLink, date: IsoDate): PhaseAnswer {
  let byParent = onParentMemo.get(product);
  if (!byParent) onParentMemo.set(product, (byParent = new Map()));
  const key = `${link.parent.slug}\u0000${levelView?.code ?? ''}\u0000${link.until ?? ''}`;
  let profile = byParent.get(key);
  if (!profile) byParent.set(key, (profile = phaseProfile(componentOnParent(product, link.parent, link.until, ownEnd(product, levelView)))));
  const answer = supportPhaseOn(profile, date);
  const parentDates = memoOf(link.parent).profile.dates;
  if (parentDates.derived.length > 0) answer.dateSource = 'DERIVED';
  return answer;
}

function componentAnswer(product: ProductRecord, levelView: LevelView | null, link: ParentLink, date: IsoDate): PhaseView {
  const answer = answerOnLink(product, levelView, link, date);
  const parentMemo = memoOf(link.parent);
  const esu = answer.paidEsu ? parentMemo.byCode.get(answer.paidEsu.code) : undefined;
  const until = link.until ? ` Microsoft ended it there on ${link.until}.` : '';
  const note = `${product.name} is a component: on ${link.parent.name} it is supported as long as ${link.parent.name} is.${until}`;
  return asView(answer, {
    levelCode: levelView?.code ?? null,
    product,
    level: levelView,
    paidEsu: esu === undefined ? null : parentMemo.views[esu]!,
    notes: [note, ...answer.notes],
    parent: link.parent,
    parents: [],
  });
}

/** `parent: "…"` given: the component's phase on that product, or why not. */
function onParent(catalogue: Catalogue, product: ProductRecord, levelView: LevelView | null, date: IsoDate, parentName: string): PhaseView | LookupFailure {
  if (product.policy !== 'COMPONENT') {
    return problem('BAD_USER_INPUT', `${product.name} is not a component of another product: ask without parent`);
  }
  const found = catalogue.resolve(parentName);
  if (!found.ok) return problem(found.code, `parent: ${found.message}`, found.candidates);
  const links = catalogue.parentsOf(product);
  const onIt = links.filter((l) => l.parent === found.product);
  const link = onIt.find((l) => levelView === null || l.levelCode === null || l.levelCode === levelView.code);
  if (!link) {
    const names = [...new Set(links.map((l) => l.parent.name))];
    const why = names.length ? `it runs on ${names.slice(0, 8).join(', ')}${names.length > 8 ? ' …' : ''}` : 'the catalogue records no parent product for it';
    return problem('BAD_USER_INPUT', `${product.name} is not a component of ${found.product.name} in the catalogue: ${why}`, names.slice(0, 5));
  }
  // A component with a level per parent (IIS 10 on Windows Server 2016): that level, when none was asked.
  const matched = !levelView && link.levelCode ? matchLevel(product, link.levelCode) : null;
  return componentAnswer(product, levelView ?? (matched && !isProblem(matched) ? matched : null), link, date);
}
