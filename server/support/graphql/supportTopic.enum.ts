import { registerEnumType } from 'type-graphql';
import { SUPPORT_TOPICS, TOPIC_DESCRIPTIONS, type SupportTopic } from '../policy/supportScope.js';

/** The GraphQL enum is generated from the policy's topic list so the two cannot drift. */
export const SupportTopicEnum = Object.fromEntries(SUPPORT_TOPICS.map((t) => [t, t])) as { [K in SupportTopic]: K };

registerEnumType(SupportTopicEnum, {
  name: 'SupportTopic',
  description: 'What a support request is about (T-§5 included list, T-§6 exclusions).',
  valuesConfig: Object.fromEntries(SUPPORT_TOPICS.map((t) => [t, { description: (TOPIC_DESCRIPTIONS as Record<string, string>)[t] }])),
});
