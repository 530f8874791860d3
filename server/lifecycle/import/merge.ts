/**
 * Merges the three sources into one catalogue. Microsoft's data wins wherever it covers a release
 * (docs/domain.md §1 Catalogue data: endoflife.date lists only the final service pack of old releases;
 * Microsoft's data has every level); endoflife.date supplies what is newer than 2023-01 (Windows 11
 * 24H2, Windows Server 2025, Office 2024 …) and the product facts what neither has (Windows NT 4.0,
 * Office 2000, Windows Live Mail, Dynamics CRM Online). Every dropped row is reported with the slug that
 * covers it. Overlap detection: coverage.ts.
 *
 * endoflife.date's Windows Server Core and Nano Server rows (container base images, named after the
 * installation options) are folded into the Windows Server releases they are installation options of:
 * "Windows Server Core 2016" becomes an alias of Windows Server 2016, "Nano Server 1709" is Windows
 * Server's level 1709 (the resolver reads "Server Core"/"Nano Server" as installation-option words),
 * "Nano Server 1607" an alias of Microsoft's "Windows Server 2016 Nano Server installation option" (its
 * own lifecycle, kept as a product). Each folded row is reported with the slug it went to.
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

const INSTALLATION_OPTION = /^eol-windows-(server-core|nano-server)-/;

/** The Windows Server release an installation-option row belongs to, and the alias its name becomes (null: a level). */
export function installationOptionTarget(row: ProductRecord, products: readonly ProductRecord[]): { target: ProductRecord; alias: string | null } | null {
  const version = /^(?:Windows Server Core|Nano Server) (.+)$/.exec(row.name)?.[1];
  if (!version) return null;
  const byName = (name: string) => products.find((p) => p.name === name);
  // A channel release first ("2004" is Windows Server, version 2004, not a year).
  const channel = byName('Windows Server');
  if (channel?.levels.some((l) => l.code === version)) return { target: channel, alias: null };
  const year = /^(20\d\d)( R2)?(?: SP\d)?$/.exec(version);
  if (year) {
    const target = byName(`Windows Server ${year[1]}${year[2] ?? ''}`);
    return target ? { target, alias: row.name.replace(/ SP\d$/, '') } : null;
  }
  // A release without a channel level (1607 = Windows Server 2016): the product released the same day,
  // the one named after this installation option first.
  const sameDay = products.filter((p) => p.generalAvailability === row.generalAvailability && /^Windows Server \d{4}\b/.test(p.name));
  const option = row.name.startsWith('Nano Server') ? sameDay.find((p) => p.name.includes('Nano Server')) : undefined;
  const target = option ?? sameDay.find((p) => /^Windows Server \d{4}$/.test(p.name));
  return target ? { target, alias: row.name } : null;
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

  // Installation options fold into the Windows Server releases (aliases, not products).
  const byslug = new Map<string, ProductRecord>([...ms.values(), ...keptEol].map((p) => [p.slug, p]));
  for (const row of keptEol.filter((r) => INSTALLATION_OPTION.test(r.slug))) {
    const folded = installationOptionTarget(row, [...byslug.values()].filter((p) => !INSTALLATION_OPTION.test(p.slug)));
    if (!folded) continue;
    byslug.delete(row.slug);
    const { target, alias } = folded;
    const current = byslug.get(target.slug)!;
    if (alias && !current.aliases.some((a) => a.toLowerCase() === alias.toLowerCase())) byslug.set(target.slug, { ...current, aliases: [...current.aliases, alias] });
    skipped.push({ id: row.slug, reason: `folded into ${target.slug}: an installation option of that release, not a product${alias ? ` (its name is an alias)` : ` (its version is the level ${/ (\S+)$/.exec(row.name)![1]})`}` });
  }
  for (const [slug, p] of byslug) if (ms.has(slug)) ms.set(slug, p);
  const keptRows = keptEol.filter((r) => byslug.has(r.slug)).map((r) => byslug.get(r.slug)!);
  keptEol.length = 0;
  keptEol.push(...keptRows);

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
