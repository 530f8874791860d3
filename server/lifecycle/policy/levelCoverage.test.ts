import { covers, paidEsuOn, supportedSuccessor } from './levelCoverage.js';
import { levelSupports, servicePackSupport } from './servicePackSupport.js';
import { windows7 } from '../../testing/lifecycleFixtures.js';

const levels = levelSupports(windows7);
const level = (code: string) => servicePackSupport(windows7, code)!;

describe('covers', () => {
  it('includes a level’s first and last day and nothing outside them', () => {
    expect(covers(level('RTM'), '2009-10-21')).toBe(false);
    expect(covers(level('RTM'), '2009-10-22')).toBe(true);
    expect(covers(level('RTM'), '2013-04-09')).toBe(true);
    expect(covers(level('RTM'), '2013-04-10')).toBe(false);
  });
});

describe('supportedSuccessor', () => {
  it('names the later service pack supported on the date, or none', () => {
    expect(supportedSuccessor(levels, level('RTM'), '2013-04-10')).toBe('SP1');
    expect(supportedSuccessor(levels, level('RTM'), '2020-01-15')).toBeNull();
    expect(supportedSuccessor(levels, level('SP1'), '2015-01-01')).toBeNull();
  });
});

describe('paidEsuOn', () => {
  it('finds the ESU year only after the product’s last support day', () => {
    expect(paidEsuOn(levels, null, '2020-01-14', '2020-01-14')).toBeNull(); // ESU1 starts that day in the data
    expect(paidEsuOn(levels, null, '2020-01-15', '2020-01-14')).toMatchObject({ code: 'ESU1', year: 1, ends: '2021-01-12' });
    expect(paidEsuOn(levels, null, '2022-01-12', '2020-01-14')).toMatchObject({ code: 'ESU3', year: 3 });
    expect(paidEsuOn(levels, null, '2023-01-11', '2020-01-14')).toBeNull();
  });

  it('is limited to the asked ESU year, and withheld from a level that has a later service pack', () => {
    expect(paidEsuOn(levels, level('ESU1'), '2021-06-01', '2020-01-14')).toBeNull();
    expect(paidEsuOn(levels, level('ESU2'), '2021-06-01', '2020-01-14')?.code).toBe('ESU2');
    expect(paidEsuOn(levels, level('RTM'), '2020-06-01', '2020-01-14')).toBeNull();
    expect(paidEsuOn(levels, level('SP1'), '2020-06-01', '2020-01-14')?.code).toBe('ESU1');
  });

  it('offers nothing for an open-ended product', () => {
    expect(paidEsuOn(levels, null, '2030-01-01', null)).toBeNull();
  });
});
