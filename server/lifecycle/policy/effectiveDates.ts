/**
 * A product's effective lifecycle dates: the published ones, with gaps filled from the category defaults
 * of L-POLICY and flagged as derived (docs/domain.md §1: published dates always win; the defaults only fill in
 * what a catalogue row leaves out).
 *
 * Decisions, each tested:
 * - Extended phase: only FIXED (and COMPONENT) products of a category that has one (L-EXTENDED:
 *   none for consumer, consumer hardware, multimedia; FIXED_MAINSTREAM_ONLY has none by definition).
 * - A FIXED row that publishes a mainstream end but no extended end has no extended phase: Microsoft
 *   lists such products (Office 2016 for Mac …) without extended support. Only a row with no end date at
 *   all gets both ends derived from GA (5 + 5 years, 5, or 4 by category).
 * - A row with an extended end but no mainstream end gets GA + the mainstream default, capped at the
 *   extended end, so no mainstream end is invented after the last support day (Windows 8's data).
 * - In a category without an extended phase, a lone published extended end is read as the last day of
 *   (mainstream) support, flagged derived.
 * - MODERN and ONLINE products have no fixed end: their end is the announced retirement or published
 *   end, else none. COMPONENT products follow their parent, so nothing is derived for them.
 */
import { addMonths, minDate, type IsoDate } from '../../kernel/dates.js';
import type { Citation } from '../../kernel/citations.js';
import type { ProductRecord } from './lifecycleTypes.js';
import { cite, LIFECYCLE_RULES, phaseLengths } from './lifecycleRules.js';

export type DerivedDate = 'mainstreamEnd' | 'extendedEnd';

export interface EffectiveDates {
  generalAvailability: IsoDate | null;
  mainstreamEnd: IsoDate | null;
  /** null when the product has no extended phase. */
  extendedEnd: IsoDate | null;
  /** The last day of any support: extended end, else mainstream end; null when open-ended. */
  lastSupportDay: IsoDate | null;
  lastSupportDayDerived: boolean;
  /** Which of the dates above came from defaults rather than the catalogue. */
  derived: DerivedDate[];
  /** Plain-English explanations of each derivation, for the answer's notes. */
  notes: string[];
  citations: Citation[];
}

export function effectiveDates(product: ProductRecord): EffectiveDates {
  const ga = product.generalAvailability;
  if (product.policy === 'MODERN' || product.policy === 'ONLINE') {
    const ends = [product.retirement, product.mainstreamEnd].filter((d): d is IsoDate => d !== null);
    const end = ends.length > 0 ? ends.reduce(minDate) : null;
    return result(ga, end, null, [], [cite(LIFECYCLE_RULES.policyScope)], []);
  }

  const lengths = phaseLengths(product.category);
  const citations = [cite(lengths)];
  const extendedAllowed = product.policy !== 'FIXED_MAINSTREAM_ONLY' && lengths.extendedMonths !== null;
  if (!extendedAllowed) citations.push(cite(LIFECYCLE_RULES.extendedNotOffered));
  const mainstreamMonths = product.policy === 'COMPONENT' ? null : lengths.mainstreamMonths;
  const fromGa = (months: number) => `derived from general availability (${ga}) + ${months} months, the ${product.category} default; no date is published`;
  const published = { mainstream: product.mainstreamEnd, extended: product.extendedEnd };
  const none = 'No end date is published and none can be derived: the dates are shown as open-ended.';

  if (!extendedAllowed) {
    if (published.mainstream) return result(ga, published.mainstream, null, [], citations, []);
    if (published.extended) {
      const note = `End of support ${published.extended} is read from the published extended end: this product has no extended phase.`;
      return result(ga, published.extended, null, ['mainstreamEnd'], citations, [note]);
    }
    if (ga && mainstreamMonths !== null) {
      const end = addMonths(ga, mainstreamMonths);
      return result(ga, end, null, ['mainstreamEnd'], citations, [`Mainstream end ${end} is ${fromGa(mainstreamMonths)}.`]);
    }
    return result(ga, null, null, [], citations, [none]);
  }

  if (published.mainstream) return result(ga, published.mainstream, published.extended, [], citations, []);
  if (published.extended) {
    if (!ga || mainstreamMonths === null) {
      const note = `Mainstream end is taken as the published extended end ${published.extended}: no GA date or default to derive it from.`;
      return result(ga, published.extended, published.extended, ['mainstreamEnd'], citations, [note]);
    }
    const derived = addMonths(ga, mainstreamMonths);
    const end = minDate(derived, published.extended);
    const capped = end < derived ? `, capped at the published extended end` : '';
    return result(ga, end, published.extended, ['mainstreamEnd'], citations, [`Mainstream end ${end} is ${fromGa(mainstreamMonths)}${capped}.`]);
  }
  if (ga && mainstreamMonths !== null) {
    const total = mainstreamMonths + (lengths.extendedMonths ?? 0);
    // From GA in one step (not mainstream end + 5 years) so a month-end clamp is applied only once.
    const [mainstream, extended] = [addMonths(ga, mainstreamMonths), addMonths(ga, total)];
    const notes = [`Mainstream end ${mainstream} is ${fromGa(mainstreamMonths)}.`, `Extended end ${extended} is ${fromGa(total)}.`];
    return result(ga, mainstream, extended, ['mainstreamEnd', 'extendedEnd'], citations, notes);
  }
  return result(ga, null, null, [], citations, [none]);
}

function result(
  generalAvailability: IsoDate | null,
  mainstreamEnd: IsoDate | null,
  extendedEnd: IsoDate | null,
  derived: DerivedDate[],
  citations: Citation[],
  notes: string[],
): EffectiveDates {
  const lastSupportDayDerived = derived.includes(extendedEnd !== null ? 'extendedEnd' : 'mainstreamEnd');
  return { generalAvailability, mainstreamEnd, extendedEnd, lastSupportDay: extendedEnd ?? mainstreamEnd, lastSupportDayDerived, derived, notes, citations };
}
