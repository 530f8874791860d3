/**
 * English display names for Microsoft's lifecycle rows. The data comes from the German-locale copy of
 * Microsoft's lifecycle pages (NOTICE; docs/domain.md §1 Catalogue data): dates and slugs are locale-free, but 120 names
 * are German ("Excel 2016 für Mac", "… oder früher", "… (lokales Update)") and many contain non-breaking
 * spaces. The glossary below turns them into the English wording that the slug shows
 * (`excel-2016-for-mac`, `adxstudio-portals-v6x-or-prior`, `…-onpremises-update`); the test checks every
 * translated name against its slug. The German name is kept as an alias (users may paste it).
 */
import { GERMAN_GLOSSARY } from './germanGlossary.js';

/** Every kind of Unicode space (NBSP, thin, narrow NBSP, ideographic …) and zero-width characters. */
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** Collapses every run of (Unicode) whitespace to one ASCII space and trims. */
export function normaliseWhitespace(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
}

/**
 * Names the German copy gets wrong beyond translation, checked against the slug (the slug is the
 * English page's id). Keep this table tiny: every entry is an editorial correction of the source.
 */
const SOURCE_NAME_FIXES: Readonly<Record<string, string>> = {
  // Listed as "… Data Protection Manager 2008": no such release exists; slug and dates (2008-05-14) are
  // System Center Mobile Device Manager 2008.
  'microsoft-system-center-mobile-device-manager-2008': 'Microsoft System Center Mobile Device Manager 2008',
};

export interface EnglishName {
  /** English display name, whitespace normalised. */
  name: string;
  /** The source's German name (whitespace normalised) when it differed from `name`; else null. */
  germanName: string | null;
}

/** Translates the German words and phrases of a lifecycle product name (see germanGlossary.ts). */
export function translateGerman(name: string): string {
  let out = normaliseWhitespace(name);
  for (const [pattern, replacement] of GERMAN_GLOSSARY) {
    out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
  }
  return normaliseWhitespace(out.replace(/ ,/g, ','));
}

/** English display name for a Microsoft row (`slug` selects a correction from SOURCE_NAME_FIXES). */
export function englishName(slug: string, sourceName: string): EnglishName {
  const normalised = normaliseWhitespace(sourceName);
  const fixed = SOURCE_NAME_FIXES[slug];
  if (fixed !== undefined) return { name: fixed, germanName: null };
  const name = translateGerman(normalised);
  return { name, germanName: name === normalised ? null : normalised };
}
