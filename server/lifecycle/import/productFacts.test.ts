import { readFileSync } from 'node:fs';
import { convertFacts, factsPolicy, factsSlug, leadingDate } from './productFacts.js';

const raw = JSON.parse(readFileSync(new URL('../../../seed/lifecycle/product-facts.json', import.meta.url), 'utf8')) as unknown;
const { products, skipped, notes } = convertFacts(raw);
const product = (slug: string) => products.find((p) => p.slug === slug);

describe('product facts → products', () => {
  it('Windows NT 4.0 becomes one product per edition, each with its own dates and the final SP6a level', () => {
    expect(product('windows-nt-40-workstation')).toMatchObject({ name: 'Windows NT 4.0 Workstation', category: 'DESKTOP_OS', spFamily: 'WINDOWS', generalAvailability: '1996-07-29', mainstreamEnd: '2002-06-30', extendedEnd: '2004-06-30', source: 'PRODUCT_FACTS' });
    expect(product('windows-nt-40-server')).toMatchObject({ category: 'BUSINESS', mainstreamEnd: '2002-12-31', extendedEnd: '2004-12-31' });
    expect(product('windows-nt-40-embedded')).toMatchObject({ mainstreamEnd: '2003-06-30', extendedEnd: '2006-07-11' });
    expect(product('windows-nt-40-server')!.levels).toEqual([{ code: 'SP6A', label: 'Service Pack 6a', kind: 'SERVICE_PACK', ordinal: 0, start: null, end: null }]);
  });

  it('Office 2000 has no exact start date ("1999-06") and a final SP3', () => {
    expect(product('office-2000')).toMatchObject({ generalAvailability: null, mainstreamEnd: '2004-06-30', extendedEnd: '2009-07-14', policy: 'FIXED', spFamily: 'OFFICE' });
    expect(product('office-2000')!.levels.map((l) => l.code)).toEqual(['SP3']);
  });

  it('Windows Live Mail is consumer software with no extended phase, also found by its suite name', () => {
    expect(product('windows-live-mail')).toMatchObject({ name: 'Windows Live Mail', category: 'CONSUMER', spFamily: 'CONSUMER', policy: 'FIXED_MAINSTREAM_ONLY', mainstreamEnd: '2017-01-10', extendedEnd: null });
    expect(product('windows-live-mail')!.aliases).toEqual(expect.arrayContaining(['Windows Live Mail (Windows Essentials 2012)', 'Windows Essentials 2012']));
  });

  it('Dynamics CRM Online is an online service kept without dates (notice periods apply, L-ONLINE-NOTICE)', () => {
    expect(product('dynamics-crm-online')).toMatchObject({ policy: 'ONLINE', category: 'ONLINE_SERVICE', spFamily: 'DYNAMICS', generalAvailability: null, mainstreamEnd: null });
  });

  it('converts versions and example devices too (the merge drops those other sources have)', () => {
    expect(product('windows-10-mobile-1709')!.aliases).toContain('Windows 10 Mobile, released in October 2017');
    expect(product('surface-2')).toMatchObject({ category: 'CONSUMER_HARDWARE', mainstreamEnd: '2018-04-10' });
    expect(product('surface-pro-2')).toBeDefined();
  });

  it('keeps the confidence statements as notes, and skips nothing in the shipped file', () => {
    expect(notes.find((n) => n.slug === 'windows-nt-40-workstation')!.note).toMatch(/^confidence low-medium/);
    expect(notes.find((n) => n.slug === 'office-2000')!.note).toMatch(/^confidence medium/);
    expect(skipped).toEqual([]);
  });

  it('reads dates, policies and slugs from free text without inventing days', () => {
    expect(leadingDate('2012-08-07 (Windows Essentials 2012 release)')).toBe('2012-08-07');
    expect(leadingDate('1999-06 (launch)')).toBeNull();
    expect(leadingDate('2023-02-29')).toBeNull();
    expect(factsPolicy('consumer software (mainstream only)')).toBe('FIXED_MAINSTREAM_ONLY');
    expect(factsPolicy('Online Services Support Lifecycle Policy (2011)')).toBe('ONLINE');
    expect(factsPolicy('pre-2002 support policy')).toBe('FIXED');
    expect(factsSlug('Windows NT 4.0 Workstation')).toBe('windows-nt-40-workstation');
  });

  it('skips an undated non-online product and a nameless entry, and rejects a file without products', () => {
    const result = convertFacts({ products: [{ name: 'Vapourware 1.0', policy: 'fixed' }, { policy: 'fixed' }] });
    expect(result.products).toEqual([]);
    expect(result.skipped.map((s) => s.reason)).toEqual(['no dates at all', 'malformed fact: no name']);
    expect(() => convertFacts({ products: [] })).toThrow(/products/);
  });
});
