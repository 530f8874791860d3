/**
 * Release rows ("Original Release", "Service Pack 2", "Extended Security Update Year 1*", "Version 21H2",
 * "Update 5" …) → LevelRecord. A level is what `L-SP` calls a service-pack level: full support needs the
 * supported level, so the code must be something users type ("SP1", "21H2") and the order must be right.
 */
import { isIsoDate } from '../../kernel/dates.js';
import type { IsoDate } from '../../kernel/dates.js';
import type { LevelKind, LevelRecord } from '../policy/lifecycleTypes.js';
import { normaliseWhitespace } from '../catalogue/englishName.js';

export interface ReleaseRow {
  version: string;
  start?: unknown;
  end?: unknown;
}

export interface LevelCode {
  code: string;
  kind: LevelKind;
  /** Service-pack number (1.5 for "1a") or ESU year; null for RTM and versions. */
  rank: number | null;
}

/** Upper-case code from free text: dots between digits kept, every other punctuation run a hyphen. */
export function sanitiseCode(text: string): string {
  return text
    .toUpperCase()
    .replace(/(\d)\.(?=\d|X\b)/g, '$1\u0001')
    .replace(/[^A-Z0-9\u0001]+/g, '-')
    .replace(/\u0001/g, '.')
    .replace(/^-+|-+$/g, '');
}

/** Published label, cleaned: whitespace normalised, the footnote marker "*" dropped (its text is not in the data). */
export function cleanLabel(label: string): string {
  return normaliseWhitespace(label.replace(/\*+/g, ' '));
}

const RTM = /^(?:original rel(?:ea|a)se|rtm)\b/i;
const SERVICE_PACK = /^(?:service pack|sp) ?(\d+)([a-z]?)\b/i;
const ESU = /^(?:extended security update|esu) year (\d+)\b/i;
const UPDATE = /^update (\d+(?:\.\d+)*)$/i;
// "Version 21H2", "Version 1.4 (LTS)", "v7.x", "8.1", "Version 17.2 (LTSC channel)" → the version itself.
const BARE_VERSION = /^(?:version\s+)?v?(\d{2}H\d|\d+(?:\.(?:\d+|x))*)(?:\s*\([^)]*\))?$/i;
// "PowerShell Core 6.2" in product "PowerShell", ".NET Core 3.1 (LTS)": up to two words before a dotted version.
const NAMED_VERSION = /^(?:[A-Za-z.]+\s+){1,2}v?(\d+(?:\.(?:\d+|x))+)(?:\s*\([^)]*\))?$/i;
// "2022 release wave 1, version 20.x", "Spring 2019 Update, version 14.x".
const TRAILING_VERSION = /,\s*version\s+(\S+)$/i;

/**
 * Kind and code of one release label. `productName` lets "Windows RT 8.1" in product "Windows RT" become
 * `8.1` and the bare "Windows RT" row its original release.
 */
export function levelCode(label: string, productName: string): LevelCode {
  const text = cleanLabel(label);
  if (RTM.test(text)) return { code: 'RTM', kind: 'RTM', rank: null };
  const sp = SERVICE_PACK.exec(text);
  if (sp) {
    const letter = sp[2]!.toUpperCase();
    return { code: `SP${sp[1]}${letter}`, kind: 'SERVICE_PACK', rank: Number(sp[1]) + (letter ? 0.5 : 0) };
  }
  const esu = ESU.exec(text);
  if (esu) return { code: `ESU${esu[1]}`, kind: 'ESU', rank: Number(esu[1]) };
  const update = UPDATE.exec(text);
  if (update) return { code: `UPDATE${update[1]}`, kind: 'VERSION', rank: null };
  const full = withoutProductName(text, productName);
  if (full === '') return { code: 'RTM', kind: 'RTM', rank: null };
  // A trailing qualifier such as "(LTS)" is not part of the code users type (".NET 6.0 (LTS)" → NET-6.0).
  const rest = full.replace(/\s*\([^)]*\)$/, '') || full;
  const version = BARE_VERSION.exec(rest) ?? NAMED_VERSION.exec(rest) ?? TRAILING_VERSION.exec(rest);
  return { code: sanitiseCode(version ? version[1]! : rest), kind: 'VERSION', rank: null };
}

function withoutProductName(label: string, productName: string): string {
  const lower = label.toLowerCase();
  for (const name of [productName, productName.replace(/^Microsoft /i, '')]) {
    const n = name.toLowerCase();
    if (lower === n) return '';
    if (lower.startsWith(`${n} `)) return label.slice(n.length + 1);
  }
  return label;
}

const KIND_ORDER: Readonly<Record<LevelKind, number>> = { RTM: 0, SERVICE_PACK: 1, VERSION: 2, ESU: 3 };

function dateOrNull(value: unknown): IsoDate | null {
  return isIsoDate(value) ? value : null;
}

/**
 * Levels in order, ordinals 0…n−1: RTM first, then service packs by number, then versions by start
 * date, then ESU years (L-SP: "RTM, SP1, SP2, …"; paid ESU years come after every service pack). With an
 * RTM row the ordinal of SPn is n. A code that repeats (two "Version 1606" rows) falls back to the whole
 * label, so every code is unique within its product.
 */
export function toLevels(releases: readonly ReleaseRow[], productName: string): LevelRecord[] {
  const rows = releases
    .filter((r) => typeof r.version === 'string' && cleanLabel(r.version) !== '')
    .map((r) => ({ ...levelCode(r.version, productName), label: cleanLabel(r.version), start: dateOrNull(r.start), end: dateOrNull(r.end) }));
  rows.sort((a, b) =>
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.rank ?? 0) - (b.rank ?? 0) ||
    (a.start ?? '9999').localeCompare(b.start ?? '9999') ||
    a.label.localeCompare(b.label));
  const used = new Set<string>();
  return rows.map((row, ordinal) => {
    let code = row.code;
    if (used.has(code)) code = sanitiseCode(row.label);
    for (let n = 2; used.has(code); n++) code = `${row.code}-${n}`;
    used.add(code);
    return { code, label: row.label, kind: row.kind, ordinal, start: row.start, end: row.end };
  });
}
