import { enumFrom } from '../../graphql/types/enumFrom.js';
import { AVAILABILITIES, ENTITLEMENT_KINDS } from '../policy/entitlements.js';
import { LIFECYCLE_POLICIES } from '../policy/lifecycleTypes.js';
import { SERVICE_CHANGES } from '../policy/onlineServiceNotice.js';
import { DATE_SOURCES, SUPPORT_PHASES } from '../policy/supportPhase.js';

export const SupportPhaseEnum = enumFrom(SUPPORT_PHASES, 'SupportPhase', {
  description: 'Support phase on a date (L-POLICY). End dates are the last day of their phase, so on extendedEnd a release is still EXTENDED.',
  values: {
    PRE_RELEASE: 'Before general availability.',
    MAINSTREAM: 'GA ≤ date ≤ mainstream end (L-MAINSTREAM).',
    EXTENDED: 'Mainstream end < date ≤ extended end (L-EXTENDED).',
    SELF_HELP_ONLY: 'Exactly 12 months after the last support day (the policy says "at least"; L-SELFHELP).',
    END_OF_SUPPORT: 'After the self-help year.',
    FOLLOWS_PARENT: 'A component (IE 11, .NET Framework, PowerShell, IIS, WSUS …) asked about without the product it runs on: it has no end of its own and follows that product — see parents, or ask with parent.',
  },
});

export const DateSourceEnum = enumFrom(DATE_SOURCES, 'DateSource', {
  description: 'PUBLISHED: the date is in the catalogue. DERIVED: computed from the policy defaults (L-POLICY phase lengths, L-SP 12/24-month rule after the next service pack or Visual Studio update, rounded to the next quarterly Patch Tuesday from 2006) — and, for a level without any end date, not published (a level is never PUBLISHED without a date).',
});

export const EntitlementKindEnum = enumFrom(ENTITLEMENT_KINDS, 'EntitlementKind', { description: 'What a support phase may entitle the customer to (L-PHASES, L-HW).' });

export const AvailabilityEnum = enumFrom(AVAILABILITIES, 'Availability', { description: 'CONDITIONAL and PAID come with a condition text.' });

export const ServiceChangeEnum = enumFrom(SERVICE_CHANGES, 'ServiceChange', {
  description: 'Kind of change to an Online Service (L-ONLINE-NOTICE, L-ONLINE-END).',
  values: {
    DISRUPTIVE: 'Requires customer/administrator action to avoid significant degradation: 12 months notice (CRM Online 6).',
    SECURITY: 'Security-related change or update: no notice period applies.',
    END_OF_SERVICE: 'The service is ended: 12 months notice, data kept 30 days afterwards.',
  },
});

export const LifecyclePolicyEnum = enumFrom(LIFECYCLE_POLICIES, 'LifecyclePolicy', {
  description: 'Which Microsoft lifecycle policy governs a product (L-POLICY, L-ONLINE-*).',
  values: {
    FIXED: 'Fixed Lifecycle Policy: mainstream, then extended support.',
    FIXED_MAINSTREAM_ONLY: 'Fixed policy without an extended phase (consumer, multimedia and hardware products).',
    MODERN: 'Modern Lifecycle Policy: supported while serviced and kept current; ends are announced.',
    ONLINE: 'An Online Service: supported while the agreement is valid (L-ONLINE-SUPPORT).',
    COMPONENT: 'A component that follows the lifecycle of the product it ships with.',
  },
});
