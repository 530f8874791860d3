/**
 * Policy, service-pack family (L-SP-TABLE) and category (L-POLICY) of a catalogue product. The
 * category only chooses default phase lengths for dates a row leaves out: published dates always win.
 */
import type { LifecyclePolicy, ProductCategory, ServicePackFamily } from '../policy/lifecycleTypes.js';

const POLICIES: Readonly<Record<string, LifecyclePolicy>> = {
  fixed: 'FIXED',
  'fixed-mainstream-only': 'FIXED_MAINSTREAM_ONLY',
  'modern-on-prem': 'MODERN',
  'modern-online': 'ONLINE',
  component: 'COMPONENT',
};

/** Microsoft's `policyType` → LifecyclePolicy; null for a value the data has never used. */
export function policyFromMicrosoft(policyType: unknown): LifecyclePolicy | null {
  return typeof policyType === 'string' ? (POLICIES[policyType] ?? null) : null;
}

/**
 * Microsoft `families` → L-SP-TABLE family (docs/domain.md §1, Interpretation (families)). The families
 * Microsoft's service-pack policy leaves open, decided here (marked *(project)* there):
 * - azure → SERVER: the Azure rows that have levels at all are on-premises server software (Azure
 *   DevOps Server, Azure Stack, AD Connect), serviced like Microsoft's server products (12 months).
 * - internet-explorer, microsoft-edge → WINDOWS: IE and Edge Legacy are Windows components and their
 *   updates ship with the OS, so they follow the OS's 24 months.
 * - customer-care-framework → DYNAMICS: a Dynamics CRM-based contact-centre framework.
 * - connected-services-framework → SERVER: a BizTalk/server-based service-delivery platform.
 * - anything unknown → SERVER (business server software is the most common case; 12 months is the
 *   shorter, safer grace period).
 */
const SP_FAMILIES: Readonly<Record<string, ServicePackFamily>> = {
  windows: 'WINDOWS', 'internet-explorer': 'WINDOWS', 'microsoft-edge': 'WINDOWS',
  dynamics: 'DYNAMICS', 'customer-care-framework': 'DYNAMICS',
  office: 'OFFICE', m365: 'OFFICE',
  'microsoft-servers': 'SERVER', 'sql-server': 'SERVER', msc: 'SERVER', azure: 'SERVER',
  'connected-services-framework': 'SERVER',
  vs: 'DEVELOPER_TOOLS', dotnet: 'DEVELOPER_TOOLS', expression: 'DEVELOPER_TOOLS', silverlight: 'DEVELOPER_TOOLS',
};

const DEVELOPER_FAMILIES = new Set(['vs', 'dotnet', 'expression', 'silverlight']);

const bare = (name: string): string => name.replace(/^Microsoft /, '');

/** A Windows operating system (client, server, embedded, phone …) rather than a tool named after it. */
export function isWindowsOs(name: string): boolean {
  return /^Windows (\d[\d.]*|XP|Vista|RT|NT|Server|Home Server|Small Business Server|Storage Server|Embedded|Thin PC|Phone|Mobile|CE|Fundamentals|MultiPoint|HPC Server|Essential Business Server|Web Server)\b/.test(bare(name))
    && !/\b(Defender|Kit|Toolkit|Update Services|Analytics)\b/.test(name);
}

/**
 * Windows client operating systems (DESKTOP_OS): Windows XP/Vista/7/8/8.1/10/11/RT and their editions
 * (LTSB/LTSC included, they are client OSes), Thin PC and Fundamentals for Legacy PCs. Not Server, not
 * Embedded or IoT (sold to device makers: BUSINESS), not Phone/Mobile (CONSUMER below).
 */
export function isDesktopOs(name: string): boolean {
  return /^Windows (XP|Vista|7|8|8\.1|10|11|RT|Thin PC|Fundamentals for Legacy PCs|NT [\d.]+ Workstation|2000 Professional)\b/.test(bare(name))
    && !/\b(Server|Embedded|IoT|Mobile|Phone|Kit|Toolkit|Defender)\b/.test(name);
}

export interface ClassifyInput {
  name: string;
  family: string;
  policy: LifecyclePolicy;
  /** Whether the row publishes an extended-support end. */
  hasExtendedEnd: boolean;
}

/**
 * L-POLICY category, first rule that applies:
 * 1. ONLINE policy → ONLINE_SERVICE (support lasts as long as the agreement: L-ONLINE-SUPPORT).
 * 2. Surface devices and Microsoft hardware → CONSUMER_HARDWARE (L-HW: 4 years, no extended).
 * 3. Windows client OS → DESKTOP_OS.
 * 4. Developer tools (families vs/dotnet/expression/silverlight, Visual Studio, TFS/Azure DevOps
 *    Server, SDKs, OpenJDK) → DEVELOPER.
 * 5. Consumer and multimedia software (Windows Live/Essentials, Works, Plus!, Home Server, phones,
 *    Movie Maker …) → CONSUMER / MULTIMEDIA, but only when the row publishes no extended end: a
 *    published extended phase means Microsoft supported it as business software (L-EXTENDED says
 *    consumer products have none), e.g. Windows 10 Mobile released in October 2017.
 * 6. Everything else → BUSINESS.
 */
export function categoryFor(p: ClassifyInput): ProductCategory {
  if (p.policy === 'ONLINE') return 'ONLINE_SERVICE';
  if (/^(Microsoft )?Surface\b|\bHardware\b/.test(p.name)) return 'CONSUMER_HARDWARE';
  if (isDesktopOs(p.name)) return 'DESKTOP_OS';
  if (DEVELOPER_FAMILIES.has(p.family) || /\b(Visual Studio|Team Foundation Server|Azure DevOps Server|SDK|Software Development Kit|OpenJDK)\b/.test(p.name)) {
    return 'DEVELOPER';
  }
  if (!p.hasExtendedEnd) {
    if (/\b(MovieMaker|Movie Maker|Media Player|Digital Media)\b/.test(p.name)) return 'MULTIMEDIA';
    if (/\b(Windows Live|Windows Essentials|Works|Money|Encarta|Plus!|Home Server|Phone|Mobile|for Consumer)\b/.test(p.name)) return 'CONSUMER';
  }
  return 'BUSINESS';
}

/**
 * L-SP-TABLE family: a Windows OS is always WINDOWS (24 months) whatever its data family; other
 * consumer products are CONSUMER (12 months); a tool Microsoft files under Windows that is no operating
 * system (App-V, MED-V, UE-V, DaRT, AGPM, MBAM, WSUS, Virtual PC …) is SERVER (12 months, as its
 * published service-pack ends show) — except HPC Pack, the cluster stack of Windows HPC Server, whose
 * published ends follow Windows' 24 months; else the family table above.
 */
export function spFamilyFor(family: string, name: string, category: ProductCategory): ServicePackFamily {
  if (isWindowsOs(name) || /^(Microsoft )?HPC Pack\b/.test(name)) return 'WINDOWS';
  if (category === 'CONSUMER' || category === 'MULTIMEDIA' || category === 'CONSUMER_HARDWARE') return 'CONSUMER';
  if (family === 'windows') return 'SERVER';
  return SP_FAMILIES[family] ?? 'SERVER';
}

/**
 * The data's family, corrected where it is plainly wrong: Microsoft's data files Windows 11 Enterprise
 * and Windows 11 IoT Enterprise under `office`; a Windows OS is filed under `windows` so that filtering
 * by family finds it.
 */
export function familyFor(families: readonly string[], name: string): string {
  const first = (families[0] ?? 'other').toLowerCase();
  return isWindowsOs(name) ? 'windows' : first;
}
