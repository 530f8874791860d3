/**
 * How to read each endoflife.date product (seed/lifecycle/endoflife-microsoft-2026-08.meta.json).
 * endoflife.date stores `eoas` (→ mainstreamEnd), `eol` (→ extendedEnd) and `eoes`, but what a column
 * means varies per product (meta `columns`), so every product is decided here:
 *
 * - phases 'FIXED': the product has Microsoft's two phases (meta `eoasColumn: true`): eoas is the
 *   mainstream end, eol the extended end — published, kept as is.
 * - phases 'SINGLE': no mainstream/extended split (no `eoasColumn`; `eolColumn` is "Support Status",
 *   "Active Support", "Security and technical support", "Standard Support", "Support" or "End of
 *   Servicing Date"): `eol` is the end of all support, so it becomes mainstreamEnd and extendedEnd stays
 *   null. This covers all 196 cycles without a mainstream date: leaving mainstream null and the eol as
 *   extended end would make the engine derive a mainstream phase these products never had.
 * - Any cycle whose policy is not FIXED is read the same way: Modern/Online/component products and
 *   Fixed-mainstream-only ones have one end date, the later of the two columns (Windows 10 1803 (E)
 *   lists eoas 2020-05-11 but was serviced to 2021-05-11).
 * - eoes: "Extended Security Updates" (Windows, Windows Server, Exchange, SQL Server) → one paid level
 *   `ESU` from the day after support ends to eoes; endoflife.date gives only the last day, not the
 *   yearly steps, so no ESU1/ESU2/… are invented. Azure Database for MySQL "Extended Support" and AKS
 *   "LTS Support" are paid extensions too: levels `EXTENDED` and `LTS`. Windows Server Core has eoes
 *   values without a meta column; they equal Windows Server's ESU ends, so they are read as ESU.
 */
import type { LifecyclePolicy, ServicePackFamily } from '../policy/lifecycleTypes.js';

export interface EolCycle {
  product: string;
  productLabel: string;
  cycle: string;
  label: string;
  releaseDate: string | null;
  mainstreamEnd: string | null;
  extendedEnd: string | null;
  eoes: string | null;
  lts: boolean;
  booleans: { eol?: boolean; eoas?: boolean };
}

export interface EolProductRule {
  /** Display-name stem; a label that already starts with it is used alone. */
  base: string;
  family: string;
  spFamily?: ServicePackFamily;
  phases: 'FIXED' | 'SINGLE';
  policy: (c: EolCycle) => LifecyclePolicy;
  eoes?: { code: string; label: string };
  /** Cleans the label before it joins the stem (drops the latest CU/SP, codenames …). */
  label?: (label: string) => string;
  /** A cleaned label matching this is a whole name already ("Team Foundation Server 2018"). */
  fullName?: RegExp;
}

const ESU = { code: 'ESU', label: 'Extended Security Updates' };
const always = (p: LifecyclePolicy) => (): LifecyclePolicy => p;
const ltsFixed = (c: EolCycle): LifecyclePolicy => (c.lts ? 'FIXED' : 'MODERN');
// The cycle's label lists the latest update ("2019 CU15 SU5", "2013 SP1"); the product is the release.
const dropPatchLevel = (l: string): string => l.replace(/(\s+(CU|SU|UR|SP)\d+[a-z]?)+$/i, '');

export const EOL_PRODUCTS: Readonly<Record<string, EolProductRule>> = {
  'azure-database-for-mysql': { base: 'Azure Database for MySQL', family: 'azure', phases: 'SINGLE', policy: always('ONLINE'), eoes: { code: 'EXTENDED', label: 'Extended Support (paid)' } },
  'azure-database-for-postgresql': { base: 'Azure Database for PostgreSQL', family: 'azure', phases: 'SINGLE', policy: always('ONLINE') },
  'azure-devops-server': { base: 'Azure DevOps Server', family: 'azure', spFamily: 'DEVELOPER_TOOLS', phases: 'FIXED', policy: always('FIXED'), label: (l) => l.replace(/^TFS (\d+)$/, 'Team Foundation Server $1'), fullName: /^Team Foundation Server / },
  'azure-kubernetes-service': { base: 'Azure Kubernetes Service', family: 'azure', phases: 'SINGLE', policy: always('ONLINE'), eoes: { code: 'LTS', label: 'Long-Term Support (paid)' } },
  dotnet: { base: '.NET', family: 'dotnet', phases: 'SINGLE', policy: always('MODERN') },
  dotnetfx: { base: '.NET Framework', family: 'dotnet', phases: 'SINGLE', policy: always('COMPONENT') },
  'internet-explorer': { base: 'Internet Explorer', family: 'internet-explorer', phases: 'SINGLE', policy: always('COMPONENT') },
  'microsoft-build-of-openjdk': { base: 'Microsoft Build of OpenJDK', family: 'openjdk', spFamily: 'DEVELOPER_TOOLS', phases: 'SINGLE', policy: always('MODERN') },
  msexchange: { base: 'Exchange Server', family: 'office', phases: 'FIXED', policy: always('FIXED'), eoes: ESU, label: dropPatchLevel },
  mssqlserver: { base: 'SQL Server', family: 'sql-server', phases: 'FIXED', policy: always('FIXED'), eoes: ESU, label: (l) => l.replace(/\s*'[^']*'/g, '') },
  // Office 2021 and later: the retail release is Modern, the LTSC release fixed with mainstream only
  // (as Microsoft's data files Office 2021 and Office LTSC 2021).
  office: { base: 'Office', family: 'office', phases: 'FIXED', label: dropPatchLevel,
    policy: (c) => (Number.parseInt(c.cycle, 10) >= 2021 ? (c.lts ? 'FIXED_MAINSTREAM_ONLY' : 'MODERN') : 'FIXED') },
  powershell: { base: 'PowerShell', family: 'windows', phases: 'SINGLE', policy: always('MODERN') },
  sharepoint: { base: 'SharePoint Server', family: 'office', phases: 'FIXED', policy: always('FIXED'), label: dropPatchLevel },
  surface: { base: 'Surface', family: 'surface', phases: 'SINGLE', policy: always('FIXED_MAINSTREAM_ONLY') },
  'visual-studio': { base: 'Visual Studio', family: 'vs', phases: 'SINGLE', policy: always('MODERN'), label: (l) => l.replace(' - ', ' ') },
  'windows-embedded': { base: 'Windows Embedded', family: 'windows', phases: 'FIXED', policy: always('FIXED') },
  'windows-nano-server': { base: 'Nano Server', family: 'windows', phases: 'FIXED', policy: ltsFixed },
  'windows-powershell': { base: 'Windows PowerShell', family: 'windows', phases: 'SINGLE', policy: always('COMPONENT') },
  'windows-server-core': { base: 'Windows Server Core', family: 'windows', phases: 'FIXED', policy: ltsFixed, eoes: ESU, label: (l) => (l.includes(' ') ? l : l.replace(/-/g, ' ')) },
  // Semi-Annual / Annual Channel releases ("1809-sac", "23h2-ac") are Modern; the LTSC releases fixed.
  'windows-server': { base: 'Windows Server', family: 'windows', phases: 'FIXED', eoes: ESU, policy: (c) => (/-(sac|ac)$/.test(c.cycle) ? 'MODERN' : 'FIXED') },
  // Windows 10/11 feature updates are Modern; LTSC/LTSB releases and Windows 8.1 and older are fixed.
  windows: { base: 'Windows', family: 'windows', phases: 'FIXED', eoes: ESU,
    policy: (c) => (c.lts || Number.parseInt(c.cycle, 10) < 10 ? 'FIXED' : 'MODERN') },
};

/**
 * Marketing names of Windows LTSB/LTSC releases: endoflife.date calls them "10 1809 (E)" with an LTS
 * flag, Microsoft "Windows 10 Enterprise LTSC 2019". The year cannot be derived from the version
 * (1809 shipped in 2018 as LTSC 2019), so this small table names them; the label-derived name stays an
 * alias. Keyed by `product:cycle`.
 */
export const WELL_KNOWN_CYCLE_NAMES: Readonly<Record<string, string>> = {
  'windows:10-1507-e-lts': 'Windows 10 2015 LTSB',
  'windows:10-1607-e-lts': 'Windows 10 2016 LTSB',
  'windows:10-1809-e-lts': 'Windows 10 Enterprise LTSC 2019',
  'windows:10-21h2-e-lts': 'Windows 10 Enterprise LTSC 2021',
  'windows:10-21h2-iot-lts': 'Windows 10 IoT Enterprise LTSC 2021',
  'windows:11-24h2-e-lts': 'Windows 11 Enterprise LTSC 2024',
  'windows:11-24h2-iot-lts': 'Windows 11 IoT Enterprise LTSC 2024',
  // "10 1507 IOT" ended 2020-11-10 with the Windows 10 IoT Core lifecycle.
  'windows:10-1507-iot': 'Windows 10 IoT Core',
};
