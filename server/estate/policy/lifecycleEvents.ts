/**
 * Lifecycle events of an estate (docs/domain.md §1): the last day of mainstream support, of extended support and
 * of each support level. Dates are the effective ones (effectiveDates, servicePackSupport): published
 * where the catalogue has them, else derived and flagged DERIVED. An end date is the last day of its
 * phase (docs/domain.md §1 Interpretation), so the event falls on the last supported day.
 *
 * Decisions:
 * - One MAINSTREAM_END / EXTENDED_END per product, however many estate rows name it; counts are summed.
 * - A product without an extended phase (L-EXTENDED: consumer, mainstream-only, Modern/Online) gets one
 *   MAINSTREAM_END that says it is the last day of support.
 * - A row with a level gets that level's end (ESU years included). A row without one gets the ends of the
 *   RTM/service-pack/version levels that end before the product does (the last level ends with the
 *   product and is already the product's event); their count is unknown (null).
 */
import { addDays, type IsoDate } from '../../kernel/dates.js';
import { lifecycleCitation, type Citation } from '../../kernel/citations.js';
import { effectiveDates, type EffectiveDates } from '../../lifecycle/policy/effectiveDates.js';
import type { ProductRecord } from '../../lifecycle/policy/lifecycleTypes.js';
import { levelSupports, type LevelSupport } from '../../lifecycle/policy/servicePackSupport.js';
import type { EstateEntry, EventDraft } from './upcomingEvents.js';

const sum = (counts: (number | null)[]): number | null => {
  const known = counts.filter((c): c is number => c !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
};

export function lifecycleEvents(estate: readonly EstateEntry[]): EventDraft[] {
  const bySlug = new Map<string, { product: ProductRecord; entries: EstateEntry[] }>();
  for (const e of estate) {
    const group = bySlug.get(e.product.slug) ?? { product: e.product, entries: [] };
    group.entries.push(e);
    bySlug.set(e.product.slug, group);
  }
  return [...bySlug.values()].flatMap(({ product, entries }) => [
    ...productEvents(product, sum(entries.map((e) => e.count))),
    ...levelEvents(product, entries),
  ]);
}

function productRef(p: ProductRecord, level: LevelSupport | null = null) {
  return { slug: p.slug, name: p.name, levelCode: level?.code ?? null, levelLabel: level?.label ?? null };
}

function productEvents(p: ProductRecord, count: number | null): EventDraft[] {
  const d = effectiveDates(p);
  const events: EventDraft[] = [];
  const base = { product: productRef(p), subscription: null, count };
  const hasExtended = d.extendedEnd !== null && (d.mainstreamEnd === null || d.extendedEnd > d.mainstreamEnd);
  if (d.mainstreamEnd !== null && hasExtended) {
    const next = addDays(d.mainstreamEnd, 1);
    events.push({
      ...base,
      key: `MAINSTREAM_END:${p.slug}`,
      kind: 'MAINSTREAM_END',
      date: d.mainstreamEnd,
      title: `${p.name}: last day of mainstream support`,
      description:
        `${d.mainstreamEnd} is the last day of mainstream support for ${p.name}. From ${next} it is in extended support until ` +
        `${d.extendedEnd}: security updates continue, but free support, non-security hotfixes (only with a paid Extended Hotfix ` +
        `Support agreement), warranty claims and design-change requests end.`,
      dateSource: d.derived.includes('mainstreamEnd') ? 'DERIVED' : 'PUBLISHED',
      citations: [
        lifecycleCitation('L-MAINSTREAM', 'Mainstream support (free support, hotfixes, warranty, design changes) ends on this day.'),
        lifecycleCitation('L-EXTENDED', 'Extended support follows: security updates and paid support only.'),
      ],
    });
  }
  const last = hasExtended ? d.extendedEnd : d.mainstreamEnd;
  if (last !== null) events.push({ ...base, ...supportEnd(p, d, last, hasExtended) });
  return events;
}

/** The product's last support day: EXTENDED_END, or MAINSTREAM_END where no extended phase exists. */
function supportEnd(p: ProductRecord, d: EffectiveDates, last: IsoDate, hasExtended: boolean) {
  const next = addDays(last, 1);
  const esuEnd = p.levels.filter((l) => l.kind === 'ESU' && l.end !== null && l.end > last).map((l) => l.end!).sort().at(-1);
  const esu = esuEnd ? ` Paid Extended Security Updates are published until ${esuEnd}.` : '';
  const citations: Citation[] = [
    lifecycleCitation('L-SEC', 'Security updates end with the last day of support.'),
    lifecycleCitation('L-SELFHELP', 'Online self-help stays available for at least 12 months after end of support.'),
  ];
  if (p.policy === 'ONLINE') {
    citations.unshift(lifecycleCitation('L-ONLINE-END', 'An Online Service is ended with at least 12 months’ notice; data is kept at least 30 days for migration.'));
  } else if (!hasExtended) {
    citations.unshift(lifecycleCitation('L-EXTENDED', 'No extended phase follows for this product, so mainstream end is the end of support.'));
  } else {
    citations.unshift(lifecycleCitation('L-EXTENDED', 'Extended support (security updates, paid support) ends on this day.'));
  }
  const what = hasExtended ? 'extended support' : 'support (no extended phase follows)';
  const derived = hasExtended ? d.derived.includes('extendedEnd') : d.derived.includes('mainstreamEnd');
  return {
    key: `${hasExtended ? 'EXTENDED_END' : 'MAINSTREAM_END'}:${p.slug}`,
    kind: hasExtended ? ('EXTENDED_END' as const) : ('MAINSTREAM_END' as const),
    date: last,
    title: `${p.name}: last day of ${hasExtended ? 'extended support' : 'support'}`,
    description:
      `${last} is the last day of ${what} for ${p.name}. From ${next} there are no security updates or support under ` +
      `Microsoft's policy; online self-help remains for at least 12 months.${esu}`,
    dateSource: derived ? ('DERIVED' as const) : ('PUBLISHED' as const),
    citations,
  };
}

function levelEvents(p: ProductRecord, entries: EstateEntry[]): EventDraft[] {
  const levels = levelSupports(p);
  const last = effectiveDates(p).lastSupportDay;
  const wanted = new Map<string, { level: LevelSupport; counts: (number | null)[]; explicit: boolean }>();
  for (const e of entries) {
    if (e.levelCode !== null) {
      const level = levels.find((l) => l.code.toUpperCase() === e.levelCode!.toUpperCase());
      if (!level) continue; // a level the catalogue no longer has: the caller reports it
      const w = wanted.get(level.code) ?? { level, counts: [], explicit: true };
      w.explicit = true;
      w.counts.push(e.count);
      wanted.set(level.code, w);
    } else {
      for (const level of levels) {
        if (level.kind === 'ESU' || level.end === null || (last !== null && level.end >= last)) continue;
        if (!wanted.has(level.code)) wanted.set(level.code, { level, counts: [], explicit: false });
      }
    }
  }
  const events: EventDraft[] = [];
  for (const { level, counts } of wanted.values()) {
    // A level that ends with the product is already the product's own last-day event.
    if (level.end === null || (level.kind !== 'ESU' && level.end === last)) continue;
    events.push({
      key: `LEVEL_END:${p.slug}:${level.code}`,
      kind: 'LEVEL_END',
      date: level.end,
      title: `${p.name} ${level.label}: last day of support for this level`,
      description: levelDescription(p, level, levels),
      dateSource: level.source,
      product: productRef(p, level),
      subscription: null,
      count: sum(counts),
      citations: level.kind === 'ESU' ? level.citations : [...level.citations, lifecycleCitation('L-SP', 'On an unsupported level only limited troubleshooting is given: no hotfixes or security updates.')],
    });
  }
  return events;
}

function levelDescription(p: ProductRecord, level: LevelSupport, levels: LevelSupport[]): string {
  const end = level.end!;
  if (level.kind === 'ESU') {
    return `${end} is the last day of ${level.label} for ${p.name}: paid Extended Security Updates for this year end.`;
  }
  const successor = levels.find((l) => l.kind !== 'ESU' && l.ordinal > level.ordinal && (l.end === null || l.end > end));
  const upgrade = successor ? ` Move to ${successor.label} (${successor.code}) to stay supported.` : '';
  const why = level.notes.length ? ` ${level.notes.join(' ')}` : '';
  return (
    `${end} is the last day ${p.name} ${level.label} is supported. Afterwards this level gets limited troubleshooting only: ` +
    `no hotfixes and no security updates.${upgrade}${why}`
  );
}
