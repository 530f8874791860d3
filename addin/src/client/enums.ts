import type { Country } from './deskTime.js';

/**
 * The gateway's enum values the functions accept. They are checked here, before sending, because a bad
 * enum value in a variable fails the whole GraphQL document (every cell batched with it), not one field.
 * test/addin/enums.test.ts fails when these drift from schema/schema.graphql.
 */
export const ENTITLEMENT_KINDS = [
  'DESIGN_CHANGE_REQUESTS',
  'SECURITY_UPDATES',
  'NON_SECURITY_HOTFIXES',
  'FREE_SUPPORT',
  'PAID_SUPPORT',
  'WARRANTY_CLAIMS',
  'ONLINE_SELF_HELP',
  'HARDWARE_REPAIR',
  'FIRMWARE_UPDATES',
] as const;

/** Shorter names people type for entitlements. */
export const ENTITLEMENT_ALIASES: Record<string, (typeof ENTITLEMENT_KINDS)[number]> = {
  SECURITY: 'SECURITY_UPDATES',
  HOTFIXES: 'NON_SECURITY_HOTFIXES',
  WARRANTY: 'WARRANTY_CLAIMS',
  SELF_HELP: 'ONLINE_SELF_HELP',
  FREE: 'FREE_SUPPORT',
  PAID: 'PAID_SUPPORT',
};

/**
 * The phases SUPPORTPHASE writes into a cell, as the gateway answers them (schema SupportPhase):
 * FOLLOWS_PARENT is a component (IE 11, .NET Framework, PowerShell …) asked about without the product it
 * runs on — it has no end of its own.
 */
export const SUPPORT_PHASES = ['PRE_RELEASE', 'MAINSTREAM', 'EXTENDED', 'SELF_HELP_ONLY', 'END_OF_SUPPORT', 'FOLLOWS_PARENT'] as const;

export const SERVICE_CHANGES = ['DISRUPTIVE', 'SECURITY', 'END_OF_SERVICE'] as const;
export const SERVICE_CHANGE_ALIASES: Record<string, (typeof SERVICE_CHANGES)[number]> = { END: 'END_OF_SERVICE', DISRUPTIVE_CHANGE: 'DISRUPTIVE' };

export const COUNTRIES = ['SE', 'NO', 'DK', 'FI'] as const satisfies readonly Country[];
export const COUNTRY_ALIASES: Record<string, Country> = {
  SWEDEN: 'SE',
  SVERIGE: 'SE',
  NORWAY: 'NO',
  NORGE: 'NO',
  DENMARK: 'DK',
  DANMARK: 'DK',
  FINLAND: 'FI',
  SUOMI: 'FI',
};

export const SUPPORT_TOPICS = [
  'GENERAL_USER_QUESTION',
  'PRINTING',
  'NETWORK_CONNECTION',
  'PERFORMANCE',
  'SERVICE_STATUS',
  'CLIENT_ACCESS',
  'CLIENT_INSTALLATION',
  'PASSWORD_CHANGE',
  'RIGHTS_CHANGE',
  'USER_GROUP_ADMINISTRATION',
  'SERVER_PROBLEM',
  'TERMINAL_SERVER',
  'PASSWORD_RECOVERY_OWN_SERVER',
  'FEDERATED_HYBRID_ADMINISTRATION',
  'OTHER_SOFTWARE',
  'NON_ORIGINAL_CONFIGURATION_DAMAGE',
  'EXTERNAL_EVENT_DAMAGE',
  'NON_PREINSTALLED_SOFTWARE',
  'UNAPPROVED_THIRD_PARTY_SOLUTION',
  'APPROVED_THIRD_PARTY_APP',
  'PORTAL_CRITICAL_ERROR',
  'MIGRATION',
] as const;
