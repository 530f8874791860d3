import { registerEnumType } from 'type-graphql';

export enum BillingModelEnum {
  PAY_AS_YOU_GO = 'PAY_AS_YOU_GO',
  COMMITMENT = 'COMMITMENT',
}
registerEnumType(BillingModelEnum, {
  name: 'BillingModel',
  description: 'T-§2: PAY_AS_YOU_GO (no committed term, billed per calendar month in arrears) or COMMITMENT (a committed term that renews for 12 months unless cancelled in time).',
});

export enum CancellationChannelEnum {
  ASSISTED_EMAIL = 'ASSISTED_EMAIL',
  SELF_SERVICE = 'SELF_SERVICE',
}
registerEnumType(CancellationChannelEnum, {
  name: 'CancellationChannel',
  description: 'T-§11: in writing by e-mail (assisted) or in the self-service portal (deleted at the end of that day).',
});

export enum NegligenceEnum {
  NONE = 'NONE',
  ORDINARY = 'ORDINARY',
  GROSS = 'GROSS',
}
registerEnumType(NegligenceEnum, { name: 'Negligence', description: 'T-§13: only GROSS negligence gives damages (capped).' });

export enum LossTypeEnum {
  DIRECT = 'DIRECT',
  INDIRECT = 'INDIRECT',
  DATA_LOSS = 'DATA_LOSS',
}
registerEnumType(LossTypeEnum, { name: 'LossType', description: 'T-§13: damages cover direct economic loss only; data loss is never covered (backup is the customer’s duty, T-§9).' });

export enum RemedyEnum {
  SERVICE_CREDIT_ONLY = 'SERVICE_CREDIT_ONLY',
  CAPPED_DAMAGES = 'CAPPED_DAMAGES',
  NOT_COVERED = 'NOT_COVERED',
}
registerEnumType(RemedyEnum, { name: 'Remedy' });

export enum CountryEnum {
  SE = 'SE',
  NO = 'NO',
  DK = 'DK',
  FI = 'FI',
}
registerEnumType(CountryEnum, { name: 'Country', description: 'Nordic helpdesk countries (T-§7).' });

export enum ScopeDecisionEnum {
  IN_SCOPE = 'IN_SCOPE',
  SUPERUSER_ONLY = 'SUPERUSER_ONLY',
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
  ESCALATE_TO_VENDOR = 'ESCALATE_TO_VENDOR',
}
registerEnumType(ScopeDecisionEnum, { name: 'ScopeDecision', description: 'T-§5, T-§6, T-§9.' });
