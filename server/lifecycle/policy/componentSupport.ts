/**
 * A component on its parent product (docs/domain.md §1 "Components follow their parent"; L-POLICY):
 * Microsoft's component policy gives Internet Explorer, .NET Framework, Windows PowerShell, IIS, WSUS …
 * no lifecycle of their own — a component is supported as long as the product it is installed on. Its
 * phases on a parent are the parent's (dates, category, paid ESU years), never past the day Microsoft
 * ended the component there ('until', e.g. IE 11 on Windows 10 Semi-Annual Channel 2022-06-14) or its
 * own published end.
 */
import { minDate, type IsoDate } from '../../kernel/dates.js';
import { effectiveDates } from './effectiveDates.js';
import { cite, LIFECYCLE_RULES } from './lifecycleRules.js';
import type { ProductRecord } from './lifecycleTypes.js';
import type { PhaseAnswer } from './supportPhase.js';

const earliest = (dates: readonly (IsoDate | null)[]): IsoDate | null => {
  const known = dates.filter((d): d is IsoDate => d !== null);
  return known.length ? known.reduce(minDate) : null;
};

/**
 * The lifecycle of `component` on `parent`, as a product record the phase engine answers like any other:
 * the parent's effective dates and category, capped at `until` and the component's own last day
 * (`ownEnd`); the parent's ESU years where they still apply.
 */
export function componentOnParent(component: ProductRecord, parent: ProductRecord, until: IsoDate | null, ownEnd: IsoDate | null): ProductRecord {
  const dates = effectiveDates(parent);
  const cap = earliest([until, ownEnd]);
  const capped = (d: IsoDate | null): IsoDate | null => (d === null ? cap : cap === null ? d : minDate(d, cap));
  const policy = parent.policy === 'COMPONENT' ? 'FIXED' : parent.policy;
  const open = policy === 'MODERN' || policy === 'ONLINE';
  const lastDay = capped(dates.lastSupportDay);
  return {
    ...component,
    policy,
    category: parent.category,
    spFamily: parent.spFamily,
    generalAvailability: component.generalAvailability ?? dates.generalAvailability,
    mainstreamEnd: open ? capped(dates.mainstreamEnd) : capped(dates.mainstreamEnd ?? dates.lastSupportDay),
    extendedEnd: open ? null : dates.extendedEnd === null ? null : lastDay,
    retirement: open ? capped(parent.retirement ?? dates.mainstreamEnd) : null,
    // The parent's paid ESU years cover the component only when Microsoft did not end it there earlier.
    levels: cap !== null && dates.lastSupportDay !== null && cap < dates.lastSupportDay ? [] : parent.levels.filter((l) => l.kind === 'ESU'),
  };
}

/** A parent of a component and the component's answer on it (the phase there, its last day). */
export interface ParentPhase {
  parent: ProductRecord;
  answer: PhaseAnswer;
}

/**
 * A component asked about without the product it runs on: FOLLOWS_PARENT, no end of its own, and the
 * parents it follows with their phase and last support day on the date (none known: it says so).
 */
export function followsParent(component: ProductRecord, date: IsoDate, parents: readonly ParentPhase[]): PhaseAnswer {
  const rule = LIFECYCLE_RULES.componentFollowsParent;
  const listed = parents.slice(0, 6).map((p) => `${p.parent.name} (${p.answer.phase}${p.answer.supportEnds ? `, support ${p.answer.supportEnds < date ? 'ended' : 'ends'} ${p.answer.supportEnds}` : ''})`);
  const more = parents.length > 6 ? ` and ${parents.length - 6} more` : '';
  const note = parents.length > 0
    ? `${component.name} is a component: it has no end date of its own and is supported as long as the product it is installed on — ${listed.join('; ')}${more}. Ask with parent: "<product>" for its phase there.`
    : `${component.name} is a component: it has no end date of its own and is supported as long as the product it is installed on; the catalogue records none for it, so check that product's lifecycle.`;
  return {
    date,
    levelCode: null,
    phase: 'FOLLOWS_PARENT',
    phaseEnds: null,
    nextPhase: null,
    daysLeft: null,
    generalAvailability: component.generalAvailability,
    mainstreamEnds: null,
    extendedEnds: null,
    supportEnds: null,
    selfHelpEnds: null,
    selfHelpMinimum: false,
    dateSource: parents.some((p) => p.answer.dateSource === 'DERIVED') ? 'DERIVED' : 'PUBLISHED',
    levelSupported: null,
    paidEsu: null,
    entitlements: [],
    notes: [note],
    citations: [cite(rule)],
  };
}
