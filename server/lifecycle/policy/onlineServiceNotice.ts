/**
 * Notice Microsoft owes before a change to an Online Service (L-ONLINE-NOTICE) or its end
 * (L-ONLINE-END). The periods are minimums ("at least"), so the dates answered are the earliest
 * possible: announcedOn + the notice months (addMonths, clamped to month end: an announcement on
 * 2023-08-31 with 6 months' notice gives 2024-02-29).
 * - DISRUPTIVE (needs customer or admin action to avoid significant degradation): 12 months; Dynamics
 *   CRM Online 6, except 12 when support for an underlying system requirement is removed.
 * - SECURITY: the notice period does not apply; the change can take effect on announcement.
 * - END_OF_SERVICE: 12 months; customer data is kept at least 30 days after the end for migration.
 */
import { addDays, addMonths, isIsoDate, type IsoDate } from '../../kernel/dates.js';
import type { Citation } from '../../kernel/citations.js';
import { cite, LIFECYCLE_RULES } from './lifecycleRules.js';

export const SERVICE_CHANGES = ['DISRUPTIVE', 'SECURITY', 'END_OF_SERVICE'] as const;
export type ServiceChange = (typeof SERVICE_CHANGES)[number];

export interface NoticeAnswer {
  service: string;
  change: ServiceChange;
  announcedOn: IsoDate;
  /** Minimum notice in months; null when no notice period applies (security changes). */
  noticeMonths: number | null;
  /** First day the change (or the end of service) can take effect. */
  earliestEffectiveDate: IsoDate | null;
  /** END_OF_SERVICE only: customer data is kept at least until this day (end + 30 days). */
  dataRetainedUntil: IsoDate | null;
  notes: string[];
  citations: Citation[];
}

/**
 * L-ONLINE-NOTICE names Dynamics CRM Online as the one service with 6 months' notice. Whether a service is
 * CRM Online is read from its catalogue name or, when it is not in the catalogue, from the name as typed.
 */
export function isCrmOnline(...names: string[]): boolean {
  return names.some((n) => /\bcrm\s+online\b/i.test(n));
}

export interface NoticeQuestion {
  service: string;
  isCrmOnline: boolean;
  change: ServiceChange;
  announcedOn: IsoDate;
  removesSystemRequirement?: boolean;
}

export function onlineServiceNotice(input: NoticeQuestion): NoticeAnswer {
  if (!isIsoDate(input.announcedOn)) throw new TypeError(`onlineServiceNotice: not an ISO calendar date: ${String(input.announcedOn)}`);
  const rules = LIFECYCLE_RULES.onlineNotice;
  const base = { service: input.service, change: input.change, announcedOn: input.announcedOn };

  if (input.change === 'SECURITY') {
    return {
      ...base,
      noticeMonths: null,
      earliestEffectiveDate: input.announcedOn,
      dataRetainedUntil: null,
      notes: ['Security-related changes and updates are exempt from the notice period: they can take effect at once.'],
      citations: [cite(rules.security)],
    };
  }

  if (input.change === 'END_OF_SERVICE') {
    const end = addMonths(input.announcedOn, rules.endOfService.months);
    const retained = addDays(end, rules.dataRetention.days);
    return {
      ...base,
      noticeMonths: rules.endOfService.months,
      earliestEffectiveDate: end,
      dataRetainedUntil: retained,
      notes: [
        `The service can end no earlier than ${end} (at least ${rules.endOfService.months} months' notice).`,
        `Customer data is kept for at least ${rules.dataRetention.days} days after the end, until at least ${retained}, for migration.`,
      ],
      citations: [cite(rules.endOfService), cite(rules.dataRetention)],
    };
  }

  const rule = !input.isCrmOnline
    ? rules.disruptive
    : input.removesSystemRequirement
      ? rules.crmOnlineSystemRequirement
      : rules.crmOnlineDisruptive;
  const effective = addMonths(input.announcedOn, rule.months);
  const notes = [`Customers cannot be required to accept this disruptive change before ${effective} (at least ${rule.months} months' notice).`];
  if (input.isCrmOnline && input.removesSystemRequirement) {
    notes.push(
      `CRM Online: removing support for an underlying system requirement follows the standard ${rule.months}-month notice, ` +
        `not the ${rules.crmOnlineDisruptive.months}-month exception.`,
    );
  } else if (input.isCrmOnline) {
    notes.push(`CRM Online: the notice period for disruptive changes is ${rule.months} months, not the standard ${rules.disruptive.months}.`);
  }
  return { ...base, noticeMonths: rule.months, earliestEffectiveDate: effective, dataRetainedUntil: null, notes, citations: [cite(rule)] };
}
