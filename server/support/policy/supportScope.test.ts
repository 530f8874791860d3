import { supportScope, type ScopeContext, type SupportTopic } from './supportScope.js';

const ok: ScopeContext = {
  endUserSupportIncluded: true,
  migrationCompleted: true,
  dutiesMet: { antivirus: true, firewall: true, backup: true },
};
const ask = (topic: SupportTopic, context: Partial<ScopeContext> = {}, platform: string | null = null, version: string | null = null) =>
  supportScope({ topic, platform, version, context: { ...ok, ...context }, latestMacOs: '15' });

describe('support scope (T-§5, T-§6, T-§9)', () => {
  it('an included topic with every condition met is in scope, delivered by phone or remote control', () => {
    const a = ask('PRINTING', {}, 'Windows', '10');
    expect(a.decision).toBe('IN_SCOPE');
    expect(a.platform).toMatchObject({ kind: 'WINDOWS', version: '10', supported: true });
    expect(a.reasons[0]).toMatch(/^End-user support includes this: an individual user's printing problem/);
    expect(a.reasons.at(-1)).toMatch(/phone or remote control/);
    expect(a.citations.map((c) => c.clause)).toEqual(['T-§5', 'T-§6', 'T-§6']);
  });

  it('gives every reason its citation, one for one and in order', () => {
    const a = ask('SERVER_PROBLEM', { endUserSupportIncluded: false, migrationCompleted: false, dutiesMet: { antivirus: false, firewall: false, backup: false } }, 'Windows XP');
    expect(a.citations).toHaveLength(a.reasons.length);
    a.reasons.forEach((r, i) => expect(r.endsWith(`(${a.citations[i]!.clause}).`)).toBe(true));
  });

  it.each([
    'SERVER_PROBLEM', 'TERMINAL_SERVER', 'PASSWORD_RECOVERY_OWN_SERVER', 'FEDERATED_HYBRID_ADMINISTRATION', 'OTHER_SOFTWARE',
    'NON_ORIGINAL_CONFIGURATION_DAMAGE', 'EXTERNAL_EVENT_DAMAGE', 'NON_PREINSTALLED_SOFTWARE', 'UNAPPROVED_THIRD_PARTY_SOLUTION',
  ] as const)('%s is excluded by T-§6', (topic) => {
    const a = ask(topic);
    expect(a.decision).toBe('OUT_OF_SCOPE');
    expect(a.reasons[0]).toMatch(/^Not covered: /);
    expect(a.citations[0]!.clause).toBe('T-§6');
  });

  it('migration itself is the customer’s job (T-§5)', () => {
    expect(ask('MIGRATION')).toMatchObject({ decision: 'OUT_OF_SCOPE', citations: [expect.objectContaining({ clause: 'T-§5' })] });
  });

  it('an approved third-party app is escalated to its vendor', () => {
    expect(ask('APPROVED_THIRD_PARTY_APP').decision).toBe('ESCALATE_TO_VENDOR');
  });

  it('escalation is part of end-user support: without it the app is out of scope', () => {
    expect(ask('APPROVED_THIRD_PARTY_APP', { endUserSupportIncluded: false }).decision).toBe('OUT_OF_SCOPE');
  });

  it('without end-user support only the superuser gets help, and only for critical portal errors', () => {
    const portal = ask('PORTAL_CRITICAL_ERROR', { endUserSupportIncluded: false });
    expect(portal.decision).toBe('SUPERUSER_ONLY');
    expect(portal.reasons[0]).toMatch(/superuser, for critical errors identified in the Office 365 portal/);
    const printing = ask('PRINTING', { endUserSupportIncluded: false });
    expect(printing.decision).toBe('OUT_OF_SCOPE');
    expect(printing.reasons.join(' ')).toMatch(/does not include end-user support.*ordered separately/);
    expect(printing.citations.map((c) => c.clause)).toEqual(['T-§5', 'T-§5', 'T-§2']);
  });

  it('a critical portal error is simply in scope when end-user support is active', () => {
    expect(ask('PORTAL_CRITICAL_ERROR').decision).toBe('IN_SCOPE');
  });

  it('during migration end-user support is not active, but the superuser still gets portal help', () => {
    const a = ask('PASSWORD_CHANGE', { migrationCompleted: false });
    expect(a.decision).toBe('OUT_OF_SCOPE');
    expect(a.reasons.join(' ')).toMatch(/not active while the migration/);
    expect(ask('PORTAL_CRITICAL_ERROR', { migrationCompleted: false }).decision).toBe('SUPERUSER_ONLY');
  });

  it('names each unmet customer duty, all of them', () => {
    const a = ask('GENERAL_USER_QUESTION', { dutiesMet: { antivirus: false, firewall: true, backup: false } });
    expect(a.decision).toBe('OUT_OF_SCOPE');
    const duties = a.reasons.filter((r) => r.includes('duty is not met'));
    expect(duties).toEqual([
      'Support applies only when the customer keeps active antivirus protection on every client, and this duty is not met (T-§9).',
      'Support applies only when the customer keeps an up-to-date backup, and this duty is not met (T-§9).',
    ]);
  });

  it('does not require antivirus on a smartphone, but still a firewall', () => {
    expect(ask('CLIENT_ACCESS', { dutiesMet: { antivirus: false, firewall: true, backup: true } }, 'iPhone').decision).toBe('IN_SCOPE');
    expect(ask('CLIENT_ACCESS', { dutiesMet: { antivirus: false, firewall: true, backup: true } }, 'Windows 10').decision).toBe('OUT_OF_SCOPE');
    expect(ask('CLIENT_ACCESS', { dutiesMet: { antivirus: true, firewall: false, backup: true } }, 'Android').decision).toBe('OUT_OF_SCOPE');
  });

  it('a rights change needs a written order from the contact person', () => {
    expect(ask('RIGHTS_CHANGE', { writtenOrderFromContact: false }).decision).toBe('OUT_OF_SCOPE');
    const ordered = ask('RIGHTS_CHANGE', { writtenOrderFromContact: true });
    expect(ordered.decision).toBe('IN_SCOPE');
    expect(ordered.reasons[1]).toMatch(/ordered in writing/);
    const unknown = ask('RIGHTS_CHANGE');
    expect(unknown.decision).toBe('IN_SCOPE');
    expect(unknown.reasons[1]).toMatch(/only on a written order from the customer’s contact person \(T-§5\)/);
  });

  it('a platform below the T-§6 minimum puts an included topic out of scope, with the reason', () => {
    const a = ask('CLIENT_INSTALLATION', {}, 'Office 2010');
    expect(a.decision).toBe('OUT_OF_SCOPE');
    expect(a.platform).toMatchObject({ kind: 'OFFICE', supported: false });
    expect(a.reasons).toContain('Platform not covered: Office 2010 is below the minimum: only Office 2013 or later is covered (T-§6).');
  });

  it('Windows 7 is still within the contract’s platform list', () => {
    expect(ask('PERFORMANCE', {}, 'Windows 7').decision).toBe('IN_SCOPE');
  });

  it('an old macOS and an unknown platform are out of scope', () => {
    expect(ask('PERFORMANCE', {}, 'macOS', '13').decision).toBe('OUT_OF_SCOPE');
    expect(ask('PERFORMANCE', {}, 'ChromeOS').decision).toBe('OUT_OF_SCOPE');
  });

  it('a blank platform is treated as not given', () => {
    expect(ask('SERVICE_STATUS', {}, '   ', '10')).toMatchObject({ decision: 'IN_SCOPE', platform: null });
  });

  it('collects every reason at once rather than stopping at the first', () => {
    const a = ask('RIGHTS_CHANGE', { endUserSupportIncluded: false, migrationCompleted: false, writtenOrderFromContact: false, dutiesMet: { antivirus: true, firewall: false, backup: true } }, 'Windows XP');
    expect(a.decision).toBe('OUT_OF_SCOPE');
    expect(a.reasons).toHaveLength(7); // included topic, no end-user support, order separately, migration, no order, platform, firewall
  });
});
