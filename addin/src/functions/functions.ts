/**
 * The Excel functions (namespace ENT). Each is one line over the shared client; functions.json is generated
 * from these JSDoc comments by custom-functions-metadata-plugin (descriptions and @param texts are the help
 * Excel shows). Dates go in as Excel dates or ISO text ("2026-01-01") and come out as Excel date serials.
 */
import { DESK_TIME_ZONES, wallClockToInstant } from '../client/deskTime.js';
import { dateArg, enumArg, optionalDateArg, optionalDateTimeArg, optionalTextArg, textArg, type CellInput } from '../client/excelArgs.js';
import { dateTimeToSerial } from '../client/excelDates.js';
import { COUNTRIES, COUNTRY_ALIASES, ENTITLEMENT_ALIASES, ENTITLEMENT_KINDS, SERVICE_CHANGES, SERVICE_CHANGE_ALIASES, SUPPORT_TOPICS } from '../client/enums.js';
import { asExcel } from '../client/toExcelError.js';
import { dateCell, daysOfSupportLeft, entitlementCell, liabilityCapCell, nextOpenCell, productTable, supportEndCell, upcomingTable } from './cellValues.js';
import { gateway } from './gateway.js';
// Named like the global on purpose: the metadata plugin appends `CustomFunctions.associate(...)` calls to
// this file, and this import makes them safe where Excel's CustomFunctions global does not exist.
import { CustomFunctions } from '../client/customFunctionsHost.js';
void CustomFunctions;

const phaseOf = (product: CellInput, date: CellInput = null, level: string | null = null) =>
  gateway().phase({ product: textArg(product, 'product'), date: optionalDateArg(date, 'date'), level });

/**
 * Microsoft support phase of a product on a date: PRE_RELEASE, MAINSTREAM, EXTENDED, SELF_HELP_ONLY or END_OF_SUPPORT.
 * @customfunction SUPPORTPHASE
 * @param product Product name as you would write it, e.g. "Windows 7" or "Windows 7 SP1".
 * @param [date] The date to check (an Excel date or text like 2026-01-01). Default: today.
 * @returns The phase name.
 */
export async function supportPhase(product: string, date?: number | string | null): Promise<string> {
  return asExcel(async () => (await phaseOf(product, date)).phase);
}

/**
 * Last day of mainstream support of a product (published, or derived from the 5-year policy).
 * @customfunction MAINSTREAMEND
 * @param product Product name, e.g. "Windows 7".
 * @returns An Excel date.
 */
export async function mainstreamEnd(product: string): Promise<number> {
  return asExcel(async () => {
    const a = await phaseOf(product);
    return dateCell(a.mainstreamEnds, `${a.product.name} has no mainstream end date (Modern policy)`);
  });
}

/**
 * Last day of extended support of a product; #N/A when it has no extended phase (consumer, multimedia, hardware).
 * @customfunction EXTENDEDEND
 * @param product Product name, e.g. "Windows 7".
 * @returns An Excel date.
 */
export async function extendedEnd(product: string): Promise<number> {
  return asExcel(async () => {
    const a = await phaseOf(product);
    return dateCell(a.extendedEnds, `${a.product.name} has no extended support phase`);
  });
}

/**
 * Last day of any support for a product, or for one service-pack level of it.
 * @customfunction SUPPORTEND
 * @param product Product name, e.g. "Windows 7".
 * @param [level] Service-pack level such as RTM, SP1 or SP2. Default: the product as a whole.
 * @returns An Excel date.
 */
export async function supportEnd(product: string, level?: string | null): Promise<number> {
  return asExcel(async () => {
    const lvl = optionalTextArg(level, 'level');
    return supportEndCell(await phaseOf(product, null, lvl), lvl);
  });
}

/**
 * Days of support left on a date: days until the last day of support (0 on that day, negative after it).
 * @customfunction DAYSLEFT
 * @param product Product name, e.g. "Windows 10".
 * @param [date] The date to count from (an Excel date or text like 2026-01-01). Default: today.
 * @returns A number of days.
 */
export async function daysLeft(product: string, date?: number | string | null): Promise<number> {
  return asExcel(async () => daysOfSupportLeft(await phaseOf(product, date)));
}

/**
 * Whether a product's support phase on a date entitles you to something. TRUE or FALSE; for entitlements that
 * need more, text: "CONDITIONAL: <condition>" or "PAID" / "PAID: <condition>".
 * @customfunction ENTITLED
 * @param product Product name, e.g. "Windows 7".
 * @param entitlement One of DESIGN_CHANGE_REQUESTS, SECURITY_UPDATES, NON_SECURITY_HOTFIXES, FREE_SUPPORT, PAID_SUPPORT, WARRANTY_CLAIMS, ONLINE_SELF_HELP, HARDWARE_REPAIR, FIRMWARE_UPDATES (spaces allowed, e.g. "security updates").
 * @param [date] The date to check (an Excel date or text like 2026-01-01). Default: today.
 * @returns TRUE, FALSE or the condition text.
 */
export async function entitled(product: string, entitlement: string, date?: number | string | null): Promise<boolean | string> {
  return asExcel(async () => {
    const kind = enumArg(entitlement, 'entitlement', ENTITLEMENT_KINDS, ENTITLEMENT_ALIASES);
    return entitlementCell(await phaseOf(product, date), kind);
  });
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
 * Last day to cancel a subscription in writing before it renews (30 days before the period ends). When that day has passed, the next period's deadline.
 * @customfunction CANCELBY
 * @param subscription Subscription id (needs your API key in the task pane).
 * @param [asOf] The date to look from (an Excel date or text like 2026-01-01). Default: today.
 * @returns An Excel date.
 */
export async function cancelBy(subscription: string, asOf?: number | string | null): Promise<number> {
  return asExcel(async () => {
    const d = await gateway().deadlines(textArg(subscription, 'subscription'), optionalDateArg(asOf, 'asOf'));
    return dateCell(d.cancelBy, `Subscription '${d.subscription}' (${d.billingModel}) has no cancel-by date${d.notes[0] ? `: ${d.notes[0]}` : ''}`);
  });
}

/**
 * Day a committed subscription renews for 12 months unless cancelled in time.
 * @customfunction RENEWSON
 * @param subscription Subscription id (needs your API key in the task pane).
 * @param [asOf] The date to look from (an Excel date or text like 2026-01-01). Default: today.
 * @returns An Excel date.
 */
export async function renewsOn(subscription: string, asOf?: number | string | null): Promise<number> {
  return asExcel(async () => {
    const d = await gateway().deadlines(textArg(subscription, 'subscription'), optionalDateArg(asOf, 'asOf'));
    return dateCell(d.renewsOn, `Subscription '${d.subscription}' (${d.billingModel}) does not renew${d.notes[0] ? `: ${d.notes[0]}` : ''}`);
  });
}

/**
 * Last day of the subscription's price lock (prices are fixed for 12 months from the order date).
 * @customfunction PRICELOCKEND
 * @param subscription Subscription id (needs your API key in the task pane).
 * @returns An Excel date.
 */
export async function priceLockEnd(subscription: string): Promise<number> {
  return asExcel(async () => {
    const d = await gateway().deadlines(textArg(subscription, 'subscription'), null);
    return dateCell(d.priceLockedUntil, `Subscription '${d.subscription}' has no price lock date`);
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
 * Whether the helpdesk of a country is open at a local date and time (weekdays except public holidays).
 * @customfunction DESKOPEN
 * @param country SE, NO, DK or FI (or Sweden, Norway, Denmark, Finland).
 * @param [datetime] Local date and time at the desk (an Excel date-time or text like 2026-11-23 09:30). Default: now.
 * @returns TRUE or FALSE.
 */
export async function deskOpen(country: string, datetime?: number | string | null): Promise<boolean> {
  return asExcel(async () => {
    const c = countryOf(country);
    const at = optionalDateTimeArg(datetime, 'datetime');
    return (await gateway().desk(c, at && wallClockToInstant(at.date, at.seconds, DESK_TIME_ZONES[c]))).open;
  });
}

/**
 * When the helpdesk of a country next opens, in the desk's local time; the moment itself when it is open then.
 * @customfunction NEXTOPEN
 * @param country SE, NO, DK or FI (or Sweden, Norway, Denmark, Finland).
 * @param [datetime] Local date and time at the desk (an Excel date-time or text like 2026-11-23 18:00). Default: now.
 * @returns An Excel date-time.
 */
export async function nextOpen(country: string, datetime?: number | string | null): Promise<number> {
  return asExcel(async () => {
    const c = countryOf(country);
    const at = optionalDateTimeArg(datetime, 'datetime');
    const status = await gateway().desk(c, at && wallClockToInstant(at.date, at.seconds, DESK_TIME_ZONES[c]));
    return nextOpenCell(status, at && dateTimeToSerial(at.date, at.seconds));
  });
}
