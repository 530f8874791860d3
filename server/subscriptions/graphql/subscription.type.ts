import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars/Date.scalar.js';
import { DateTimeScalar } from '../../graphql/scalars/DateTime.scalar.js';
import { CitationType, LookupErrorType } from '../../graphql/types/common.type.js';
import { MoneyType } from '../../graphql/types/money.type.js';
import type { BillingModel } from '../policy/subscriptionTerms.js';
import { BillingModelEnum, CancellationChannelEnum } from './subscription.enum.js';

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

  @Field(() => DateTimeScalar, { nullable: true, description: 'Set once the payment was voided (voidPayment): it no longer counts towards the T-§13 cap.' })
  voidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  voidReason!: string | null;
}

@ObjectType('AuditRecord', { description: 'A correction of the tenant’s data (voidPayment, removeSubscription): who, when, why, and the row as it was.' })
export class AuditRecordType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'VOID_PAYMENT or REMOVE_SUBSCRIPTION.' })
  action!: string;

  @Field(() => ID, { description: 'The payment or subscription corrected.' })
  subjectId!: string;

  @Field()
  reason!: string;

  @Field(() => ID, { description: 'The API key that made the correction.' })
  keyId!: string;

  @Field(() => DateTimeScalar)
  at!: Date;

  @Field({ description: 'The row before the correction, as JSON (amounts as exact øre).' })
  snapshot!: string;
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

@ObjectType('Deadlines', { description: 'Deadlines of a subscription as of a date (T-§2, T-§3, T-§11, T-§12). A committed term of N months from S is one period, S … S+N months−1 day, however long; it then renews for 12 months at a time. Renewals are anchored: renewal k starts on S + N + 12·(k−1) months, computed from S and clamped to the month end, never by adding 12 months to the previous start (a term from 2018-08-31 renews on 2019-02-28, 2020-02-29, 2021-02-28 …). cancelBy = periodEnd − 30 days (that day included).' })
export class DeadlinesType {
  @Field(() => ID)
  subscription!: string;

  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => BillingModelEnum)
  billingModel!: string;

  @Field(() => DateScalar, { description: 'Start of the current period (COMMITMENT: the whole committed term, then 12-month renewals anchored on the term start; PAYG: the calendar month).' })
  periodStart!: string;

  @Field(() => DateScalar)
  periodEnd!: string;

  @Field(() => DateScalar, { nullable: true, description: 'COMMITMENT: the day the next 12-month period starts unless cancelled in time (anchored on the term start, never drifting with month ends).' })
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

@ObjectType('ChangeEffect', { description: 'When a change noticed on a date takes effect (T-§3, T-§12). "30 days after" the notice means noticedOn + 30 days: the notice day is day 0.' })
export class ChangeEffectType {
  @Field(() => DateScalar)
  effectiveOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Fee changes: the first day of the subscription period the new fee applies to (= effectiveOn). Null for a terms change.' })
  periodStart?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Fee changes: the last day of that period. Null for a terms change.' })
  periodEnd?: string | null;

  @Field()
  explanation!: string;

  @Field(() => [CitationType])
  citations!: CitationType[];
}

@InputType('SubscriptionInput', { description: 'A new subscription (validated: dates, positive seats, exact price, term for COMMITMENT).' })
export class SubscriptionInput {
  @Field()
  product!: string;

  @Field(() => BillingModelEnum)
  billingModel!: BillingModel;

  @Field(() => Int, { nullable: true, description: 'Required for COMMITMENT (1–120 months); must be empty for PAY_AS_YOU_GO.' })
  termMonths?: number | null;

  @Field(() => DateScalar)
  orderDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Defaults to the order date.' })
  termStart?: string | null;

  @Field(() => Int)
  seats!: number;

  @Field({ description: 'NOK excl. VAT per seat and month as a decimal string, e.g. "129.90": 0 to 999999999999.99, at most 2 decimals (anything else is BAD_USER_INPUT, never rounded).' })
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

  @Field({ description: 'NOK as a decimal string, e.g. "3247.50": above 0 and at most 999999999999.99, at most 2 decimals (anything else is BAD_USER_INPUT, never rounded).' })
  amount!: string;

  @Field({ defaultValue: true })
  coversSupportOrOffice365!: boolean;

  @Field({ defaultValue: '' })
  description!: string;
}
