import { associate, flushAssociations, type CustomFunction } from '../client/customFunctionsHost.js';
import * as fn from './functions.js';

/**
 * Function id (as in functions.json, without the ENT namespace) → implementation. test/addin/functions.test.ts
 * checks this map against the generated functions.json both ways.
 */
export const FUNCTIONS: Readonly<Record<string, CustomFunction>> = {
  SUPPORTPHASE: fn.supportPhase,
  MAINSTREAMEND: fn.mainstreamEnd,
  EXTENDEDEND: fn.extendedEnd,
  SUPPORTEND: fn.supportEnd,
  DAYSLEFT: fn.daysLeft,
  ENTITLED: fn.entitled,
  RESOLVE: fn.resolve,
  PRODUCT: fn.product,
  NOTICEDATE: fn.noticeDate,
  PRODUCTS: fn.products,
  CANCELBY: fn.cancelBy,
  RENEWSON: fn.renewsOn,
  PRICELOCKEND: fn.priceLockEnd,
  UPCOMING: fn.upcoming,
  LIABILITYCAP: fn.liabilityCap,
  INSCOPE: fn.inScope,
  DESKOPEN: fn.deskOpen,
  NEXTOPEN: fn.nextOpen,
};

/**
 * The streaming functions (their last parameter is Excel's StreamingInvocation): those whose answer can depend
 * on today or now. test/addin/functions.test.ts checks functions.json marks exactly these as `stream`.
 */
export const STREAMING: ReadonlySet<CustomFunction> = new Set<CustomFunction>([fn.supportPhase, fn.daysLeft, fn.entitled, fn.product, fn.cancelBy, fn.renewsOn, fn.deskOpen, fn.nextOpen]);

/**
 * Associates every function with Excel when the CustomFunctions host exists; safe to call again (e.g. from
 * Office.onReady when office.js arrived late). Returns how many were handed to Excel by this call.
 */
export function registerFunctions(): number {
  let handed = 0;
  for (const [id, f] of Object.entries(FUNCTIONS)) if (associate(id, f)) handed++;
  return handed + flushAssociations();
}
