import { Field, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars/Date.scalar.js';
import { DateTimeScalar } from '../../graphql/scalars/DateTime.scalar.js';
import { CitationType, LookupErrorType } from '../../graphql/types/common.type.js';
import { BillingModelEnum, CancellationChannelEnum, CountryEnum, RemedyEnum, ScopeDecisionEnum } from './terms.enum.js';

@ObjectType('Money', { description: 'Exact money: amount is a decimal string with two decimals (never a binary float).' })
export class MoneyType {
  @Field({ description: 'e.g. "16237.50"' })
  amount!: string;

  @Field({ description: 'Always NOK, excluding VAT (T-§3).' })
  currency!: string;
}

@ObjectType('Tenant', { description: 'The caller’s tenant (a reseller’s customer).' })
export class TenantType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => CountryEnum)
  country!: string;

  @Field()
  contactPerson!: string;

  @Field({ description: 'T-§9: active antivirus on every client (not tablets/smartphones).' })
  antivirus!: boolean;

  @Field({ description: 'T-§9: installed and active firewall.' })
  firewall!: boolean;

  @Field({ description: 'T-§9: up-to-date backup.' })
  backup!: boolean;
}

@ObjectType('Payment')
export class PaymentType {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalar)
  paidOn!: string;

  @Field(() => MoneyType)
  amount!: MoneyType;

  @Field(() => ID, { nullable: true })
  subscription!: string | null;

  @Field({ description: 'Whether it paid for support or Office 365 (only those count towards the T-§13 cap).' })
  coversSupportOrOffice365!: boolean;

  @Field()
  description!: string;
}

@ObjectType('Subscription', { description: 'An Office 365 / CSP subscription of the caller’s tenant.' })
export class SubscriptionType {
  @Field(() => ID)
  id!: string;

  @Field()
  product!: string;

  @Field(() => BillingModelEnum)
  billingModel!: string;

  @Field(() => Int, { nullable: true, description: 'COMMITMENT: the committed term in months.' })
  termMonths!: number | null;

  @Field(() => DateScalar)
  orderDate!: string;

  @Field(() => DateScalar)
  termStart!: string;

  @Field(() => Int)
  seats!: number;

  @Field(() => MoneyType, { description: 'Per seat and month, NOK excl. VAT.' })
  unitPrice!: MoneyType;

  @Field({ description: 'T-§5: whether the purchased product includes end-user support.' })
  endUserSupportIncluded!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'T-§5: end-user support is active only after the migration is completed.' })
  migrationCompletedOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  cancellationRequestedOn!: string | null;

  @Field(() => CancellationChannelEnum, { nullable: true })
  cancellationChannel!: string | null;
}

@ObjectType('Deadlines', { description: 'Deadlines of a subscription as of a date (T-§2, T-§3, T-§11, T-§12). A term of N months from S covers S … S+N months−1 day; cancelBy = periodEnd − 30 days (that day included).' })
export class DeadlinesType {
  @Field(() => ID)
  subscription!: string;

  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => BillingModelEnum)
  billingModel!: string;

  @Field(() => DateScalar, { description: 'Start of the current period (COMMITMENT: term, then 12-month renewals; PAYG: the calendar month).' })
  periodStart!: string;

  @Field(() => DateScalar)
  periodEnd!: string;

  @Field(() => DateScalar, { nullable: true, description: 'COMMITMENT: the day the next 12-month period starts unless cancelled in time.' })
  renewsOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day a written cancellation reaches the supplier in time. When this period’s deadline has passed it is the NEXT period’s deadline and missed is true.' })
  cancelBy!: string | null;

  @Field({ description: 'True when the current period’s cancel-by date has passed: it will renew.' })
  missed!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'When missed: the end of the current period, which will renew.' })
  currentPeriodEndsIfMissed!: string | null;

  @Field(() => DateScalar, { description: 'T-§3: the price is fixed for 12 months from the order date (last day of the lock).' })
  priceLockedUntil!: string;

  @Field({ description: 'Whether a requested cancellation has taken effect by asOf.' })
  ended!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'When a cancellation was requested: the day the subscription ends.' })
  endsOn!: string | null;

  @Field(() => [String])
  notes!: string[];

  @Field(() => [CitationType])
  citations!: CitationType[];
}

export const DeadlinesResultUnion = createUnionType({
  name: 'DeadlinesResult',
  types: () => [DeadlinesType, LookupErrorType] as const,
  resolveType: (v) => ('candidates' in (v as object) ? LookupErrorType : DeadlinesType),
});

@InputType('DeadlineLookup')
export class DeadlineLookupInput {
  @Field(() => ID)
  subscription!: string;

  @Field(() => DateScalar, { nullable: true })
  asOf?: string | null;
}

@ObjectType('CancellationEffect', { description: 'What a cancellation requested on a date does (T-§11).' })
export class CancellationEffectType {
  @Field(() => DateScalar, { description: 'The day the subscription ends.' })
  effectiveOn!: string;

  @Field(() => Boolean, { nullable: true, description: 'COMMITMENT: whether the request was in time for the current period.' })
  inTime!: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'When too late: the subscription renews for 12 months until this day.' })
  renewedUntil!: string | null;

  @Field()
  explanation!: string;

  @Field(() => [CitationType])
  citations!: CitationType[];
}

@ObjectType('ChangeEffect', { description: 'When a change noticed on a date takes effect (T-§3, T-§12).' })
export class ChangeEffectType {
  @Field(() => DateScalar)
  effectiveOn!: string;

  @Field()
  explanation!: string;

  @Field(() => [CitationType])
  citations!: CitationType[];
}

@ObjectType('LiabilityAnswer', { description: 'Liability for an incident (T-§13).' })
export class LiabilityAnswerType {
  @Field(() => DateScalar)
  incidentOn!: string;

  @Field(() => RemedyEnum)
  remedy!: string;

  @Field(() => MoneyType, { nullable: true, description: 'CAPPED_DAMAGES only: the sum of the payments for support and Office 365 with incidentOn − 6 months ≤ paidOn < incidentOn. Null for other remedies.' })
  cap!: MoneyType | null;

  @Field(() => DateScalar, { description: 'First day of the 6-month window (included).' })
  windowStart!: string;

  @Field(() => DateScalar, { description: 'The incident date: the window ends the day before (excluded).' })
  windowEnd!: string;

  @Field(() => [PaymentType], { description: 'The payments the cap sums.' })
  payments!: PaymentType[];

  @Field(() => String, { nullable: true, description: 'Service credits reach the customer only after the supplier has received them from Microsoft (T-§5).' })
  serviceCreditCondition!: string | null;

  @Field(() => [String])
  reasons!: string[];

  @Field(() => [CitationType])
  citations!: CitationType[];
}

@ObjectType('PlatformCheck')
export class PlatformCheckType {
  @Field()
  kind!: string;

  @Field(() => String, { nullable: true })
  version!: string | null;

  @Field()
  supported!: boolean;

  @Field()
  reason!: string;
}

@ObjectType('ScopeAnswer', { description: 'Is a support request covered (T-§5, T-§6, T-§9)? With every reason and citation.' })
export class ScopeAnswerType {
  @Field(() => ScopeDecisionEnum)
  decision!: string;

  @Field(() => [String])
  reasons!: string[];

  @Field(() => [CitationType])
  citations!: CitationType[];

  @Field(() => PlatformCheckType, { nullable: true })
  platform!: PlatformCheckType | null;

  @Field(() => [String], { description: 'Microsoft lifecycle view of the platform when it is a catalogue product (e.g. Windows 7: in the contract’s scope, past Microsoft’s end of support).' })
  lifecycle!: string[];
}

@ObjectType('Holiday')
export class HolidayType {
  @Field(() => DateScalar)
  date!: string;

  @Field()
  name!: string;
}

@ObjectType('DeskStatus', { description: 'Nordic helpdesk status (T-§7): weekdays except public holidays, local time.' })
export class DeskStatusType {
  @Field(() => CountryEnum)
  country!: string;

  @Field()
  open!: boolean;

  @Field({ description: 'IANA time zone of the desk.' })
  timeZone!: string;

  @Field(() => DateScalar)
  localDate!: string;

  @Field({ description: 'HH:mm local time at the desk.' })
  localTime!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Today’s opening, local offset; null when closed all day.' })
  todayOpens!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  todayCloses!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Next opening after `at` (skips weekends and public holidays).' })
  opensAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When open: when it closes today.' })
  closesAt!: string | null;

  @Field(() => HolidayType, { nullable: true, description: 'The public holiday that closes the desk today, if any.' })
  holiday!: HolidayType | null;

  @Field()
  phone!: string;

  @Field({ description: 'Fault reports by e-mail are accepted at any time.' })
  email!: string;

  @Field()
  emailNote!: string;

  @Field(() => [CitationType])
  citations!: CitationType[];
}

@InputType('SubscriptionInput', { description: 'A new subscription (validated: dates, positive seats, exact price, term for COMMITMENT).' })
export class SubscriptionInput {
  @Field()
  product!: string;

  @Field(() => BillingModelEnum)
  billingModel!: BillingModelEnum;

  @Field(() => Int, { nullable: true, description: 'Required for COMMITMENT (1–60 months); must be empty for PAY_AS_YOU_GO.' })
  termMonths?: number | null;

  @Field(() => DateScalar)
  orderDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Defaults to the order date.' })
  termStart?: string | null;

  @Field(() => Int)
  seats!: number;

  @Field({ description: 'NOK excl. VAT per seat and month as a decimal string, e.g. "129.90".' })
  unitPrice!: string;

  @Field({ defaultValue: false })
  endUserSupportIncluded!: boolean;

  @Field(() => DateScalar, { nullable: true })
  migrationCompletedOn?: string | null;
}

@InputType('PaymentInput')
export class PaymentInput {
  @Field(() => ID, { nullable: true })
  subscription?: string | null;

  @Field(() => DateScalar)
  paidOn!: string;

  @Field({ description: 'NOK as a decimal string, e.g. "3247.50".' })
  amount!: string;

  @Field({ defaultValue: true })
  coversSupportOrOffice365!: boolean;

  @Field({ defaultValue: '' })
  description!: string;
}

@InputType('TenantInput')
export class TenantInput {
  @Field()
  name!: string;

  @Field(() => CountryEnum)
  country!: CountryEnum;

  @Field()
  contactPerson!: string;

  @Field({ defaultValue: false })
  antivirus!: boolean;

  @Field({ defaultValue: false })
  firewall!: boolean;

  @Field({ defaultValue: false })
  backup!: boolean;
}

@ObjectType('CreatedKey', { description: 'A newly created API key: the secret is shown once and never stored.' })
export class CreatedKeyType {
  @Field(() => ID)
  id!: string;

  @Field()
  secret!: string;

  @Field()
  prefix!: string;

  @Field()
  role!: string;

  @Field(() => ID, { nullable: true })
  tenantId!: string | null;
}

@ObjectType('ApiKey')
export class ApiKeyType {
  @Field(() => ID)
  id!: string;

  @Field()
  prefix!: string;

  @Field()
  role!: string;

  @Field(() => ID, { nullable: true })
  tenantId!: string | null;

  @Field()
  label!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt!: Date | null;
}

@InputType('ScopeContext', { description: 'An explicit customer context for a scope question (instead of, or overriding, the caller’s tenant).' })
export class ScopeContextInput {
  @Field({ description: 'The purchased product includes end-user support (T-§5).' })
  endUserSupportIncluded!: boolean;

  @Field({ description: 'The migration to Office 365 is complete (T-§5).' })
  migrationCompleted!: boolean;

  @Field()
  antivirus!: boolean;

  @Field()
  firewall!: boolean;

  @Field()
  backup!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'RIGHTS_CHANGE: ordered in writing by the customer’s contact person.' })
  writtenOrderFromContact?: boolean | null;
}
