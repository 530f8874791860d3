/**
 * A list of product names as anyone types them ("Windows 7", "SQL Server 2016 SP2") turned into estate
 * entries for the anonymous forms (upcomingForProducts, /calendar/products.ics). Names that do not resolve
 * are problems with the catalogue's candidates, not a failure of the whole list; repeats count once.
 */
import type { Catalogue } from '../lifecycle/catalogue/catalogue.js';
import type { IsoDate } from '../kernel/dates.js';
import type { EstateEntry } from './policy/upcomingEvents.js';
import { isFailure, lookupPhase } from '../lifecycle/catalogue/phaseLookup.js';
import type { NameProblem } from './tenantRecords.js';
import { LIMITS } from '../kernel/limits.js';
import { textLength } from '../kernel/text.js';

export async function resolveProductList(
  catalogue: Catalogue,
  names: readonly string[],
  today: IsoDate,
  /** Called every 50 names: a turn of the event loop, so a long list does not hold it. */
  pause: () => Promise<void> = async () => {},
): Promise<{ entries: EstateEntry[]; problems: NameProblem[] }> {
  const entries: EstateEntry[] = [];
  const problems: NameProblem[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of names.entries()) {
    if (i > 0 && i % 50 === 0) await pause();
    const name = raw.trim();
    if (!name || textLength(name) > LIMITS.maxNameLength) {
      problems.push({ input: raw.slice(0, 60), code: 'BAD_USER_INPUT', message: name ? `The product name is longer than ${LIMITS.maxNameLength} characters` : 'The product name is empty', candidates: [] });
      continue;
    }
    const r = lookupPhase(catalogue, name, today);
    if (isFailure(r)) {
      problems.push({ ...r, input: name });
      continue;
    }
    const levelCode = r.level?.code ?? null;
    const key = `${r.product.slug}\u0000${levelCode ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ product: r.product, levelCode, count: null });
  }
  return { entries, problems };
}
