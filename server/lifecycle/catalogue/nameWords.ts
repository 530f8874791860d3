/**
 * The words around a product name that do not name a product (docs/domain.md §1 "Names as people write
 * them"): what an inventory export or a licence list adds — bitness ("x64", "(32-bit)"), language and
 * locale ("- nb-no", "ENU", "(English)"), packaging ("Volume License", "Click-to-Run", "Evaluation"),
 * update suffixes ("CU23", "SU14", "RU32", "KB5031234", "GDR"), application build numbers
 * ("(16.0.10337)"), installation options ("Server Core", "Nano Server", "Desktop Experience") — and the
 * edition words ("Professional Plus", "Datacenter", "Pro for Workstations") that name an edition of a
 * product. All of them work on search keys (searchKey.ts), token by token.
 *
 * OS build numbers ("10.0.19045", "6.1.7601", "OS Build 19044.3693") are not noise: cleanTokens takes
 * them out and returns them, and osBuilds.ts reads them.
 */
import { keyTokens } from './searchKey.js';

/**
 * Edition words: a product with one lifecycle for every edition is named without them (Microsoft's
 * Windows 7 page covers every edition; SQL Server 2017 covers Express and Enterprise), and where editions
 * differ the product's name carries them ("Windows 10 Home and Pro"), so a name is matched on its other
 * words and the edition words then choose among the products that share them (nameIndex.ts).
 */
export const EDITION_WORDS: ReadonlySet<string> = new Set([
  'home', 'premium', 'basic', 'starter', 'professional', 'pro', 'plus', 'proplus', 'ultimate', 'enterprise', 'business',
  'standard', 'datacenter', 'essentials', 'education', 'edition', 'editions', 'express', 'developer', 'web', 'workgroup',
  'student', 'community', 'small',
]);

/** "Professional" is Microsoft's "Pro" in Windows 10/11 names. */
export const EDITION_SYNONYMS: Readonly<Record<string, string>> = { professional: 'pro' };

/** Words that join other words and never tell two products apart. */
export const STOP_WORDS: ReadonlySet<string> = new Set(['and', 'the', 'for', 'of', 'on', 'in', 'with', 'microsoft', 'version']);

const LANGUAGE_NAMES = new Set([
  'english', 'german', 'deutsch', 'norwegian', 'norsk', 'swedish', 'svenska', 'danish', 'dansk', 'finnish', 'suomi', 'french', 'spanish',
  'italian', 'dutch', 'japanese', 'chinese', 'korean', 'portuguese', 'russian', 'polish', 'czech', 'hungarian', 'turkish', 'multilingual',
  'multilanguage', 'mui', 'international', 'worldwide',
]);
/** Microsoft's three-letter language codes in product names ("… Professional - ENU"). */
const LANGUAGE_CODES = new Set(['enu', 'deu', 'fra', 'nor', 'nob', 'sve', 'dan', 'fin', 'esn', 'ita', 'jpn', 'chs', 'cht', 'kor', 'ptb', 'ptg', 'rus', 'nld', 'plk', 'csy', 'hun', 'trk', 'ara', 'heb']);
const LANGUAGES_2 = new Set(['en', 'nb', 'nn', 'no', 'sv', 'da', 'fi', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'cs', 'hu', 'tr', 'ru', 'ja', 'zh', 'ko', 'ar', 'he', 'is', 'et', 'lv', 'lt', 'el', 'uk', 'ro', 'bg', 'hr', 'sk', 'sl', 'sr', 'th', 'vi', 'id', 'ms']);
const REGIONS_2 = new Set(['us', 'gb', 'uk', 'no', 'se', 'dk', 'fi', 'de', 'at', 'ch', 'fr', 'be', 'es', 'mx', 'it', 'nl', 'pt', 'br', 'pl', 'cz', 'hu', 'tr', 'ru', 'jp', 'cn', 'tw', 'hk', 'kr', 'sa', 'il', 'is', 'ee', 'lv', 'lt', 'gr', 'ua', 'ro', 'bg', 'hr', 'sk', 'si', 'rs', 'th', 'vn', 'id', 'my', 'ca', 'au', 'nz', 'in', 'ie', 'za']);

/** Token sequences removed wherever they stand (after the first word), longest first. */
const NOISE_PHRASES: readonly string[][] = [
  // bitness
  'x 86 64', '32 bit', '64 bit', '32 bits', '64 bits', 'x 86', 'x 64', 'amd 64', 'arm 64', 'aarch 64', 'i 386', 'wow 64', 'ia 64',
  // packaging and licensing
  'volume license', 'volume licence', 'volume licensing', 'click to run', 'c 2 r', 'with desktop experience', 'desktop experience',
  'retail', 'oem', 'vl', 'msdn', 'technet', 'trial', 'evaluation', 'eval', 'msi', 'fpp', 'esd', 'preinstalled', 'language pack',
  // update suffixes with no number
  'gdr', 'qfe', 'hotfix', 'cu',
].map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/** Update suffixes followed by their number ("CU23", "Cumulative Update 23", "KB5031234"): removed with the number. */
const NUMBERED_UPDATES: readonly string[][] = [
  'cumulative update package', 'cumulative update', 'update rollup', 'security update', 'cu', 'su', 'ru', 'ur', 'rollup', 'kb', 'hf', 'qfe',
].map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/** Edition phrases, normalised to the edition word they mean (or to nothing). */
const EDITION_PHRASES: ReadonlyArray<readonly [string[], string[]]> = [
  ['pro for workstations', 'pro'], ['pro education', 'pro'], ['for workstations', ''], ['multi session', ''], ['single language', ''],
  ['in s mode', ''], ['s mode', ''], ['enterprise core', 'enterprise'], ['with advanced services', ''], ['advanced services', ''],
  ['for enterprise', 'enterprise'], ['for business', 'business'], ['datacentre', 'datacenter'], ['data center', 'datacenter'],
  ['pro workstations', 'pro'], ['pro workstation', 'pro'], ['with tools', ''], ['business intelligence', ''], ['express localdb', 'express'],
  ['localdb', 'express'],
].map(([from, to]) => [from!.split(' '), to ? to.split(' ') : []] as const);

export interface OsBuildToken {
  /** "10.0.19045", "6.1.7601"; a build written alone ("OS Build 19044") as "?.?.19044". */
  version: string;
  build: number;
}

export interface Cleaned {
  tokens: string[];
  /** True when anything was removed or normalised. */
  changed: boolean;
  osBuild: OsBuildToken | null;
  /** An OS-build-shaped number that is no known Windows build family (kept for the caller to judge). */
}

const OS_BUILD = /^(5\.[012]|6\.[0-3]|10\.0)\.(\d{4,5})(?:\.\d{1,6})?$/;
const BUILD_ALONE = /^(\d{4,5})(?:\.\d{1,6})?$/;
/** An application's build number ("16.0.10337", "15.2.1544.4"): four parts, or three with a build of 100 or more. A
 * three-part version of small numbers ("4.7.2") is a release, not a build, and stays. */
const APP_BUILD = /^(?:\d+\.\d+\.\d+\.\d+(?:\.\d+)*|\d+\.\d+\.\d{3,})$/;

function startsAt(tokens: readonly string[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > tokens.length) return false;
  for (let j = 0; j < phrase.length; j++) if (tokens[i + j] !== phrase[j]) return false;
  return true;
}

/**
 * The tokens of a search key without the words that do not name a product: bitness, packaging, update
 * suffixes, application build numbers, a trailing language or locale; edition phrases normalised;
 * installation options of Windows Server dropped ("Windows Server 2019 Server Core", "Nano Server 2022"
 * are Windows Server 2019 and 2022). An OS build number is taken out and returned. The first token is
 * never removed (a name is never emptied).
 */
export function cleanTokens(key: string): Cleaned {
  const input = keyTokens(key);
  const out: string[] = [];
  let osBuild: OsBuildToken | null = null;
  let changed = false;
  for (let i = 0; i < input.length; ) {
    const t = input[i]!;
    const m = OS_BUILD.exec(t);
    if (m && !osBuild) {
      osBuild = { version: `${m[1]}.${m[2]}`, build: Number(m[2]) };
      changed = true;
      i += 1;
      continue;
    }
    if (out.length > 0 || i > 0) {
      // "OS Build 19044.3693", "build 19045"
      if ((t === 'build' || (t === 'os' && input[i + 1] === 'build')) && !osBuild) {
        const at = t === 'os' ? i + 2 : i + 1;
        const b = BUILD_ALONE.exec(input[at] ?? '');
        if (b) {
          osBuild = { version: `?.?.${b[1]}`, build: Number(b[1]) };
          changed = true;
          i = at + 1;
          continue;
        }
      }
      if (APP_BUILD.test(t)) {
        changed = true;
        i += 1;
        continue;
      }
      const update = NUMBERED_UPDATES.find((p) => startsAt(input, i, p) && /^\d+$/.test(input[i + p.length] ?? ''));
      if (update && !(update[0] === 'security' && out.at(-1) === 'extended')) {
        changed = true;
        i += update.length + 1;
        continue;
      }
      const noise = NOISE_PHRASES.find((p) => startsAt(input, i, p));
      if (noise) {
        changed = true;
        i += noise.length;
        continue;
      }
      // "Windows 8.1 with Update": the update that release requires, not a level.
      if (t === 'with' && input[i + 1] === 'update' && !/^\d/.test(input[i + 2] ?? '')) {
        changed = true;
        i += 2;
        continue;
      }
      // Microsoft 365 / Office 365 plans: "E3", "A5", "F3", "G5" are editions of the service.
      if (out.at(-1) === '365' && /^[aefg]$/.test(t) && /^\d$/.test(input[i + 1] ?? '')) {
        changed = true;
        i += 2;
        continue;
      }
      const phrase = EDITION_PHRASES.find(([from]) => startsAt(input, i, from));
      if (phrase) {
        changed = true;
        out.push(...phrase[1]);
        i += phrase[0].length;
        continue;
      }
      // Installation options of Windows Server: "Windows Server Core 2016", "… 2019 Server Core",
      // "Nano Server 2022" (a name of its own starting the key: Windows Server).
      if (t === 'core' && out.at(-1) === 'server' && out.at(-2) === 'windows') {
        changed = true;
        i += 1;
        continue;
      }
      if ((t === 'server' && input[i + 1] === 'core') || (t === 'nano' && input[i + 1] === 'server' && out.includes('windows'))) {
        if (out.includes('server')) {
          changed = true;
          i += 2;
          continue;
        }
      }
    } else if (t === 'nano' && input[1] === 'server') {
      out.push('windows', 'server');
      changed = true;
      i += 2;
      continue;
    }
    out.push(t);
    i += 1;
  }
  // A trailing language or locale: "- nb-no", "(English)", "ENU".
  for (;;) {
    const n = out.length;
    if (n >= 3 && LANGUAGES_2.has(out[n - 2]!) && REGIONS_2.has(out[n - 1]!)) out.splice(n - 2, 2);
    else if (n >= 2 && (LANGUAGE_NAMES.has(out[n - 1]!) || LANGUAGE_CODES.has(out[n - 1]!))) out.pop();
    else break;
    changed = true;
  }
  return { tokens: out, changed, osBuild };
}

/** Edition words of a token list (synonyms folded: "professional" → "pro"). */
export function editionsOf(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (EDITION_WORDS.has(t)) out.add(EDITION_SYNONYMS[t] ?? t);
  return out;
}

/** The variant of a key without its edition words (never its first word): "windows 7 professional sp 1" → "windows 7 sp 1". */
export function withoutEditionWords(tokens: readonly string[]): string[] {
  return tokens.filter((t, i) => i === 0 || !(EDITION_WORDS.has(t) || ((t === 'n' || t === 'kn') && tokens.some((u) => EDITION_WORDS.has(u)))));
}
