/**
 * seed/lifecycle/product-facts.json → catalogue products. The file holds hand-checked facts for the
 * products the source documents name; most of them are also in Microsoft's or endoflife.date's data and
 * the merge drops those (merge.ts). What only this file has: Windows NT 4.0, Office 2000, Windows Live
 * Mail and Dynamics CRM Online.
 *
 * Decisions:
 * - Windows NT 4.0 becomes three products (Workstation, Server, Embedded): each edition has its own
 *   support dates, and a bare "Windows NT 4.0" then resolves as ambiguous, listing the three.
 * - Start dates are read from the leading `YYYY-MM-DD` of the text; "1999-06 (launch …)" and
 *   "2008 (…)" give no date rather than an invented day.
 * - A product without any date is kept only for the ONLINE policy (Dynamics CRM Online): online
 *   services are answered by notice periods (L-ONLINE-*), not by dates.
 * - `confidence` is not part of ProductRecord; it is returned as a note per product (the seed
 *   catalogue lists them) so the low-confidence NT 4.0 and Office 2000 dates stay visible.
 */
import type { IsoDate } from '../../kernel/dates.js';
import { isIsoDate } from '../../kernel/dates.js';
import type { LifecyclePolicy, ProductRecord } from '../policy/lifecycleTypes.js';
import { aliasesFor } from './aliases.js';
import { categoryFor, familyFor, spFamilyFor } from './classify.js';
import type { Converted, Skipped } from './convertMicrosoft.js';
import { normaliseWhitespace } from '../catalogue/englishName.js';
import { toLevels } from './levels.js';

export interface FactsNote {
  slug: string;
  note: string;
}

type Fact = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? normaliseWhitespace(v) : '');
const list = (v: unknown): Fact[] => (Array.isArray(v) ? v.filter((x): x is Fact => typeof x === 'object' && x !== null) : []);

/** The leading ISO date of a text such as "2012-08-07 (Windows Essentials 2012 release …)". */
export function leadingDate(v: unknown): IsoDate | null {
  const m = /^(\d{4}-\d{2}-\d{2})\b/.exec(str(v));
  return m && isIsoDate(m[1]) ? m[1] : null;
}

/** Policy from the free-text `policy` field. */
export function factsPolicy(text: string): LifecyclePolicy {
  if (/^online/i.test(text)) return 'ONLINE';
  if (/mainstream[- ]only|consumer|hardware|device OS/i.test(text)) return 'FIXED_MAINSTREAM_ONLY';
  return 'FIXED';
}

/** Microsoft-style slug: "Windows NT 4.0 Workstation" → "windows-nt-40-workstation". */
export function factsSlug(name: string): string {
  return name.toLowerCase().replace(/\./g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** "Service Pack 6a (final; …)" → "Service Pack 6a"; "SP3 was the final …" → "Service Pack 3". */
function releaseLabel(text: string): string {
  const sp = /^(?:Service Pack|SP) ?(\d+[a-z]?)\b/i.exec(text);
  return sp ? `Service Pack ${sp[1]}` : text.replace(/\s*\(.*$/, '');
}

const MONTHS: Readonly<Record<string, string>> = { Jan: 'January', Feb: 'February', Mar: 'March', Apr: 'April', Jun: 'June', Jul: 'July', Aug: 'August', Sep: 'September', Oct: 'October', Nov: 'November', Dec: 'December' };

interface Draft {
  name: string;
  extra: string[];
  policy: LifecyclePolicy;
  start: IsoDate | null;
  mainstreamEnd: IsoDate | null;
  extendedEnd: IsoDate | null;
  releases: Fact[];
}

/** One fact → one or more drafts (editions, versions and example devices become separate products). */
function drafts(fact: Fact): Draft[] {
  const full = str(fact.name);
  const paren = /^(.*?) \((.*)\)$/.exec(full);
  const name = paren ? paren[1]! : full;
  const extra = paren ? [full, paren[2]!] : [];
  const policy = factsPolicy(str(fact.policy));
  const base = { policy, start: leadingDate(fact.start), releases: list(fact.releases) };
  if (typeof fact.editions === 'object' && fact.editions !== null) {
    return Object.entries(fact.editions as Record<string, Fact>).map(([edition, d]) => ({
      ...base, name: `${name} ${edition}`, extra: [], mainstreamEnd: leadingDate(d.mainstreamEnd), extendedEnd: leadingDate(d.extendedEnd),
    }));
  }
  if (Array.isArray(fact.versions)) {
    return list(fact.versions).map((v) => {
      const label = str(v.version);
      const code = /\((\w+)\)$/.exec(label)?.[1] ?? label;
      const released = /^released (\w{3}) (\d{4})/.exec(label);
      return {
        ...base, releases: [], name: `${name} ${code}`, start: leadingDate(v.start), mainstreamEnd: leadingDate(v.mainstreamEnd), extendedEnd: leadingDate(v.extendedEnd),
        extra: released ? [`${name}, released in ${MONTHS[released[1]!] ?? released[1]} ${released[2]}`] : [],
      };
    });
  }
  if (Array.isArray(fact.examples)) {
    return list(fact.examples).flatMap((e) => str(e.device).split(' / ').map((device) => ({
      ...base, releases: [], name: device, extra: [], start: leadingDate(e.release), mainstreamEnd: leadingDate(e.endOfServicing), extendedEnd: null,
    })));
  }
  return [{ ...base, name, extra, mainstreamEnd: leadingDate(fact.mainstreamEnd), extendedEnd: leadingDate(fact.extendedEnd) }];
}

function toProduct(d: Draft): ProductRecord {
  const family = familyFor([d.name.split(' ')[0]!.toLowerCase()], d.name);
  const category = categoryFor({ name: d.name, family, policy: d.policy, hasExtendedEnd: d.extendedEnd !== null });
  const releases = d.releases.map((r) => ({ version: releaseLabel(str(r.version)), start: leadingDate(r.start), end: leadingDate(r.end) }));
  return {
    slug: factsSlug(d.name), name: d.name, aliases: aliasesFor(d.name, d.extra), family, policy: d.policy, category,
    spFamily: spFamilyFor(family, d.name, category), generalAvailability: d.start, mainstreamEnd: d.mainstreamEnd,
    extendedEnd: d.extendedEnd, retirement: null, levels: toLevels(releases, d.name), source: 'PRODUCT_FACTS',
  };
}

/** The whole facts file → products, unusable entries, and a confidence note per product that has one. */
export function convertFacts(raw: unknown): Converted & { notes: FactsNote[] } {
  const facts = typeof raw === 'object' && raw !== null ? list((raw as Fact).products) : [];
  if (facts.length === 0) throw new Error('product facts must be an object with a non-empty "products" array');
  const products: ProductRecord[] = [];
  const skipped: Skipped[] = [];
  const notes: FactsNote[] = [];
  for (const fact of facts) {
    if (!str(fact.name)) {
      skipped.push({ id: JSON.stringify(fact).slice(0, 60), reason: 'malformed fact: no name' });
      continue;
    }
    for (const product of drafts(fact).map(toProduct)) {
      const dated = product.generalAvailability || product.mainstreamEnd || product.extendedEnd;
      if (!dated && product.policy !== 'ONLINE') skipped.push({ id: product.slug, reason: 'no dates at all' });
      else products.push(product);
      if (str(fact.confidence)) notes.push({ slug: product.slug, note: `confidence ${str(fact.confidence)}` });
    }
  }
  return { products, skipped, notes };
}
