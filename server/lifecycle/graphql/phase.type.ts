import { createUnionType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars/Date.scalar.js';
import { CitationType, LookupErrorType } from '../../graphql/types/common.type.js';
import { AvailabilityEnum, DateSourceEnum, EntitlementKindEnum, SupportPhaseEnum } from './lifecycle.enum.js';
import { LevelType, ProductType } from './product.type.js';

@ObjectType('Entitlement', { description: 'One entitlement of a phase (L-PHASES table).' })
export class EntitlementType {
  @Field(() => EntitlementKindEnum)
  kind!: string;

  @Field(() => AvailabilityEnum)
  availability!: string;

  @Field(() => String, { nullable: true, description: 'For CONDITIONAL/PAID: what it takes (e.g. an Extended Hotfix Support agreement).' })
  condition!: string | null;

  @Field(() => [CitationType])
  citations!: CitationType[];
}

@ObjectType('ParentSupport', { description: 'A product a component follows, and the component\'s phase and last support day there on the asked date.' })
export class ParentSupportType {
  @Field(() => ProductType)
  product!: unknown;

  @Field(() => SupportPhaseEnum, { description: 'The component\'s phase on this product on the asked date.' })
  phase!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The component\'s last day of support on this product (the product\'s, or earlier where Microsoft ended the component there); null when open-ended.' })
  supportEnds!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day Microsoft ended the component on this product, when before the product\'s own end (IE 11 on Windows 10 Semi-Annual Channel: 2022-06-14).' })
  until!: string | null;
}

@ObjectType('PhaseAnswer', { description: 'Which support phase a product (or a level of it) is in on a date, and what that entitles to.' })
export class PhaseAnswerType {
  @Field(() => ProductType)
  product!: unknown;

  @Field(() => LevelType, { nullable: true, description: 'The level asked about ("Windows 7 SP1" or level: "SP1"); null for the product as a whole.' })
  level!: unknown;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => SupportPhaseEnum)
  phase!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the current phase; null when open-ended (Modern policy) or after the end of support.' })
  phaseEnds!: string | null;

  @Field(() => SupportPhaseEnum, { nullable: true })
  nextPhase!: string | null;

  @Field(() => Int, { nullable: true, description: 'Days from date to phaseEnds (0 on the last day of the phase).' })
  daysLeft!: number | null;

  @Field(() => DateScalar, { nullable: true })
  generalAvailability!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Effective mainstream end (published or derived).' })
  mainstreamEnds!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Effective extended end; null when there is no extended phase.' })
  extendedEnds!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of any support for this product or level (for a level: never after the product, L-SP).' })
  supportEnds!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Online self-help guaranteed until (12 months after supportEnds, a minimum; L-SELFHELP).' })
  selfHelpEnds!: string | null;

  @Field(() => DateSourceEnum, { description: 'DERIVED when any date this answer relies on was computed from policy defaults.' })
  dateSource!: string;

  @Field(() => Boolean, { nullable: true, description: 'For a level question: whether that service-pack level is supported on the date (L-SP).' })
  levelSupported!: boolean | null;

  @Field(() => LevelType, { nullable: true, description: 'The paid Extended Security Update year covering the date, where the data has one.' })
  paidEsu!: unknown;

  @Field(() => [EntitlementType])
  entitlements!: EntitlementType[];

  @Field(() => ProductType, { nullable: true, description: 'For a component (IE, .NET Framework, PowerShell, IIS, WSUS …): the product this answer is on — the parent asked for, or the component\'s only parent.' })
  parent!: unknown;

  @Field(() => [ParentSupportType], { description: 'For a component asked without a parent (phase FOLLOWS_PARENT): the products it follows, with its phase and last day on each. Empty otherwise.' })
  parents!: ParentSupportType[];

  @Field(() => [String], { description: 'Plain-English notes (Modern policy, unsupported level, maintenance programmes …).' })
  notes!: string[];

  @Field(() => [CitationType])
  citations!: CitationType[];
}

export const PhaseResultUnion = createUnionType({
  name: 'PhaseResult',
  description: 'A bulk lookup result: the answer, or a per-item error.',
  types: () => [PhaseAnswerType, LookupErrorType] as const,
  resolveType: (value) => ('code' in (value as object) && 'candidates' in (value as object) ? LookupErrorType : PhaseAnswerType),
});

@InputType('PhaseLookup', { description: 'One (product, date) pair of a bulk lookup.' })
export class PhaseLookupInput {
  @Field({ description: 'Product name or alias as users type it, optionally with a level ("Windows 7 SP1").' })
  product!: string;

  @Field(() => DateScalar, { nullable: true, description: "Defaults to today in the server's time zone." })
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'Level code (RTM, SP1, ESU1 …); overrides a level in the name.' })
  level?: string | null;

  @Field(() => String, { nullable: true, description: 'For a component (IE 11, .NET Framework, PowerShell, IIS, WSUS …): the product it runs on ("Windows Server 2016"); the answer is the component\'s phase there.' })
  parent?: string | null;
}

@InputType('DateRange')
export class DateRangeInput {
  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;
}
