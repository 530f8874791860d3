import { SCOPE_CONDITIONS, SUPPORT_TOPICS, TOPIC_DESCRIPTIONS, TOPIC_RULES } from './supportTopics.js';

describe('the support topic table (T-§5, T-§6)', () => {
  it('has exactly one rule and one English description per topic', () => {
    expect(Object.keys(TOPIC_RULES).sort()).toEqual([...SUPPORT_TOPICS].sort());
    for (const t of SUPPORT_TOPICS) {
      expect(TOPIC_DESCRIPTIONS[t]).toMatch(/^[A-Z].+\.$/);
      expect(TOPIC_DESCRIPTIONS[t]).not.toMatch(/\n/);
    }
  });

  it('takes the included topics from T-§5 and the exclusions from T-§6', () => {
    expect(TOPIC_RULES.PRINTING).toMatchObject({ category: 'END_USER', clause: 'T-§5' });
    expect(TOPIC_RULES.SERVER_PROBLEM).toMatchObject({ category: 'EXCLUDED', clause: 'T-§6' });
    expect(TOPIC_RULES.APPROVED_THIRD_PARTY_APP).toMatchObject({ category: 'ESCALATE', clause: 'T-§5' });
    expect(TOPIC_RULES.PORTAL_CRITICAL_ERROR).toMatchObject({ category: 'SUPERUSER', clause: 'T-§5' });
  });

  it('marks only rights changes as needing a written order from the contact person', () => {
    expect(SUPPORT_TOPICS.filter((t) => TOPIC_RULES[t].requiresWrittenOrder)).toEqual(['RIGHTS_CHANGE']);
  });

  it('points every record at the terms document', () => {
    for (const r of [...Object.values(TOPIC_RULES), ...Object.values(SCOPE_CONDITIONS)]) {
      expect(r.document).toBe('003_02c581ca7a5a5e40');
      expect(r.clause).toMatch(/^T-§\d+$/);
    }
  });
});
