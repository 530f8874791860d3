/**
 * The plain-English notes of a phase answer, each with a citation of the policy section it explains
 * (the answer's own citations carry the exact rules; e.g. a derived date's note cites L-PHASES, while the
 * L-POLICY default lengths it comes from are cited by the answer). They explain what the bare
 * phase cannot: the Modern policy's open end, Online Services' agreement condition, components, derived
 * dates, an unsupported service-pack level, paid ESU years, the self-help minimum, and the product
 * exceptions the policy names (consumer desktop OS, Surface, Office 2000).
 */
import { daysBetween, type IsoDate } from '../../kernel/dates.js';
import type { Citation } from '../../kernel/citations.js';
import type { ProductRecord } from './lifecycleTypes.js';
import type { SupportPhase } from './supportPhase.js';
import type { EffectiveDates } from './effectiveDates.js';
import type { LevelSupport } from './servicePackSupport.js';
import type { ProductTraits } from './productTraits.js';
import type { PaidEsuYear } from './levelCoverage.js';
import { cite, LIFECYCLE_RULES as R, type RuleSource } from './lifecycleRules.js';

export interface NoteContext {
  product: ProductRecord;
  date: IsoDate;
  phase: SupportPhase;
  productPhase: SupportPhase;
  dates: EffectiveDates;
  level: LevelSupport | null;
  levelSupported: boolean | null;
  upgradeTo: string | null;
  esu: PaidEsuYear | null;
  traits: ProductTraits;
  supportEnds: IsoDate | null;
  selfHelpEnds: IsoDate | null;
}

export const MODERN_NO_END = 'Modern Lifecycle Policy: supported while the customer stays current; no fixed end date';

export function phaseNotes(ctx: NoteContext): { notes: string[]; citations: Citation[] } {
  const notes: string[] = [];
  const citations: Citation[] = [];
  const add = (text: string, rule: RuleSource): void => {
    notes.push(text);
    citations.push(cite(rule));
  };
  const { product, phase, level, dates } = ctx;
  const serviced = phase === 'MAINSTREAM' || phase === 'EXTENDED';

  if (phase === 'PRE_RELEASE') {
    // A level without a start date of its own starts with the product (phaseProfile does the same).
    const what = level
      ? `${level.label} (${level.code}) is not released until ${level.start ?? dates.generalAvailability}`
      : `${product.name} is not generally available until ${dates.generalAvailability}`;
    add(`${what}: no support entitlements yet.`, R.phases);
  }
  if (product.policy === 'MODERN' || product.policy === 'ONLINE') {
    if (dates.lastSupportDay === null) add(MODERN_NO_END, R.policyScope);
    else if (serviced) {
      add(`Modern Lifecycle Policy: supported while the customer stays current, until the announced end on ${dates.lastSupportDay}.`, R.policyScope);
    }
  }
  if (product.policy === 'ONLINE') add("Online Services: support is available as long as the customer's agreement for the service is valid.", R.onlineSupport);
  if (product.policy === 'COMPONENT') {
    const own = dates.lastSupportDay === null ? ' It publishes no end date of its own.' : '';
    add(`A component follows its parent product's lifecycle: check the parent product's dates too.${own}`, R.policyScope);
  }
  for (const text of dates.notes) add(text, R.phases);
  for (const text of level?.notes ?? []) add(text, R.servicePackPolicy);

  if (serviced && !['CONSUMER_HARDWARE', 'ONLINE_SERVICE'].includes(product.category) && product.policy !== 'ONLINE') {
    add('Some products require enrolment in a maintenance programme to receive these benefits.', R.maintenanceProgramme);
  }
  if (phase === 'MAINSTREAM' && dates.extendedEnd === null && dates.lastSupportDay !== null && product.policy !== 'MODERN' && product.policy !== 'ONLINE') {
    add(`No extended support phase: support ends with mainstream support on ${dates.lastSupportDay}.`, R.extendedNotOffered);
  }
  if (phase === 'EXTENDED' && product.category === 'DESKTOP_OS') {
    add('Extended Hotfix Support is not offered for consumer desktop-OS products (Home editions).', R.productTraits.consumerDesktopOs);
  }
  if (level && level.kind !== 'ESU' && ctx.levelSupported === false && phase !== 'PRE_RELEASE') {
    const productServiced = ctx.productPhase === 'MAINSTREAM' || ctx.productPhase === 'EXTENDED';
    const upgrade = productServiced ? `upgrade to ${ctx.upgradeTo ?? 'a supported service-pack level'}` : 'the product itself is past end of support';
    add(
      `${level.code} is not a supported level on ${ctx.date} (its support ended ${level.end}): limited troubleshooting only, ` +
        `no security updates or hotfixes, no access to the product team; ${upgrade}.`,
      R.unsupportedLevel,
    );
  }
  if (ctx.esu) {
    add(
      `${esuName(ctx.esu)} (${ctx.esu.start ?? '?'} – ${ctx.esu.ends}${esuSpan(ctx.esu)}) covers this date: ` +
        'paid security updates after the end of extended support, purchased separately.',
      R.paidEsu,
    );
  } else if (level?.kind === 'ESU') {
    add(`${level.label} runs ${level.start ?? '?'} – ${level.end ?? '?'} and does not cover ${ctx.date}.`, R.paidEsu);
  }
  if (phase === 'SELF_HELP_ONLY') {
    const after = `${R.selfHelp.months} months after the last support day ${ctx.supportEnds}`;
    add(`Online self-help is guaranteed until at least ${ctx.selfHelpEnds} (${after}; a minimum).`, R.selfHelp);
  }
  if (phase === 'END_OF_SUPPORT') {
    add(`Support ended on ${ctx.supportEnds}; the guaranteed online self-help period ended on ${ctx.selfHelpEnds}.`, R.selfHelp);
  }
  if (ctx.traits.surface) add("Surface: the device's software and security updates follow the lifecycle of its operating system.", R.hardwareSurface);
  if (ctx.traits.downloadCenterOnly) {
    add('Office 2000 security updates are available only from the Microsoft Download Center, not through Windows Update.', R.downloadCenterOnly);
  }
  return { notes, citations };
}

/** "Extended Security Updates year 2", or the level's own label when it is not one numbered year. */
function esuName(esu: PaidEsuYear): string {
  return esu.year !== null ? `Extended Security Updates year ${esu.year}` : esu.label;
}

/** ", up to 3 paid years; the yearly boundaries are not published" for a range over several years. */
function esuSpan(esu: PaidEsuYear): string {
  if (esu.year !== null || !esu.start) return '';
  const years = Math.round(daysBetween(esu.start, esu.ends) / 365.25);
  return years > 1 ? `, up to ${years} paid years; the yearly boundaries are not published` : '';
}
