/**
 * Is a client platform within the T-§6 list? Parses what users type ("Windows 7", "Office 2010",
 * "macOS Sequoia", "Outlook" + "2013") into a kind and a version, then applies the minimum from
 * seed/terms/platformMinimums.json.
 */
import platformsJson from '../../../seed/terms/platformMinimums.json' with { type: 'json' };
import { checkTermsRecord, type TermsRecord } from '../../kernel/termsRecord.js';
import { parsePlatform, versionRank, type PlatformKind } from './platformParsing.js';

export type { PlatformKind } from './platformParsing.js';
export { PLATFORM_KINDS } from './platformParsing.js';

export interface PlatformCheck {
  kind: PlatformKind;
  /** The version understood ("7", "8.1", "2013", "15", "365"), or null when none was given or recognised. */
  version: string | null;
  supported: boolean;
  reason: string;
}

type Rule = 'MIN_VERSION' | 'LATEST_ONLY' | 'ANY_VERSION' | 'NOT_COVERED';
export interface PlatformRule extends TermsRecord {
  kind: PlatformKind;
  rule: Rule;
  minimum: string | null;
  office365Only: boolean;
}

export const PLATFORM_RULES: ReadonlyMap<PlatformKind, PlatformRule> = new Map(
  platformsJson.platforms.map((p) => [
    p.kind as PlatformKind,
    { ...checkTermsRecord(p.kind, p), kind: p.kind as PlatformKind, rule: p.rule as Rule, minimum: p.minimum, office365Only: p.office365Only },
  ]),
);

const NAMES: Record<PlatformKind, string> = {
  WINDOWS: 'Windows', MACOS: 'macOS', IOS: 'iOS', ANDROID: 'Android', WINDOWS_PHONE: 'Windows Phone',
  OUTLOOK: 'Outlook', WINDOWS_LIVE_MAIL: 'Windows Live Mail', OFFICE: 'Office', OTHER: 'This software',
};

export function checkPlatform(platform: string, version: string | null, opts: { latestMacOs: string }): PlatformCheck {
  const parsed = parsePlatform(platform, version);
  const { kind } = parsed;
  const rule = PLATFORM_RULES.get(kind);
  if (!rule) throw new Error(`seed/terms/platformMinimums.json has no rule for ${kind}`);
  const name = `${NAMES[kind]}${parsed.version ? ` ${parsed.version}` : ''}`;
  const answer = (supported: boolean, reason: string): PlatformCheck => ({ kind, version: parsed.version, supported, reason: `${reason} (${rule.clause})` });

  if (parsed.server) {
    return answer(false, `${name} is a server operating system, not a client: problems on a server are excluded`);
  }
  if (parsed.office365Licensed) {
    return answer(true, `${name} is software licensed through Office 365, which is covered`);
  }
  switch (rule.rule) {
    case 'NOT_COVERED':
      return answer(false, `${platform.trim() || 'An unnamed platform'} is not among the client software the terms cover: other software is excluded`);
    case 'ANY_VERSION':
      return answer(true, rule.office365Only ? `${name} is covered for Office 365 matters only` : `${name} is covered in every version`);
    case 'LATEST_ONLY': {
      const latest = versionRank(kind, opts.latestMacOs);
      if (latest === null) throw new RangeError(`latestMacOs must be a macOS version such as "15", not ${JSON.stringify(opts.latestMacOs)}`);
      if (parsed.version === null) return answer(true, `macOS is covered only in its latest version (${opts.latestMacOs}); no version was given`);
      const rank = versionRank(kind, parsed.version);
      if (rank === null) return answer(true, `macOS is covered only in its latest version (${opts.latestMacOs}); version ${parsed.version} was not recognised`);
      return rank >= latest
        ? answer(true, `${name} is the latest macOS, which is covered`)
        : answer(false, `${name} is not the latest macOS (${opts.latestMacOs}): only the latest version is covered`);
    }
    case 'MIN_VERSION': {
      const minimum = `${NAMES[kind]} ${rule.minimum}`;
      if (parsed.version === null) return answer(true, `${NAMES[kind]} is covered from ${minimum}; no version was given`);
      const rank = versionRank(kind, parsed.version);
      const min = versionRank(kind, rule.minimum ?? '');
      if (min === null) throw new Error(`seed/terms/platformMinimums.json: unreadable minimum for ${kind}`);
      if (rank === null) return answer(true, `${NAMES[kind]} is covered from ${minimum}; version ${parsed.version} was not recognised`);
      return rank >= min
        ? answer(true, `${name} is covered (${minimum} or later)`)
        : answer(false, `${name} is below the minimum: only ${minimum} or later is covered`);
    }
  }
}
