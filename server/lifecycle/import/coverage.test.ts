import type { ProductRecord } from '../policy/lifecycleTypes.js';
import { findCoverage, lastDay, nameIndex } from './coverage.js';

const product = (over: Partial<ProductRecord>): ProductRecord => ({
  slug: 'p', name: 'P', aliases: [], family: 'windows', policy: 'FIXED', category: 'BUSINESS', spFamily: 'WINDOWS',
  generalAvailability: null, mainstreamEnd: null, extendedEnd: null, retirement: null, levels: [], source: 'MICROSOFT_LIFECYCLE', ...over,
});
const win7 = product({
  slug: 'windows-7', name: 'Windows 7', aliases: ['Win 7'], generalAvailability: '2009-10-22', mainstreamEnd: '2015-01-13', extendedEnd: '2020-01-14',
  levels: [
    { code: 'RTM', label: 'Original Release', kind: 'RTM', ordinal: 0, start: '2009-10-22', end: '2013-04-09' },
    { code: 'SP1', label: 'Service Pack 1', kind: 'SERVICE_PACK', ordinal: 1, start: '2011-02-22', end: '2020-01-14' },
  ],
});
const reference = [win7];
const index = nameIndex(reference);
const row = (over: Partial<ProductRecord>) => product({ slug: 'eol-x', source: 'ENDOFLIFE_DATE', ...over });

describe('does a row describe a release the reference has?', () => {
  it('the same name (or alias) and an agreeing date', () => {
    expect(findCoverage(row({ name: 'Win 7', extendedEnd: '2020-01-14' }), index, reference)).toEqual({ by: win7, level: null });
    expect(findCoverage(row({ name: 'Windows 7', generalAvailability: '2009-10-22' }), index, reference)?.by).toBe(win7);
  });
  it('the name plus a level the product has, the level\'s dates agreeing', () => {
    expect(findCoverage(row({ name: 'Windows 7 SP1', generalAvailability: '2011-02-22', extendedEnd: '2020-01-14' }), index, reference)?.level?.code).toBe('SP1');
  });
  it('not when no date agrees, nor for another name with the same dates', () => {
    expect(findCoverage(row({ name: 'Windows 7', generalAvailability: '2001-01-01', extendedEnd: '2002-01-01' }), index, reference)).toBeNull();
    expect(findCoverage(row({ name: 'Windows 7 SP2', generalAvailability: '2012-01-01', extendedEnd: '2021-01-01' }), index, reference)).toBeNull();
    expect(findCoverage(row({ name: 'Windows Seven Core', generalAvailability: '2009-10-22', extendedEnd: '2020-01-14' }), index, reference)).toBeNull();
  });
  it('a same-family level whose label contains the row name and whose span is the row\'s', () => {
    const net = product({ slug: 'dotnet', name: 'Microsoft .NET and .NET Core', family: 'dotnet', levels: [{ code: 'NET-6.0', label: '.NET 6.0 (LTS)', kind: 'VERSION', ordinal: 0, start: '2021-11-08', end: '2024-11-12' }] });
    const six = row({ name: '.NET 6', family: 'dotnet', generalAvailability: '2021-11-08', mainstreamEnd: '2024-11-12' });
    expect(findCoverage(six, nameIndex([net]), [net])?.level?.code).toBe('NET-6.0');
    expect(findCoverage({ ...six, family: 'vs' }, nameIndex([net]), [net])).toBeNull();
  });
  it('the last day of a row is its extended, else mainstream, else retirement date', () => {
    expect(lastDay(row({ mainstreamEnd: '2020-01-01', retirement: '2021-01-01' }))).toBe('2020-01-01');
    expect(lastDay(row({ retirement: '2021-01-01' }))).toBe('2021-01-01');
  });
});
