/**
 * The fixed list of support topics a scope question is asked about (docs/domain.md §4), derived from the
 * included list in T-§5 and the exclusions in T-§6; each topic's rule lives in seed/terms/supportTopics.json.
 */
import topicsJson from '../../../seed/terms/supportTopics.json' with { type: 'json' };
import { checkTermsRecord, type TermsRecord } from '../../kernel/termsRecord.js';

export const SUPPORT_TOPICS = [
  'GENERAL_USER_QUESTION',
  'PRINTING',
  'NETWORK_CONNECTION',
  'PERFORMANCE',
  'SERVICE_STATUS',
  'CLIENT_ACCESS',
  'CLIENT_INSTALLATION',
  'PASSWORD_CHANGE',
  'RIGHTS_CHANGE',
  'USER_GROUP_ADMINISTRATION',
  'SERVER_PROBLEM',
  'TERMINAL_SERVER',
  'PASSWORD_RECOVERY_OWN_SERVER',
  'FEDERATED_HYBRID_ADMINISTRATION',
  'OTHER_SOFTWARE',
  'NON_ORIGINAL_CONFIGURATION_DAMAGE',
  'EXTERNAL_EVENT_DAMAGE',
  'NON_PREINSTALLED_SOFTWARE',
  'UNAPPROVED_THIRD_PARTY_SOLUTION',
  'APPROVED_THIRD_PARTY_APP',
  'PORTAL_CRITICAL_ERROR',
  'MIGRATION',
] as const;
export type SupportTopic = (typeof SUPPORT_TOPICS)[number];

/**
 * END_USER: in the T-§5 end-user list; SUPERUSER: the critical portal errors the superuser gets help with
 * even without end-user support; ESCALATE: approved apps outside Office 365 support; EXCLUDED: T-§6
 * exclusions (and migration, the customer's own job under T-§5).
 */
export type TopicCategory = 'END_USER' | 'SUPERUSER' | 'ESCALATE' | 'EXCLUDED';

export interface TopicRule extends TermsRecord {
  topic: SupportTopic;
  category: TopicCategory;
  /** T-§5: rights changes only on a written order from the customer's contact person. */
  requiresWrittenOrder: boolean;
  description: string;
}

const CATEGORIES: readonly TopicCategory[] = ['END_USER', 'SUPERUSER', 'ESCALATE', 'EXCLUDED'];

function loadTopicRules(): Record<SupportTopic, TopicRule> {
  const rules = new Map<string, TopicRule>();
  for (const r of topicsJson.topics as Array<Record<string, unknown>>) {
    const topic = r.topic as SupportTopic;
    if (!SUPPORT_TOPICS.includes(topic) || rules.has(topic)) throw new Error(`seed/terms/supportTopics.json: unknown or repeated topic ${String(r.topic)}`);
    if (!CATEGORIES.includes(r.category as TopicCategory) || typeof r.description !== 'string') {
      throw new Error(`seed/terms/supportTopics.json: ${topic} needs a category and a description`);
    }
    rules.set(topic, {
      ...checkTermsRecord(topic, r),
      topic,
      category: r.category as TopicCategory,
      requiresWrittenOrder: r.requiresWrittenOrder === true,
      description: r.description,
    });
  }
  const missing = SUPPORT_TOPICS.filter((t) => !rules.has(t));
  if (missing.length > 0) throw new Error(`seed/terms/supportTopics.json: no rule for ${missing.join(', ')}`);
  return Object.fromEntries(rules) as Record<SupportTopic, TopicRule>;
}

export const TOPIC_RULES: Readonly<Record<SupportTopic, TopicRule>> = loadTopicRules();

/** One English line per topic: the GraphQL enum's value descriptions. */
export const TOPIC_DESCRIPTIONS: Readonly<Record<SupportTopic, string>> = Object.fromEntries(
  SUPPORT_TOPICS.map((t) => [t, TOPIC_RULES[t].description]),
) as Record<SupportTopic, string>;

const c = topicsJson.conditions;
/** The T-§5/§2/§6 conditions that apply across topics. */
export const SCOPE_CONDITIONS = {
  endUserSupportInProduct: checkTermsRecord('endUserSupportInProduct', c.endUserSupportInProduct),
  superuserWithoutEndUserSupport: checkTermsRecord('superuserWithoutEndUserSupport', c.superuserWithoutEndUserSupport),
  migrationCompleted: checkTermsRecord('migrationCompleted', c.migrationCompleted),
  orderSeparately: checkTermsRecord('orderSeparately', c.orderSeparately),
  deliveryChannels: checkTermsRecord('deliveryChannels', c.deliveryChannels),
} as const;
