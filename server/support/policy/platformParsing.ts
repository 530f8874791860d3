/**
 * Reads a client platform from free text (T-§6 names operating systems, e-mail clients and the Office
 * suite). Only recognition lives here; what is covered is decided by platformCheck.ts from seed data.
 */
export const PLATFORM_KINDS = [
  'WINDOWS', 'MACOS', 'IOS', 'ANDROID', 'WINDOWS_PHONE', 'OUTLOOK', 'WINDOWS_LIVE_MAIL', 'OFFICE', 'OTHER',
] as const;
export type PlatformKind = (typeof PLATFORM_KINDS)[number];

export interface ParsedPlatform {
  kind: PlatformKind;
  version: string | null;
  /** "Windows Server …": an operating system, but a server's (T-§6 excludes problems on a server). */
  server: boolean;
  /** Office 365 itself or an app only licensed through it (Teams, OneDrive …): T-§6 covers it. */
  office365Licensed: boolean;
}

// Order matters: the more specific names first ("Windows Live Mail" and "Windows Phone" before
// "Windows"; "Office for Mac" and "Outlook for Mac" before "Mac").
const KINDS: Array<[PlatformKind, RegExp]> = [
  ['WINDOWS_LIVE_MAIL', /\bwindows live mail\b/],
  ['WINDOWS_PHONE', /\bwindows (?:phone|(?:10 )?mobile)\b/],
  ['OUTLOOK', /\boutlook\b/],
  ['OFFICE', /\b(?:office|microsoft 365|m365|word|excel|powerpoint|onenote|teams|onedrive|sharepoint|exchange online|skype for business)\b/],
  ['IOS', /\b(?:ios|ipados|iphone|ipad)\b/],
  ['MACOS', /\b(?:macos|mac os|os ?x|mac|macbook|imac)\b/],
  ['ANDROID', /\bandroid\b/],
  ['WINDOWS', /\bwin(?:dows)?\b/],
];
const ONLY_VIA_OFFICE_365 = /\b(?:365|m365|teams|onedrive|sharepoint|exchange online|skype for business)\b/;

const MAC_NAMES: Array<[RegExp, string]> = [
  [/\btahoe\b/, '26'], [/\bsequoia\b/, '15'], [/\bsonoma\b/, '14'], [/\bventura\b/, '13'], [/\bmonterey\b/, '12'],
  [/\bbig sur\b/, '11'], [/\bcatalina\b/, '10.15'], [/\bmojave\b/, '10.14'], [/\bhigh sierra\b/, '10.13'],
  [/\bsierra\b/, '10.12'], [/\bel capitan\b/, '10.11'], [/\byosemite\b/, '10.10'],
];
const WINDOWS_NAMES: Record<string, number> = { '95': 1, nt: 1, '98': 2, me: 3, '2000': 4, xp: 5, vista: 6 };
// Office's internal major versions, as shown in its About box.
const OFFICE_INTERNAL: Record<string, string> = { '11': '2003', '12': '2007', '14': '2010', '15': '2013', '16': '2016' };

export function parsePlatform(platform: string, version: string | null): ParsedPlatform {
  const name = ` ${platform} `.toLowerCase().replace(/\s+/g, ' ');
  const given = ` ${version ?? ''} `.toLowerCase().replace(/\s+/g, ' ');
  const kind = KINDS.find(([, re]) => re.test(name))?.[0] ?? 'OTHER';
  // Windows, macOS, Outlook and Office (the kinds T-§6 sets a minimum version for): an explicit version
  // wins over one inside the name, and an unreadable one falls back to the name. Other kinds take the
  // version only as given ("Android 14" alone has no version): no minimum depends on it.
  const read = (f: (s: string) => string | null) => f(given) ?? f(name);
  const base = { kind, server: false, office365Licensed: false };
  switch (kind) {
    case 'WINDOWS':
      return { ...base, server: /\bserver\b/.test(name), version: read(windowsVersion) };
    case 'MACOS':
      return { ...base, version: read(macVersion) };
    case 'OUTLOOK':
    case 'OFFICE': {
      const v = read(officeVersion);
      return { ...base, office365Licensed: kind === 'OFFICE' && (ONLY_VIA_OFFICE_365.test(name) || v === '365'), version: v };
    }
    default:
      return { ...base, version: /\b\d+(?:\.\d+)*\b/.exec(given)?.[0] ?? null };
  }
}

function windowsVersion(s: string): string | null {
  // What follows the word "Windows" (or "Server"), or the whole text when it has neither: "7", "10 Pro", "XP".
  const rest = s.replace(/.*\b(?:win(?:dows)?|server)\b/, '');
  const m = /^\s*(nt(?:\s*\d+(?:\.\d+)?)?|xp|vista|me|\d+(?:\.\d+)?)\b/.exec(rest);
  if (!m) return null;
  const v = m[1]!;
  if (v.startsWith('nt')) return `NT ${v.slice(2).trim()}`.trim();
  return ({ xp: 'XP', vista: 'Vista', me: 'ME' } as Record<string, string>)[v] ?? v;
}

function macVersion(s: string): string | null {
  for (const [re, v] of MAC_NAMES) if (re.test(s)) return v;
  const m = /\b(\d+(?:\.\d+)*)\b/.exec(s.replace(/\bos ?x\b/g, ''));
  return m ? m[1]! : null;
}

function officeVersion(s: string): string | null {
  if (/\b365\b/.test(s)) return '365';
  const year = /\b(19\d\d|20\d\d)\b/.exec(s);
  if (year) return year[1]!;
  if (/\bxp\b/.test(s)) return '2002';
  if (/\b97\b/.test(s)) return '1997';
  const internal = /\b(\d\d)(?:\.\d+)*\b/.exec(s);
  return internal ? (OFFICE_INTERNAL[internal[1]!] ?? null) : null;
}

/** A number that orders versions of one kind; null when unreadable. */
export function versionRank(kind: PlatformKind, version: string): number | null {
  const v = version.trim().toLowerCase();
  if (kind === 'WINDOWS') {
    const named = WINDOWS_NAMES[v.startsWith('nt') ? 'nt' : v];
    if (named !== undefined) return named;
    return /^\d+(?:\.\d+)?$/.test(v) && Number(v) < 100 ? Number(v) : null;
  }
  if (kind === 'MACOS') {
    const p = /^(\d+)(?:\.(\d+))?/.exec(v);
    if (!p) return null;
    // Mac OS X 10.x numbered its releases in the minor version: 10.15 < 11.
    return Number(p[1]) === 10 && p[2] !== undefined ? 10 + Number(p[2]) / 100 : Number(p[1]);
  }
  if (kind === 'OUTLOOK' || kind === 'OFFICE') {
    if (v === '365') return 9999; // the subscription version is always the current one
    return /^\d{4}$/.test(v) ? Number(v) : null;
  }
  return /^\d+(?:\.\d+)?$/.test(v) ? Number(v) : null;
}
