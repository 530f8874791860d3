/**
 * The Excel functions (namespace ENT). Each is a few lines over the shared client; functions.json is generated
 * from these JSDoc comments by custom-functions-metadata-plugin (descriptions and @param texts are the help
 * Excel shows). Dates go in as Excel dates or ISO text ("2026-01-01") and come out as Excel date serials.
 *
 * Ranges in, arrays out: the lookup functions declare their parameters as matrices (`any[][]`), so
 * `=ENT.SUPPORTPHASE(A2:A5001, B2:B5001)` is one invocation that spills a column (a single value is a 1×1
 * range and broadcasts). Live values: the functions whose answer depends on today or now are streaming
 * (`CustomFunctions.StreamingInvocation` as the last parameter); with every date given they answer once and
 * keep no timer, without one they answer again at the gateway's midnight (or the desk's next opening or
 * closing) until Excel cancels them.
 */
import { DESK_TIME_ZONES, wallClockToInstant } from '../client/deskTime.js';
import { dateArg, enumArg, optionalDateArg, optionalDateTimeArg, optionalTextArg, textArg, type CellInput } from '../client/excelArgs.js';
import { dateTimeToSerial } from '../client/excelDates.js';
import { COUNTRIES, COUNTRY_ALIASES, ENTITLEMENT_ALIASES, ENTITLEMENT_KINDS, SERVICE_CHANGES, SERVICE_CHANGE_ALIASES, SUPPORT_TOPICS } from '../client/enums.js';
import { asExcel } from '../client/toExcelError.js';
import { dateIn, instantInZone, nextMidnight } from '../client/liveClock.js';
import { align, isBlank, OUTSIDE, type RangeArg } from '../client/ranges.js';
import { cellwise, counted, once, RETRY_MS, shaped, shapedOrThrow, stream, type CellwiseSpec, type StreamingInvocationLike } from './cells.js';
import { dateCell, daysOfSupportLeft, entitlementCell, liabilityCapCell, liveNextOpenCell, nextOpenCell, productTable, resolutionCell, supportEndCell, upcomingTable } from './cellValues.js';
import { gateway } from './gateway.js';
import type { PhaseField } from '../client/gatewayQueries.js';
import { hostSupportsEntities, productEntity } from './productCard.js';
// Named like the global on purpose: the metadata plugin appends `CustomFunctions.associate(...)` calls to
// this file, and this import makes them safe where Excel's CustomFunctions global does not exist. The
// same name carries the StreamingInvocation type the metadata plugin recognises.
import { CustomFunctions } from '../client/customFunctionsHost.js';
void CustomFunctions;

/**
 * The phase answer of a cell with the fields its function reads (the request selects no others), e.g.
 * `product` only for the names in its #N/A messages, `level` only for SUPPORTEND with a level.
 */
const phaseOf = <K extends PhaseField>(fields: readonly K[], product: CellInput, date: string | null = null, level: string | null = null) =>
  gateway().phase({ product: textArg(product, 'product'), date, level }, fields);

const PHASE = ['phase'] as const;
const MAINSTREAM_END = ['mainstreamEnds', 'product'] as const;
const EXTENDED_END = ['extendedEnds', 'product'] as const;
const SUPPORT_END = ['supportEnds', 'product'] as const;
const LEVEL_END = ['supportEnds', 'product', 'level'] as const;
const DAYS_LEFT = ['date', 'supportEnds', 'product'] as const;
const ENTITLEMENTS = ['entitlements'] as const;

/** A plain range function: every cell answered once. A scalar caller gets the one value (or the error thrown). */
async function plain<T>(args: readonly RangeArg[], spec: CellwiseSpec<T>): Promise<any> {
  return shapedOrThrow(args, (await counted(() => cellwise(args, spec))).grid);
}

/** Whether some cell with a key value leaves its date blank, i.e. means today. */
function usesToday(args: readonly RangeArg[], key: number, dateIndex: number): boolean {
  if (args[dateIndex] === undefined || args[dateIndex] === null) return true;
  const a = align(args);
  for (let r = 0; r < a.rows; r++) {
    for (let c = 0; c < a.cols; c++) {
      const k = a.at(key, r, c);
      const d = a.at(dateIndex, r, c);
      if (k !== OUTSIDE && d !== OUTSIDE && !isBlank(k) && isBlank(d)) return true;
    }
  }
  return false;
}

/**
 * A range function with a date argument that defaults to today. Every date given: one answer, no timer.
 * Otherwise live: "today" is the gateway's (its time zone, asked once a session), sent as an explicit date so
 * cached answers never go stale, and the cells are answered again at the next midnight there (or in a minute
 * when the gateway could not answer some of them).
 */
function dated<T>(
  invocation: StreamingInvocationLike<any> | undefined,
  args: readonly RangeArg[],
  spec: { names: readonly string[]; key?: number; dateIndex: number; cell(values: CellInput[], today: string | null): T | Promise<T> },
): Promise<any> {
  const key = spec.key ?? 0;
  const run = (today: string | null) => counted(() => cellwise(args, { names: spec.names, key, cell: (v) => spec.cell(v, today) }));
  const answer = usesToday(args, key, spec.dateIndex)
    ? stream(invocation, async (now) => {
        const zone = await gateway().timeZone();
        const r = await run(dateIn(zone, now));
        return { result: shaped(args, r.grid), validUntil: r.transient ? Math.min(nextMidnight(zone, now), now + RETRY_MS) : nextMidnight(zone, now) };
      })
    : once(invocation, () => run(null).then((r) => shaped(args, r.grid)));
  answer.catch(() => {}); // Excel reads setResult; a caller that awaits still sees the rejection.
  return answer;
}

/**
 * Microsoft support phase of a product on a date: PRE_RELEASE, MAINSTREAM, EXTENDED, SELF_HELP_ONLY or END_OF_SUPPORT. Takes ranges; without a date it stays current (updates at midnight).
 * @customfunction SUPPORTPHASE
 * @param product Product name as you would write it, e.g. "Windows 7" or "Windows 7 SP1"; or a range of them.
 * @param [date] The date to check (an Excel date or text like 2026-01-01), or a range of dates. Default: today.
 * @param invocation Excel's streaming invocation (not an argument in the sheet).
 * @returns The phase name (an array for ranges).
 */
export function supportPhase(product: any[][], date: any[][], invocation: CustomFunctions.StreamingInvocation<any[][]>) {
  return dated(invocation, [product, date], {
    names: ['product', 'date'],
    dateIndex: 1,
    cell: ([p, d], today) => phaseOf(PHASE, p, optionalDateArg(d, 'date') ?? today).then((a) => a.phase),
  });
}

/**
 * Last day of mainstream support of a product (published, or derived from the 5-year policy). Takes a range of products.
 * @customfunction MAINSTREAMEND
 * @param product Product name, e.g. "Windows 7"; or a range of them.
 * @returns An Excel date (an array for ranges).
 */
export async function mainstreamEnd(product: any[][]): Promise<any[][]> {
  return plain([product], {
    names: ['product'],
    cell: async ([p]) => {
      const a = await phaseOf(MAINSTREAM_END, p);
      return dateCell(a.mainstreamEnds, `${a.product.name} has no mainstream end date (Modern policy)`);
    },
  });
}

/**
 * Last day of extended support of a product; #N/A when it has no extended phase (consumer, multimedia, hardware). Takes a range of products.
 * @customfunction EXTENDEDEND
 * @param product Product name, e.g. "Windows 7"; or a range of them.
 * @returns An Excel date (an array for ranges).
 */
export async function extendedEnd(product: any[][]): Promise<any[][]> {
  return plain([product], {
    names: ['product'],
    cell: async ([p]) => {
      const a = await phaseOf(EXTENDED_END, p);
      return dateCell(a.extendedEnds, `${a.product.name} has no extended support phase`);
    },
  });
}

/**
 * Last day of any support for a product, or for one service-pack level of it. Takes ranges.
 * @customfunction SUPPORTEND
 * @param product Product name, e.g. "Windows 7"; or a range of them.
 * @param [level] Service-pack level such as RTM, SP1 or SP2 (or a range). Default: the product as a whole.
 * @returns An Excel date (an array for ranges).
 */
export async function supportEnd(product: any[][], level?: any[][]): Promise<any[][]> {
  return plain([product, level], {
    names: ['product', 'level'],
    cell: async ([p, l]) => {
      const lvl = optionalTextArg(l, 'level');
      return supportEndCell(await (lvl === null ? phaseOf(SUPPORT_END, p) : phaseOf(LEVEL_END, p, null, lvl)), lvl);
    },
  });
}

/**
 * Days of support left on a date: days until the last day of support (0 on that day, negative after it). Takes ranges; without a date it counts from today and updates at midnight.
 * @customfunction DAYSLEFT
 * @param product Product name, e.g. "Windows 10"; or a range of them.
 * @param [date] The date to count from (an Excel date or text like 2026-01-01), or a range. Default: today.
 * @param invocation Excel's streaming invocation (not an argument in the sheet).
 * @returns A number of days (an array for ranges).
 */
export function daysLeft(product: any[][], date: any[][], invocation: CustomFunctions.StreamingInvocation<any[][]>) {
  return dated(invocation, [product, date], {
    names: ['product', 'date'],
    dateIndex: 1,
    cell: async ([p, d], today) => daysOfSupportLeft(await phaseOf(DAYS_LEFT, p, optionalDateArg(d, 'date') ?? today)),
  });
}

/**
 * Whether a product's support phase on a date entitles you to something: TRUE, FALSE, or "CONDITIONAL: <condition>" / "PAID: <condition>". Takes ranges; without a date it stays current.
 * @customfunction ENTITLED
 * @param product Product name, e.g. "Windows 7"; or a range of them.
 * @param entitlement SECURITY_UPDATES, NON_SECURITY_HOTFIXES, FREE_SUPPORT, PAID_SUPPORT, DESIGN_CHANGE_REQUESTS, WARRANTY_CLAIMS, ONLINE_SELF_HELP, HARDWARE_REPAIR or FIRMWARE_UPDATES (spaces allowed).
 * @param [date] The date to check (an Excel date or text like 2026-01-01), or a range. Default: today.
 * @param invocation Excel's streaming invocation (not an argument in the sheet).
 * @returns TRUE, FALSE or the condition text (an array for ranges).
 */
export function entitled(product: any[][], entitlement: any[][], date: any[][], invocation: CustomFunctions.StreamingInvocation<any[][]>) {
  return dated(invocation, [product, entitlement, date], {
    names: ['product', 'entitlement', 'date'],
    dateIndex: 2,
    cell: async ([p, e, d], today) => {
      const kind = enumArg(e, 'entitlement', ENTITLEMENT_KINDS, ENTITLEMENT_ALIASES);
      return entitlementCell(await phaseOf(ENTITLEMENTS, p, optionalDateArg(d, 'date') ?? today), kind);
    },
  });
}

/**
 * Canonical product name (with its level) for a name as people write it: "win 7 sp1" → "Windows 7 SP1"; #N/A with "did you mean" when unknown. Takes a range.
 * @customfunction RESOLVE
 * @param name A product name as typed, e.g. "Windows 7 Professional SP1" or "SQL 2016"; or a range of them.
 * @returns The canonical name (an array for ranges).
 */
export async function resolve(name: any[][]): Promise<any[][]> {
  return plain([name], { names: ['name'], cell: async ([n]) => resolutionCell(await gateway().resolve(textArg(n, 'name'))) });
}

/**
 * A product as an Excel data type: a card with its phase today, mainstream, extended and support ends, levels, policy, source and citations; read a field with =A2.Phase. Text (the name) where Excel has no data types.
 * @customfunction PRODUCT
 * @param product Product name, e.g. "Windows 7".
 * @param invocation Excel's streaming invocation (not an argument in the sheet).
 * @returns A product card (its phase is today's and updates at midnight).
 */
export function product(product: string, invocation: CustomFunctions.StreamingInvocation<any>) {
  const answer = stream(invocation, async (now) => {
    const name = textArg(product, 'product');
    const zone = await gateway().timeZone();
    const host = hostSupportsEntities();
    const card = await gateway().card(name, dateIn(zone, now));
    return { result: host.entities ? productEntity(card, { modernDouble: host.modernDouble }) : card.product.name, validUntil: nextMidnight(zone, now) };
  });
  answer.catch(() => {});
  return answer;
}

/**
 * Earliest date a change to a Microsoft Online Service can take effect, given when it was announced (12 months' notice; CRM Online 6; none for security changes).
 * @customfunction NOTICEDATE
 * @param service Online Service name, e.g. "Exchange Online" or "Dynamics CRM Online".
 * @param change DISRUPTIVE, SECURITY or END_OF_SERVICE.
 * @param announcedOn The day the change was announced (an Excel date or text like 2026-01-01).
 * @returns An Excel date.
 */
export async function noticeDate(service: string, change: string, announcedOn: number | string): Promise<number> {
  return asExcel(async () => {
    const a = await gateway().notice(textArg(service, 'service'), enumArg(change, 'change', SERVICE_CHANGES, SERVICE_CHANGE_ALIASES), dateArg(announcedOn, 'announcedOn'));
    return dateCell(a.earliestEffectiveDate, a.notes[0] ?? 'No notice period applies');
  });
}

/**
 * Products whose name matches a search, as a table: Name, Family, Policy, GA, Mainstream end, Extended end (dates as Excel dates; at most 500 rows).
 * @customfunction PRODUCTS
 * @param search Words in the product name, e.g. "Windows Server".
 * @returns A table with a header row.
 */
export async function products(search: string): Promise<Array<Array<string | number>>> {
  return asExcel(async () => {
    const text = optionalTextArg(search, 'search') ?? '';
    return productTable(await gateway().products(text), text);
  });
}

/**
 * Last day to cancel a subscription in writing before it renews (30 days before the period ends); when that day has passed, the next period's. Takes ranges; without a date it stays current.
 * @customfunction CANCELBY
 * @param subscription Subscription id (needs your API key in the task pane); or a range of them.
 * @param [asOf] The date to look from (an Excel date or text like 2026-01-01), or a range. Default: today.
 * @param invocation Excel's streaming invocation (not an argument in the sheet).
 * @returns An Excel date (an array for ranges).
 */
export function cancelBy(subscription: any[][], asOf: any[][], invocation: CustomFunctions.StreamingInvocation<any[][]>) {
  return dated(invocation, [subscription, asOf], {
    names: ['subscription', 'asOf'],
    dateIndex: 1,
    cell: async ([s, d], today) => {
      const x = await gateway().deadlines(textArg(s, 'subscription'), optionalDateArg(d, 'asOf') ?? today);
      return dateCell(x.cancelBy, `Subscription '${x.subscription}' (${x.billingModel}) has no cancel-by date${x.notes[0] ? `: ${x.notes[0]}` : ''}`);
    },
  });
}

/**
 * Day a committed subscription renews for 12 months unless cancelled in time. Takes ranges; without a date it stays current.
 * @customfunction RENEWSON
 * @param subscription Subscription id (needs your API key in the task pane); or a range of them.
 * @param [asOf] The date to look from (an Excel date or text like 2026-01-01), or a range. Default: today.
 * @param invocation Excel's streaming invocation (not an argument in the sheet).
 * @returns An Excel date (an array for ranges).
 */
export function renewsOn(subscription: any[][], asOf: any[][], invocation: CustomFunctions.StreamingInvocation<any[][]>) {
  return dated(invocation, [subscription, asOf], {
    names: ['subscription', 'asOf'],
    dateIndex: 1,
    cell: async ([s, d], today) => {
      const x = await gateway().deadlines(textArg(s, 'subscription'), optionalDateArg(d, 'asOf') ?? today);
      return dateCell(x.renewsOn, `Subscription '${x.subscription}' (${x.billingModel}) does not renew${x.notes[0] ? `: ${x.notes[0]}` : ''}`);
    },
  });
}

/**
 * Last day of the subscription's price lock (prices are fixed for 12 months from the order date). Takes a range.
 * @customfunction PRICELOCKEND
 * @param subscription Subscription id (needs your API key in the task pane); or a range of them.
 * @returns An Excel date (an array for ranges).
 */
export async function priceLockEnd(subscription: any[][]): Promise<any[][]> {
  return plain([subscription], {
    names: ['subscription'],
    cell: async ([s]) => {
      const x = await gateway().deadlines(textArg(s, 'subscription'), null);
      return dateCell(x.priceLockedUntil, `Subscription '${x.subscription}' has no price lock date`);
    },
  });
}

/**
 * Every dated event of your tenant between two dates, as a table: end of mainstream, extended and service-pack support of your estate's products, and your subscriptions' cancel-by, renewal and price-lock dates. Sorted by date.
 * @customfunction UPCOMING
 * @param from First day of the window (an Excel date or text like 2026-01-01). Needs your API key.
 * @param to Last day of the window, at most 20 years after from (an Excel date or text like 2027-12-31).
 * @returns A table with a header row: Date, Kind, Event, Days left, Product, Level, Subscription, Count, What it means.
 */
export async function upcoming(from: number | string, to: number | string): Promise<Array<Array<string | number>>> {
  return asExcel(async () => {
    const [f, t] = [dateArg(from, 'from'), dateArg(to, 'to')];
    return upcomingTable(await gateway().upcoming(f, t), f, t);
  });
}

/**
 * Liability cap in NOK for a grossly negligent act causing direct loss: what you paid for support and Office 365 in the 6 months before the incident.
 * @customfunction LIABILITYCAP
 * @param incidentDate Day of the act or omission (an Excel date or text like 2026-01-01). Needs your API key.
 * @returns An amount in NOK, excluding VAT.
 */
export async function liabilityCap(incidentDate: number | string): Promise<number> {
  return asExcel(async () => {
    const a = await gateway().liabilityCap(dateArg(incidentDate, 'incidentDate'));
    return liabilityCapCell(a.remedy, a.cap, a.reasons);
  });
}

/**
 * Whether a support request is covered by your agreement: IN_SCOPE, SUPERUSER_ONLY, OUT_OF_SCOPE or ESCALATE_TO_VENDOR.
 * @customfunction INSCOPE
 * @param topic What the request is about, e.g. PRINTING, PASSWORD_CHANGE, SERVER_PROBLEM (spaces allowed).
 * @param [platform] The client platform, e.g. "Windows 7", "macOS", "Outlook".
 * @param [version] The platform's version, e.g. 2013.
 * @returns The decision.
 */
export async function inScope(topic: string, platform?: string | null, version?: number | string | null): Promise<string> {
  return asExcel(async () => {
    const a = await gateway().scope(enumArg(topic, 'topic', SUPPORT_TOPICS), optionalTextArg(platform, 'platform'), optionalTextArg(version, 'version'));
    return a.decision;
  });
}

const countryOf = (country: CellInput) => enumArg(country, 'country', COUNTRIES, COUNTRY_ALIASES);

/**
 * Whether the helpdesk of a country is open at a local date and time (weekdays except public holidays). Without a date-time it is live: it turns TRUE when the desk opens and FALSE when it closes.
 * @customfunction DESKOPEN
 * @param country SE, NO, DK or FI (or Sweden, Norway, Denmark, Finland).
 * @param [datetime] Local date and time at the desk (an Excel date-time or text like 2026-11-23 09:30). Default: now, kept current.
 * @param invocation Excel's streaming invocation (not an argument in the sheet).
 * @returns TRUE or FALSE.
 */
export function deskOpen(country: string, datetime: number | string | null, invocation: CustomFunctions.StreamingInvocation<boolean>) {
  return desk(invocation, country, datetime, (s) => s.open);
}

/**
 * When the helpdesk of a country next opens, in the desk's local time; the moment itself when it is open then. Without a date-time it is live: while open, today's opening; updated at each opening and closing.
 * @customfunction NEXTOPEN
 * @param country SE, NO, DK or FI (or Sweden, Norway, Denmark, Finland).
 * @param [datetime] Local date and time at the desk (an Excel date-time or text like 2026-11-23 18:00). Default: now, kept current.
 * @param invocation Excel's streaming invocation (not an argument in the sheet).
 * @returns An Excel date-time.
 */
export function nextOpen(country: string, datetime: number | string | null, invocation: CustomFunctions.StreamingInvocation<number>) {
  return desk(invocation, country, datetime, (s, at) => (at ? nextOpenCell(s, dateTimeToSerial(at.date, at.seconds)) : liveNextOpenCell(s)));
}

/**
 * DESKOPEN and NEXTOPEN: with a date-time, one answer; without, the desk's status now (the add-in's clock, in
 * the desk's time zone), sent again at its next opening or closing.
 */
function desk<T>(
  invocation: StreamingInvocationLike<T> | undefined,
  country: CellInput,
  datetime: CellInput,
  cell: (s: Awaited<ReturnType<ReturnType<typeof gateway>['desk']>>, at: { date: string; seconds: number } | null) => T,
): Promise<T> {
  const answer = (async () => {
    const c = countryOf(country);
    const at = optionalDateTimeArg(datetime, 'datetime');
    const zone = DESK_TIME_ZONES[c];
    if (at) return once(invocation, () => asExcel(async () => cell(await gateway().desk(c, wallClockToInstant(at.date, at.seconds, zone)), at)));
    return stream(invocation, async (now) => {
      const s = await gateway().desk(c, instantInZone(now, zone));
      const change = s.open ? s.closesAt : s.opensAt;
      return { result: cell(s, null), validUntil: change ? Date.parse(change) : null };
    });
  })().catch((e: unknown) => {
    // A bad country or date-time: the cell's error, once.
    const err = asExcel(() => {
      throw e;
    });
    return once(invocation, () => err);
  });
  answer.catch(() => {});
  return answer;
}
