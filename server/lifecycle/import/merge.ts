/**
 * Merges the three sources into one catalogue. Microsoft's data wins wherever it covers a release
 * (docs/domain.md §1 Catalogue data: endoflife.date lists only the final service pack of old releases;
 * Microsoft's data has every level); endoflife.date supplies what is newer than 2023-01 (Windows 11
 * 24H2, Windows Server 2025, Office 2024 …) and the product facts what neither has (Windows NT 4.0,
 * Office 2000, Windows Live Mail, Dynamics CRM Online). Every dropped row is reported with the slug that
 * covers it. Overlap detection: coverage.ts.
 *
 * One thing a covered endoflife.date row may still add: a paid-ESU end Microsoft's 2023 data does not
 * have yet (Exchange Server 2016/2019, SQL Server 2014 …, announced later). It becomes level `ESU` of
 * the Microsoft product, labelled as coming from endoflife.date, when the Microsoft product has no ESU
 * level reaching that day.
 */
import type { LevelRecord, ProductRecord } from '../policy/lifecycleTypes.js';
import type { Converted, Skipped } from './convertMicrosoft.js';
import { findCoverage, nameIndex } from './coverage.js';

function paidEsuAddition(row: ProductRecord, by: ProductRecord): LevelRecord | null {
  const esu = row.levels.find((l) => l.kind === 'ESU' && l.code === 'ESU' && l.end !== null);
  if (!esu || by.levels.some((l) => l.kind === 'ESU' && l.end !== null && l.end >= esu.end!)) return null;
  if (by.levels.some((l) => l.code === 'ESU')) return null;
  return { ...esu, label: 'Extended Security Updates (endoflife.date)', ordinal: by.levels.length };
}

function sortProducts(products: ProductRecord[]): ProductRecord[] {
  return products.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/**
 * `microsoft`, `endoflife`, `facts`: each source's converted products. Returns the merged products
 * (sorted by slug) and the rows dropped as duplicates.
 */
export function mergeCatalogue(microsoft: readonly ProductRecord[], endoflife: readonly ProductRecord[], facts: readonly ProductRecord[]): Converted {
  const skipped: Skipped[] = [];
  const ms = new Map(microsoft.map((p) => [p.slug, p] as const));
  const msIndex = nameIndex(microsoft);
  const keptEol: ProductRecord[] = [];
  for (const row of endoflife) {
    const covered = findCoverage(row, msIndex, microsoft);
    if (!covered) {
      keptEol.push(row);
      continue;
    }
    const target = ms.get(covered.by.slug)!;
    const esu = paidEsuAddition(row, target);
    let reason = `covered by Microsoft data (${target.slug})`;
    if (esu) {
      ms.set(target.slug, { ...target, levels: [...target.levels, esu] });
      reason += `; its paid ESU end ${esu.end} is kept as level ESU of ${target.slug}`;
    }
    skipped.push({ id: row.slug, reason });
  }

  const merged = [...ms.values(), ...keptEol];
  const mergedIndex = nameIndex(merged);
  const taken = new Set(merged.map((p) => p.slug));
  const keptFacts: ProductRecord[] = [];
  for (const row of facts) {
    const covered = findCoverage(row, mergedIndex, merged);
    if (covered) {
      const source = covered.by.source === 'MICROSOFT_LIFECYCLE' ? 'Microsoft data' : 'endoflife.date data';
      skipped.push({ id: row.slug, reason: `covered by ${source} (${covered.by.slug})` });
    } else if (taken.has(row.slug)) {
      skipped.push({ id: row.slug, reason: `slug already used by another source (${row.slug})` });
    } else {
      taken.add(row.slug);
      keptFacts.push(row);
    }
  }
  return { products: sortProducts([...merged, ...keptFacts]), skipped };
}
