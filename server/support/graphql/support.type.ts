import { Field, InputType, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars/Date.scalar.js';
import { CitationType } from '../../graphql/types/common.type.js';
import { MoneyType } from '../../graphql/types/money.type.js';
import { PaymentType } from '../../subscriptions/index.js';
import { RemedyEnum, ScopeDecisionEnum } from './support.enum.js';

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
