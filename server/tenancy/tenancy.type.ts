import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars/DateTime.scalar.js';
import { CountryEnum, type Country } from '../support/index.js';

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

@InputType('TenantInput')
export class TenantInput {
  @Field()
  name!: string;

  @Field(() => CountryEnum)
  country!: Country;

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
