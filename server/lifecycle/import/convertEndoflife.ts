/**
 * endoflife.date cycles (seed/lifecycle/endoflife-microsoft-2026-08.json) → one catalogue product per
 * cycle. Column meanings per product: endoflifeProducts.ts.
 */
import { addDays, isIsoDate } from '../../kernel/dates.js';
import type { IsoDate } from '../../kernel/dates.js';
import type { LevelRecord, LifecyclePolicy, ProductRecord } from '../policy/lifecycleTypes.js';
import { aliasesFor } from './aliases.js';
import { categoryFor, spFamilyFor } from './classify.js';
import type { Converted } from './convertMicrosoft.js';
import { normaliseWhitespace } from '../catalogue/englishName.js';
import { EOL_PRODUCTS, WELL_KNOWN_CYCLE_NAMES } from './endoflifeProducts.js';
import type { EolCycle, EolProductRule } from './endoflifeProducts.js';

const dateOrNull = (v: unknown): IsoDate | null => (isIsoDate(v) ? v : null);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Stable slug: `eol-<product>-<cycle>`, lower case, [a-z0-9-] ("studio-2+" → "eol-surface-studio-2-plus"). */
export function endoflifeSlug(product: string, cycle: string): string {
  const clean = `eol-${product}-${cycle}`.toLowerCase().replace(/\+/g, '-plus').replace(/[^a-z0-9]+/g, '-');
  return clean.replace(/^-+|-+$/g, '');
}

function toCycle(raw: unknown): EolCycle | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!str(r.product) || !str(r.cycle)) return null;
  const booleans = typeof r.booleans === 'object' && r.booleans !== null ? (r.booleans as EolCycle['booleans']) : {};
  return {
    product: str(r.product), productLabel: str(r.productLabel), cycle: str(r.cycle), label: normaliseWhitespace(str(r.label) || str(r.cycle)),
    releaseDate: dateOrNull(r.releaseDate), mainstreamEnd: dateOrNull(r.mainstreamEnd), extendedEnd: dateOrNull(r.extendedEnd),
    eoes: dateOrNull(r.eoes), lts: r.lts === true, booleans,
  };
}

function displayName(rule: EolProductRule, c: EolCycle): string {
  const label = normaliseWhitespace(rule.label ? rule.label(c.label) : c.label);
  const whole = label.toLowerCase().startsWith(rule.base.toLowerCase()) || rule.fullName?.test(label);
  return whole ? label : `${rule.base} ${label}`;
}

/** endoflife.date's edition markers: "(E)" Enterprise and Education, "(W)" Home and Pro (the "workstation" editions). */
const EDITION_MARKERS: Readonly<Record<string, readonly [string, string]>> = { E: ['Enterprise', 'Education'], W: ['Home', 'Pro'] };

/**
 * The name users read for endoflife.date's "Windows 11 24H2 (E)": "Windows 11 Enterprise and Education
 * 24H2", as Microsoft names the editions' lifecycles (its pages "Windows 11 Enterprise and Education",
 * "Windows 11 Home and Pro"); the marker name stays an alias. Other names are unchanged.
 */
export function editionName(labelName: string): string {
  const m = /^Windows (1\d) (\S+) \(([EW])\)$/.exec(labelName);
  if (!m) return labelName;
  const [a, b] = EDITION_MARKERS[m[3]!]!;
  return `Windows ${m[1]} ${a} and ${b} ${m[2]}`;
}

/**
 * Names of the editions an endoflife.date Windows 10/11 cycle covers: "(E)" the Enterprise and Education
 * names, "(W)" the Home and Pro ones; an unmarked feature update covers both.
 */
function windowsEditionAliases(name: string, c: EolCycle): string[] {
  const m = /^Windows (1\d) (\S+)(?: \(([EW])\))?$/.exec(name);
  if (c.product !== 'windows' || !m) return [];
  const [, major, version, marker] = m;
  const editions = marker ? [EDITION_MARKERS[marker]!] : [EDITION_MARKERS.E!, EDITION_MARKERS.W!];
  return editions.flatMap(([a, b]) => [`Windows ${major} ${a} and ${b} ${version}`, `Windows ${major} ${a} ${version}`, `Windows ${major} ${b} ${version}`]);
}

function extraNames(labelName: string, c: EolCycle): string[] {
  const extra = windowsEditionAliases(labelName, c);
  const channel = /^(Windows Server \S+) (SAC|AC)$/.exec(labelName);
  if (channel) extra.push(channel[1]!);
  return extra;
}

export function convertEndoflifeCycle(raw: unknown): ProductRecord | { id: string; reason: string } {
  const c = toCycle(raw);
  if (!c) return { id: JSON.stringify(raw).slice(0, 60), reason: 'malformed row: no product or cycle' };
  const slug = endoflifeSlug(c.product, c.cycle);
  const rule = EOL_PRODUCTS[c.product];
  if (!rule) return { id: slug, reason: `no column mapping for endoflife.date product '${c.product}'` };
  if (c.booleans.eol === true) return { id: slug, reason: 'ended on a date the source does not give (endoflife.date: eol = true)' };
  // `eol: false` = no end date set: the release is serviced until further notice, like a Modern
  // product; a FIXED cycle without an end is therefore MODERN (components and online services keep theirs).
  let policy: LifecyclePolicy = rule.policy(c);
  if (c.booleans.eol === false && policy === 'FIXED') policy = 'MODERN';
  const twoPhases = rule.phases === 'FIXED' && policy === 'FIXED';
  const lastDay = c.extendedEnd ?? c.mainstreamEnd;
  const mainstreamEnd = twoPhases ? c.mainstreamEnd : lastDay;
  const extendedEnd = twoPhases ? c.extendedEnd : null;
  if (!c.releaseDate && !mainstreamEnd && !extendedEnd) return { id: slug, reason: 'no dates at all' };
  // endoflife.date labels a Windows LTSC release like the feature update ("11 24H2 (E)"); mark it so the
  // two products do not share a name.
  const labelName = displayName(rule, c) + (c.lts && c.product === 'windows' ? ' LTSC' : '');
  const name = WELL_KNOWN_CYCLE_NAMES[`${c.product}:${c.cycle}`] ?? (c.product === 'windows' ? editionName(labelName) : labelName);
  const levels: LevelRecord[] = [{ code: 'RTM', label: 'Original Release', kind: 'RTM', ordinal: 0, start: c.releaseDate, end: lastDay }];
  if (c.eoes && rule.eoes) {
    levels.push({ code: rule.eoes.code, label: rule.eoes.label, kind: 'ESU', ordinal: 1, start: lastDay ? addDays(lastDay, 1) : null, end: c.eoes });
  }
  const category = categoryFor({ name, family: rule.family, policy, hasExtendedEnd: extendedEnd !== null });
  const extra = [...(name === labelName ? [] : [labelName]), ...extraNames(labelName, c)];
  return {
    slug,
    name,
    aliases: aliasesFor(name, extra),
    family: rule.family,
    policy,
    category,
    spFamily: rule.spFamily ?? spFamilyFor(rule.family, name, category),
    generalAvailability: c.releaseDate,
    mainstreamEnd,
    extendedEnd,
    retirement: policy === 'MODERN' || policy === 'ONLINE' ? lastDay : null,
    levels,
    source: 'ENDOFLIFE_DATE',
  };
}

/** Whole file (an array of cycles) → products in file order, plus the cycles that could not be used. */
export function convertEndoflife(raw: unknown): Converted {
  if (!Array.isArray(raw)) throw new Error('endoflife.date data must be an array of release cycles');
  const out: Converted = { products: [], skipped: [] };
  const slugs = new Set<string>();
  for (const row of raw) {
    const result = convertEndoflifeCycle(row);
    if (!('slug' in result)) out.skipped.push(result);
    else if (slugs.has(result.slug)) out.skipped.push({ id: result.slug, reason: 'duplicate cycle' });
    else {
      slugs.add(result.slug);
      out.products.push(result);
    }
  }
  return out;
}
