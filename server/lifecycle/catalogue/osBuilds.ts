/**
 * OS build numbers as inventory tools write them beside the name ("Windows 10 Pro 10.0.19045",
 * "Windows Server 2019 Datacenter 10.0.17763", "Windows 7 Professional 6.1.7601", "… (OS Build
 * 19044.3693)"), read with seed/lifecycle/windows-builds.json: a build is one or more releases
 * (10.0.17763 is Windows 10 1809, Windows 10 Enterprise LTSC 2019, Windows Server 2019 …). The words
 * beside the number choose among them:
 * - "Server" keeps the server releases, its absence the client ones; "LTSC"/"LTSB" and "IoT" keep
 *   those, their absence drops them when another release of the kind fits;
 * - version words (10, 11, 2019, R2, 21H2, XP …) must be the release's: a release they contradict is a
 *   conflict ("Windows Server 2016 10.0.17763"), never silently chosen;
 * - edition words go with the release name ("Windows 10 Pro 10.0.19045" → "Windows 10 pro 22H2").
 * A build alone ("10.0.17763") fits every release of it.
 */
import data from '../../../seed/lifecycle/windows-builds.json' with { type: 'json' };
import { EDITION_WORDS } from './nameWords.js';
import type { OsBuildToken } from './nameWords.js';
import { keyTokens, searchKey } from './searchKey.js';

export interface BuildRelease {
  /** A catalogue name ("Windows 10", "Windows Server 2019"). */
  name: string;
  /** The level the build identifies, where the catalogue keeps it as a level ("22H2", "SP1"). */
  level?: string;
}

interface BuildRow {
  version: string;
  releases: BuildRelease[];
}

const BUILDS: readonly BuildRow[] = (data as { builds: BuildRow[] }).builds;
const byVersion = new Map(BUILDS.map((b) => [b.version, b.releases]));
const byBuild = new Map<number, BuildRelease[]>();
for (const b of BUILDS) byBuild.set(Number(b.version.split('.')[2]), b.releases);

/** The releases of a build; null when the table does not know it. */
export function releasesOf(build: OsBuildToken): readonly BuildRelease[] | null {
  return (build.version.startsWith('?') ? byBuild.get(build.build) : byVersion.get(build.version)) ?? null;
}

/** Words that say "this is Windows" and nothing else. */
const OS_WORDS = new Set(['microsoft', 'windows', 'win', 'nt', 'os', 'operating', 'system', 'version', 'build']);
const KIND_WORDS = new Set(['server', 'ltsc', 'ltsb', 'iot']);

/** A name's words around a build are about Windows (or there are none): the number is an OS build. */
export function isWindowsName(tokens: readonly string[]): boolean {
  return tokens.length === 0 || tokens.includes('windows') || tokens.includes('win') || tokens.includes('nt') || (tokens[0] === 'w' && tokens.length > 0);
}

/** "r 2" → "r2", "21 h 2" → "21h2": version words as one token. */
function versionTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === 'r' && /^\d$/.test(tokens[i + 1] ?? '')) out.push(`r${tokens[++i]}`);
    else if (/^\d{2}$/.test(t) && tokens[i + 1] === 'h' && /^\d$/.test(tokens[i + 2] ?? '')) {
      out.push(`${t}h${tokens[i + 2]}`);
      i += 2;
    } else out.push(t);
  }
  return out;
}

const isVersionWord = (t: string): boolean => /^\d/.test(t) || /^r\d$/.test(t) || t === 'xp' || t === 'vista';

export interface BuildReading {
  release: BuildRelease;
  /** The search key to resolve: the release's name with the edition words beside the build, and its level. */
  key: string;
}

export interface BuildFit {
  /** Releases the words fit. */
  fits: BuildReading[];
  /** Releases of the right kind whose version the words contradict ("Windows Server 2016 10.0.17763"). */
  conflicts: BuildReading[];
}

/** Which releases of a build the words beside it (a cleaned token list without the build) describe. */
export function fitBuild(releases: readonly BuildRelease[], tokens: readonly string[]): BuildFit {
  const words = versionTokens(tokens).filter((t) => !OS_WORDS.has(t) && t !== 'w');
  const editions = words.filter((t) => EDITION_WORDS.has(t) || t === 'n');
  const versions = words.filter(isVersionWord);
  const others = words.filter((t) => !EDITION_WORDS.has(t) && t !== 'n' && !KIND_WORDS.has(t) && !isVersionWord(t));
  const server = words.includes('server');
  const ltsc = words.includes('ltsc') || words.includes('ltsb');
  const iot = words.includes('iot');
  const told = words.some((t) => !EDITION_WORDS.has(t) && t !== 'n');

  const described = releases.map((release) => {
    const nameTokens = versionTokens(keyTokens(searchKey(release.name)));
    const all = new Set([...nameTokens, ...versionTokens(keyTokens(searchKey(release.level ?? '')))]);
    const isServer = nameTokens.includes('server');
    const isLtsc = nameTokens.includes('ltsc') || nameTokens.includes('ltsb');
    const isIot = nameTokens.includes('iot');
    const withEditions = !isServer && !isLtsc ? [...keyTokens(searchKey(release.name)), ...editions] : keyTokens(searchKey(release.name));
    const key = [...withEditions, ...keyTokens(searchKey(release.level ?? ''))].join(' ');
    return { release, key, all, isServer, isLtsc, isIot };
  });
  const sameKind = described.filter((d) => !told || d.isServer === server);
  const kindFits = (d: (typeof described)[number]): boolean => {
    if (!told) return true;
    if (ltsc && !d.isLtsc) return false;
    if (iot !== d.isIot && (iot || sameKind.some((e) => !e.isIot))) return false;
    if (!ltsc && d.isLtsc && sameKind.some((e) => !e.isLtsc)) return false;
    return true;
  };
  const fits: BuildReading[] = [];
  const conflicts: BuildReading[] = [];
  for (const d of sameKind.filter(kindFits)) {
    const reading = { release: d.release, key: d.key };
    if (!versions.every((v) => d.all.has(v))) conflicts.push(reading);
    else if (others.every((o) => d.all.has(o))) fits.push(reading);
  }
  return { fits, conflicts };
}
