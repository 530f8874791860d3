import { installCustomFunctionsShim, ShimError } from '../testing/customFunctionsShim.js';
import { associate, associatedIds, CustomFunctions, ExcelErrorValue, excelError, flushAssociations, hasCustomFunctionsHost } from './customFunctionsHost.js';

describe('the CustomFunctions host module', () => {
  it('without Excel, errors are stand-ins with the same code and message, and associations are only recorded', () => {
    expect(hasCustomFunctionsHost()).toBe(false);
    const e = excelError('notAvailable', 'Unknown product');
    expect(e).toBeInstanceOf(ExcelErrorValue);
    expect(e).toMatchObject({ code: '#N/A', message: 'Unknown product' });
    expect(excelError('invalidValue', 'bad date')).toMatchObject({ code: '#VALUE!' });
    const f = () => 1;
    expect(associate('EARLY', f)).toBe(false);
    expect(associatedIds()).toContain('EARLY');
  });

  it('a host that appears later gets the recorded functions once, however often they are flushed or re-associated', () => {
    const f = () => 2;
    associate('LATE', f);
    const shim = installCustomFunctionsShim();
    try {
      expect(hasCustomFunctionsHost()).toBe(true);
      expect(flushAssociations()).toBeGreaterThanOrEqual(1);
      expect(shim.associated.get('LATE')).toBe(f);
      expect(flushAssociations()).toBe(0);
      expect(associate('LATE', f)).toBe(false);
      // The object functions.ts imports under the global's name goes through the same guard.
      CustomFunctions.associate('LATE', f);
      expect(shim.calls.filter((id) => id === 'LATE')).toHaveLength(1);
    } finally {
      shim.uninstall();
    }
  });

  it('with the host present, errors are the host’s own CustomFunctions.Error', () => {
    const shim = installCustomFunctionsShim();
    try {
      const e = excelError('invalidValue', '1900-02-29 does not exist');
      expect(e).toBeInstanceOf(ShimError);
      expect(e).toMatchObject({ code: '#VALUE!', message: '1900-02-29 does not exist' });
    } finally {
      shim.uninstall();
    }
  });
});
