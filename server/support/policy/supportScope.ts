/**
 * Is a support request within the contract (T-§5, T-§6, T-§9; docs/domain.md §4)? Every condition is checked and
 * every reason reported, not just the first; `citations[i]` is the clause behind `reasons[i]`.
 */
import dutiesJson from '../../../seed/terms/customerDuties.json' with { type: 'json' };
import type { Citation } from '../../kernel/citations.js';
import { checkPlatform, PLATFORM_RULES, type PlatformCheck } from './platformCheck.js';
import { checkTermsRecord, cite, type TermsRecord } from '../../kernel/termsRecord.js';
import { SCOPE_CONDITIONS as C, TOPIC_RULES, type SupportTopic } from './supportTopics.js';

export { SUPPORT_TOPICS, TOPIC_DESCRIPTIONS, type SupportTopic } from './supportTopics.js';
export { checkPlatform, PLATFORM_KINDS, type PlatformCheck, type PlatformKind } from './platformCheck.js';

export const SCOPE_DECISIONS = ['IN_SCOPE', 'SUPERUSER_ONLY', 'OUT_OF_SCOPE', 'ESCALATE_TO_VENDOR'] as const;
export type ScopeDecision = (typeof SCOPE_DECISIONS)[number];

export interface ScopeContext {
  /** The purchased product says it includes end-user support (T-§5). */
  endUserSupportIncluded: boolean;
  /** The customer's migration to Office 365 is complete (T-§5). */
  migrationCompleted: boolean;
  /** T-§9 customer duties on every client. */
  dutiesMet: { antivirus: boolean; firewall: boolean; backup: boolean };
  /** RIGHTS_CHANGE: the customer's contact person ordered it in writing; unknown when absent. */
  writtenOrderFromContact?: boolean | null;
}

export interface ScopeAnswer {
  decision: ScopeDecision;
  reasons: string[];
  citations: Citation[];
  platform: PlatformCheck | null;
}

type Duty = keyof ScopeContext['dutiesMet'];
const DUTIES = dutiesJson.duties.map((d) => ({
  ...checkTermsRecord(d.duty, d),
  duty: d.duty as Duty,
  label: d.label,
  exemptOnMobile: d.exemptOnMobile,
}));
const MOBILE = new Set(['IOS', 'ANDROID', 'WINDOWS_PHONE']);

export function supportScope(input: {
  topic: SupportTopic;
  platform?: string | null;
  version?: string | null;
  context: ScopeContext;
  latestMacOs: string;
}): ScopeAnswer {
  const { topic, context } = input;
  const rule = TOPIC_RULES[topic];
  if (!rule) throw new RangeError(`Unknown support topic ${String(topic)}`);
  const reasons: string[] = [];
  const citations: Citation[] = [];
  const flags = { out: false, superuser: false, escalate: false };
  const because = (record: TermsRecord, reason: string, flag?: keyof typeof flags) => {
    reasons.push(`${reason} (${record.clause}).`);
    citations.push(cite(record, reason + '.'));
    if (flag) flags[flag] = true;
  };

  const endUserActive = context.endUserSupportIncluded && context.migrationCompleted;
  switch (rule.category) {
    case 'EXCLUDED':
      because(rule, `Not covered: ${lower(rule.description.replace(/ \(excluded\)\.$|\.$/, ''))}`, 'out');
      break;
    case 'ESCALATE':
      because(rule, 'Applications approved by the supplier but outside Office 365 support are escalated to their third-party vendor', 'escalate');
      break;
    case 'SUPERUSER':
      if (endUserActive) because(rule, 'Critical errors identified in the Office 365 portal are covered by the end-user support');
      else because(C.superuserWithoutEndUserSupport, 'Without active end-user support, the supplier supports only the customer’s superuser, for critical errors identified in the Office 365 portal', 'superuser');
      break;
    case 'END_USER':
      because(rule, `End-user support includes this: ${lower(rule.description.replace(/\.$/, ''))}`);
      break;
  }

  // End-user support needs a product that includes it and a finished migration (T-§5); the superuser's
  // critical-portal-error support does not, so the portal topic is already answered above.
  if (rule.category !== 'SUPERUSER') {
    if (!context.endUserSupportIncluded) {
      because(C.endUserSupportInProduct, 'The purchased product does not include end-user support; only the superuser is supported, for critical errors in the Office 365 portal', 'out');
      because(C.orderSeparately, 'Support outside the subscription can be ordered separately at the current price list');
    }
    if (!context.migrationCompleted) {
      because(C.migrationCompleted, 'End-user support is not active while the migration to Office 365 is in progress', 'out');
    }
  }

  if (rule.requiresWrittenOrder) {
    const order = context.writtenOrderFromContact;
    if (order === false) because(rule, 'Rights and access are changed only on a written order from the customer’s contact person, and there is none', 'out');
    else if (order === true) because(rule, 'The change was ordered in writing by the customer’s contact person, as required');
    else because(rule, 'Rights and access are changed only on a written order from the customer’s contact person');
  }

  const platform = input.platform?.trim() ? checkPlatform(input.platform, input.version ?? null, { latestMacOs: input.latestMacOs }) : null;
  if (platform) {
    const record = PLATFORM_RULES.get(platform.kind)!; // T-§6: the client-platform list
    const text = platform.reason.replace(/ \(T-§\d+\)$/, '');
    because(record, platform.supported ? text : `Platform not covered: ${text}`, platform.supported ? undefined : 'out');
  }

  for (const duty of DUTIES) {
    if (context.dutiesMet[duty.duty]) continue;
    if (duty.exemptOnMobile && platform && MOBILE.has(platform.kind)) {
      because(duty, `${cap(duty.label)} is not required on tablets and smartphones`);
      continue;
    }
    because(duty, `Support applies only when the customer keeps ${duty.label}, and this duty is not met`, 'out');
  }

  const decision: ScopeDecision = flags.out ? 'OUT_OF_SCOPE' : flags.escalate ? 'ESCALATE_TO_VENDOR' : flags.superuser ? 'SUPERUSER_ONLY' : 'IN_SCOPE';
  if (decision === 'IN_SCOPE' || decision === 'SUPERUSER_ONLY') {
    because(C.deliveryChannels, 'Support is given by phone or remote control only, unless agreed otherwise in writing');
  }
  return { decision, reasons, citations, platform };
}

function lower(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
