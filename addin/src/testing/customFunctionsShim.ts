import type { CustomFunction } from '../client/customFunctionsHost.js';

/** A minimal `CustomFunctions` global like Excel's, recording associate() calls (tests only). */
export class ShimError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export function installCustomFunctionsShim(): { associated: Map<string, CustomFunction>; calls: string[]; uninstall(): void } {
  const associated = new Map<string, CustomFunction>();
  const calls: string[] = [];
  const g = globalThis as { CustomFunctions?: unknown };
  const before = g.CustomFunctions;
  g.CustomFunctions = {
    associate(id: string, fn: CustomFunction) {
      calls.push(id);
      associated.set(id, fn);
    },
    Error: ShimError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
  };
  return {
    associated,
    calls,
    uninstall() {
      g.CustomFunctions = before;
    },
  };
}
