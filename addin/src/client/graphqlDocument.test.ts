import { parse } from 'graphql';
import { allFields, buildDocument, covers, fieldSet, selectionOf, type BulkFieldSpec } from './graphqlDocument.js';

const PHASES: BulkFieldSpec = { field: 'supportPhases', argName: 'lookups', argType: '[PhaseLookup!]!', selection: '__typename', errorTypename: 'LookupError' };

describe('building the batch document', () => {
  it('puts bulk lookups in one list variable and single fields under aliases with their own variables', () => {
    const doc = buildDocument({
      bulks: [{ spec: PHASES, inputs: [{ product: 'Windows 7', date: null, level: null }] }],
      singles: [
        { field: 'supportDesk', args: [{ name: 'country', type: 'Country!', value: 'NO' }], selection: 'open' },
        { field: 'liability', args: [{ name: 'incidentOn', type: 'Date!', value: '2026-01-01' }, { name: 'negligence', literal: 'GROSS' }], selection: 'remedy' },
      ],
    });
    expect(doc.query).toBe(
      'query ExcelBatch($b0: [PhaseLookup!]!, $f0_country: Country!, $f1_incidentOn: Date!) { supportPhases(lookups: $b0) { __typename } f0: supportDesk(country: $f0_country) { open } f1: liability(incidentOn: $f1_incidentOn, negligence: GROSS) { remedy } }',
    );
    expect(doc.variables).toEqual({ b0: [{ product: 'Windows 7', date: null, level: null }], f0_country: 'NO', f1_incidentOn: '2026-01-01' });
    expect(doc.aliases).toEqual(['f0', 'f1']);
    expect(() => parse(doc.query)).not.toThrow();
  });
  it('user text never enters the document itself, so quotes cannot break it', () => {
    const doc = buildDocument({ bulks: [{ spec: PHASES, inputs: [{ product: 'Evil" } { x', date: null, level: null }] }], singles: [] });
    expect(doc.query).not.toContain('Evil');
    expect(() => parse(doc.query)).not.toThrow();
  });
  it('a document of fields without arguments declares no variables', () => {
    expect(buildDocument({ bulks: [], singles: [{ field: 'catalogueInfo', args: [], selection: 'products' }] }).query).toBe('query ExcelBatch { f0: catalogueInfo { products } }');
  });
});

describe('optional fields of a bulk spec', () => {
  const SPEC: BulkFieldSpec = { ...PHASES, optional: { on: 'PhaseAnswer', fields: ['date', 'phase', 'product { name }', 'entitlements { kind }'] } };
  it('selects only the fields asked for, under the success type', () => {
    const doc = buildDocument({ bulks: [{ spec: SPEC, inputs: [], fields: fieldSet(SPEC, ['phase', 'product']) }], singles: [] });
    expect(doc.query).toBe('query ExcelBatch($b0: [PhaseLookup!]!) { supportPhases(lookups: $b0) { __typename ... on PhaseAnswer { phase product { name } } } }');
    expect(() => parse(doc.query)).not.toThrow();
  });
  it('selects every field when none are named, and still a valid fragment for an empty set', () => {
    expect(selectionOf(SPEC)).toBe('__typename ... on PhaseAnswer { date phase product { name } entitlements { kind } }');
    expect(buildDocument({ bulks: [{ spec: SPEC, inputs: [] }], singles: [] }).query).toContain('entitlements { kind }');
    expect(selectionOf(SPEC, 0)).toBe('__typename ... on PhaseAnswer { date }');
    expect(selectionOf(PHASES, 5)).toBe('__typename');
  });
  it('field sets: names by first word, unknown names refused, covers is a superset test', () => {
    const all = allFields(SPEC);
    expect(all).toBe(fieldSet(SPEC, ['date', 'phase', 'product', 'entitlements']));
    expect(() => fieldSet(SPEC, ['level'])).toThrow(/no optional field level/);
    expect(covers(all, fieldSet(SPEC, ['phase']))).toBe(true);
    expect(covers(fieldSet(SPEC, ['phase']), fieldSet(SPEC, ['phase', 'entitlements']))).toBe(false);
    expect(covers(-1, all)).toBe(true);
  });
});
