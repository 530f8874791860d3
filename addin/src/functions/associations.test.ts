import { installCustomFunctionsShim } from '../testing/customFunctionsShim.js';
import { FUNCTIONS, registerFunctions } from './associations.js';
import * as F from './functions.js';

describe('registering the functions with Excel', () => {
  it('maps every exported function exactly once', () => {
    const exported = Object.values(F).filter((v) => typeof v === 'function');
    expect(new Set(Object.values(FUNCTIONS))).toEqual(new Set(exported));
    expect(Object.keys(FUNCTIONS)).toHaveLength(18);
  });

  it('without the CustomFunctions host nothing is handed over and nothing throws', () => {
    expect(registerFunctions()).toBe(0);
  });

  it('with the host every id is associated once, even when registration runs again (office.js onReady)', () => {
    const shim = installCustomFunctionsShim();
    try {
      expect(registerFunctions()).toBe(18);
      expect(registerFunctions()).toBe(0);
      expect([...shim.associated.keys()].sort()).toEqual(Object.keys(FUNCTIONS).sort());
      expect(shim.calls).toHaveLength(18);
      expect(shim.associated.get('SUPPORTPHASE')).toBe(F.supportPhase);
    } finally {
      shim.uninstall();
    }
  });
});
