import { entitlementsFor, type Availability, type Entitlement, type EntitlementKind } from './entitlements.js';

const PRODUCT = { levelSupported: null, paidEsu: false } as const;
const table = (es: Entitlement[]): Partial<Record<EntitlementKind, Availability>> =>
  Object.fromEntries(es.map((e) => [e.kind, e.availability]));
const find = (es: Entitlement[], kind: EntitlementKind): Entitlement => es.find((e) => e.kind === kind)!;

describe('entitlementsFor', () => {
  it('grants everything in mainstream support for business software (L-PHASES)', () => {
    const es = entitlementsFor('BUSINESS', 'MAINSTREAM', PRODUCT);
    expect(table(es)).toEqual({
      DESIGN_CHANGE_REQUESTS: 'AVAILABLE',
      SECURITY_UPDATES: 'AVAILABLE',
      NON_SECURITY_HOTFIXES: 'AVAILABLE',
      FREE_SUPPORT: 'AVAILABLE',
      PAID_SUPPORT: 'AVAILABLE',
      WARRANTY_CLAIMS: 'AVAILABLE',
      ONLINE_SELF_HELP: 'AVAILABLE',
    });
    expect(es.every((e) => e.citations.length > 0 && e.citations[0]!.document === '000_ce973374ecf40211')).toBe(true);
  });

  it('keeps security updates and paid support in extended support, and hotfixes only with Extended Hotfix Support (L-EXTENDED)', () => {
    const es = entitlementsFor('DESKTOP_OS', 'EXTENDED', PRODUCT);
    expect(table(es)).toEqual({
      DESIGN_CHANGE_REQUESTS: 'NOT_AVAILABLE',
      SECURITY_UPDATES: 'AVAILABLE',
      NON_SECURITY_HOTFIXES: 'CONDITIONAL',
      FREE_SUPPORT: 'NOT_AVAILABLE',
      PAID_SUPPORT: 'AVAILABLE',
      WARRANTY_CLAIMS: 'NOT_AVAILABLE',
      ONLINE_SELF_HELP: 'AVAILABLE',
    });
    expect(find(es, 'NON_SECURITY_HOTFIXES').condition).toBe('only with an Extended Hotfix Support agreement (fee per fix)');
    expect(find(es, 'SECURITY_UPDATES').citations.map((c) => c.clause)).toEqual(['L-EXTENDED', 'L-SEC']);
  });

  it('offers no Extended Hotfix Support for consumer desktop-OS products', () => {
    const hotfixes = find(entitlementsFor('DESKTOP_OS', 'EXTENDED', { ...PRODUCT, consumerDesktopOs: true }), 'NON_SECURITY_HOTFIXES');
    expect(hotfixes).toMatchObject({ availability: 'NOT_AVAILABLE', condition: expect.stringMatching(/not offered for consumer desktop-OS/) });
    expect(hotfixes.citations[0]!.clause).toBe('L-EXTENDED');
  });

  it('grants consumer software the mainstream column and nothing in an extended phase (L-EXTENDED)', () => {
    expect(table(entitlementsFor('CONSUMER', 'MAINSTREAM', PRODUCT)).SECURITY_UPDATES).toBe('AVAILABLE');
    const extended = entitlementsFor('MULTIMEDIA', 'EXTENDED', PRODUCT);
    expect(extended.every((e) => e.availability === 'NOT_AVAILABLE')).toBe(true);
    expect(extended[0]!.citations[0]!.clause).toBe('L-EXTENDED');
  });

  it('leaves only online self-help after end of support, and nothing at all afterwards or before release', () => {
    const selfHelp = entitlementsFor('BUSINESS', 'SELF_HELP_ONLY', PRODUCT);
    expect(selfHelp.filter((e) => e.availability !== 'NOT_AVAILABLE').map((e) => e.kind)).toEqual(['ONLINE_SELF_HELP']);
    expect(find(selfHelp, 'ONLINE_SELF_HELP').citations[0]!.clause).toBe('L-SELFHELP');
    for (const phase of ['END_OF_SUPPORT', 'PRE_RELEASE'] as const) {
      const es = entitlementsFor('BUSINESS', phase, PRODUCT);
      expect(es).toHaveLength(7);
      expect(es.every((e) => e.availability === 'NOT_AVAILABLE')).toBe(true);
    }
  });

  it('turns security updates into a paid ESU year when one covers the date', () => {
    const es = entitlementsFor('DESKTOP_OS', 'SELF_HELP_ONLY', { ...PRODUCT, paidEsu: true, esuYear: 1 });
    expect(find(es, 'SECURITY_UPDATES')).toMatchObject({ availability: 'PAID', condition: 'Extended Security Updates year 1, purchased separately' });
    expect(find(es, 'ONLINE_SELF_HELP').availability).toBe('AVAILABLE');
    const after = entitlementsFor('DESKTOP_OS', 'END_OF_SUPPORT', { ...PRODUCT, paidEsu: true, esuYear: 2 });
    expect(find(after, 'SECURITY_UPDATES')).toMatchObject({ availability: 'PAID', condition: 'Extended Security Updates year 2, purchased separately' });
  });

  it('gives an unsupported level of a supported product limited troubleshooting and no updates (L-SP)', () => {
    const es = entitlementsFor('DESKTOP_OS', 'SELF_HELP_ONLY', { levelSupported: false, paidEsu: false, productPhase: 'MAINSTREAM', upgradeTo: 'SP1' });
    expect(table(es)).toEqual({
      DESIGN_CHANGE_REQUESTS: 'NOT_AVAILABLE',
      SECURITY_UPDATES: 'NOT_AVAILABLE',
      NON_SECURITY_HOTFIXES: 'NOT_AVAILABLE',
      FREE_SUPPORT: 'CONDITIONAL',
      PAID_SUPPORT: 'CONDITIONAL',
      WARRANTY_CLAIMS: 'CONDITIONAL',
      ONLINE_SELF_HELP: 'AVAILABLE',
    });
    expect(find(es, 'PAID_SUPPORT').condition).toBe('limited troubleshooting only; escalation requires upgrading to SP1');
    expect(find(es, 'SECURITY_UPDATES').citations.map((c) => c.clause)).toEqual(['L-SP', 'L-SEC']);
  });

  it('keeps free support unavailable for an unsupported level while the product is in extended support', () => {
    const es = entitlementsFor('DESKTOP_OS', 'END_OF_SUPPORT', { levelSupported: false, paidEsu: false, productPhase: 'EXTENDED' });
    expect(find(es, 'FREE_SUPPORT').availability).toBe('NOT_AVAILABLE');
    expect(find(es, 'PAID_SUPPORT').condition).toMatch(/upgrading to a supported service-pack level/);
  });

  it('gives consumer hardware repair, paid support, self-help and firmware updates for its four years (L-HW)', () => {
    const es = entitlementsFor('CONSUMER_HARDWARE', 'MAINSTREAM', PRODUCT);
    expect(table(es)).toEqual({
      HARDWARE_REPAIR: 'AVAILABLE',
      PAID_SUPPORT: 'AVAILABLE',
      ONLINE_SELF_HELP: 'AVAILABLE',
      FIRMWARE_UPDATES: 'AVAILABLE',
      SECURITY_UPDATES: 'AVAILABLE',
    });
    expect(find(es, 'HARDWARE_REPAIR').condition).toBe('free under warranty, paid outside warranty');
  });

  it('sends Surface security updates to the device OS’s lifecycle, even after the device’s own end (L-HW-SEC)', () => {
    for (const phase of ['MAINSTREAM', 'END_OF_SUPPORT'] as const) {
      const security = find(entitlementsFor('CONSUMER_HARDWARE', phase, { ...PRODUCT, surface: true }), 'SECURITY_UPDATES');
      expect(security).toMatchObject({ availability: 'CONDITIONAL', condition: "follows the lifecycle of the device's operating system" });
      expect(security.citations[0]!.clause).toBe('L-HW-SEC');
    }
  });

  it('makes Online Service support conditional on a valid agreement (L-ONLINE-SUPPORT)', () => {
    const free = find(entitlementsFor('ONLINE_SERVICE', 'MAINSTREAM', PRODUCT), 'FREE_SUPPORT');
    expect(free).toMatchObject({ availability: 'CONDITIONAL', condition: "while the customer's agreement for the service is valid" });
    expect(free.citations[0]!.clause).toBe('L-ONLINE-SUPPORT');
  });
});
