import { registerEnumType } from 'type-graphql';

export enum SupportPhaseEnum {
  PRE_RELEASE = 'PRE_RELEASE',
  MAINSTREAM = 'MAINSTREAM',
  EXTENDED = 'EXTENDED',
  SELF_HELP_ONLY = 'SELF_HELP_ONLY',
  END_OF_SUPPORT = 'END_OF_SUPPORT',
}
registerEnumType(SupportPhaseEnum, {
  name: 'SupportPhase',
  description: 'Support phase on a date (L-POLICY). End dates are the last day of their phase, so on extendedEnd a release is still EXTENDED.',
  valuesConfig: {
    PRE_RELEASE: { description: 'Before general availability.' },
    MAINSTREAM: { description: 'GA ≤ date ≤ mainstream end (L-MAINSTREAM).' },
    EXTENDED: { description: 'Mainstream end < date ≤ extended end (L-EXTENDED).' },
    SELF_HELP_ONLY: { description: 'Exactly 12 months after the last support day (the policy says "at least"; L-SELFHELP).' },
    END_OF_SUPPORT: { description: 'After the self-help year.' },
  },
});

export enum DateSourceEnum {
  PUBLISHED = 'PUBLISHED',
  DERIVED = 'DERIVED',
}
registerEnumType(DateSourceEnum, {
  name: 'DateSource',
  description: 'PUBLISHED: the date is in the catalogue. DERIVED: computed from the policy defaults (L-POLICY phase lengths, L-SP 12/24-month rule rounded to the next quarterly Patch Tuesday).',
});

export enum EntitlementKindEnum {
  DESIGN_CHANGE_REQUESTS = 'DESIGN_CHANGE_REQUESTS',
  SECURITY_UPDATES = 'SECURITY_UPDATES',
  NON_SECURITY_HOTFIXES = 'NON_SECURITY_HOTFIXES',
  FREE_SUPPORT = 'FREE_SUPPORT',
  PAID_SUPPORT = 'PAID_SUPPORT',
  WARRANTY_CLAIMS = 'WARRANTY_CLAIMS',
  ONLINE_SELF_HELP = 'ONLINE_SELF_HELP',
  HARDWARE_REPAIR = 'HARDWARE_REPAIR',
  FIRMWARE_UPDATES = 'FIRMWARE_UPDATES',
}
registerEnumType(EntitlementKindEnum, { name: 'EntitlementKind', description: 'What a support phase may entitle the customer to (L-PHASES, L-HW).' });

export enum AvailabilityEnum {
  AVAILABLE = 'AVAILABLE',
  NOT_AVAILABLE = 'NOT_AVAILABLE',
  CONDITIONAL = 'CONDITIONAL',
  PAID = 'PAID',
}
registerEnumType(AvailabilityEnum, { name: 'Availability', description: 'CONDITIONAL and PAID come with a condition text.' });

export enum ServiceChangeEnum {
  DISRUPTIVE = 'DISRUPTIVE',
  SECURITY = 'SECURITY',
  END_OF_SERVICE = 'END_OF_SERVICE',
}
registerEnumType(ServiceChangeEnum, {
  name: 'ServiceChange',
  description: 'Kind of change to an Online Service (L-ONLINE-NOTICE, L-ONLINE-END).',
  valuesConfig: {
    DISRUPTIVE: { description: 'Requires customer/administrator action to avoid significant degradation: 12 months notice (CRM Online 6).' },
    SECURITY: { description: 'Security-related change or update: no notice period applies.' },
    END_OF_SERVICE: { description: 'The service is ended: 12 months notice, data kept 30 days afterwards.' },
  },
});
