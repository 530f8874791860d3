import { Field, ObjectType } from 'type-graphql';

@ObjectType('Citation', { description: 'The clause of a source document that justifies (part of) an answer.' })
export class CitationType {
  @Field({ description: 'Source document id: 000_ce973374ecf40211 (Microsoft lifecycle policy) or 003_02c581ca7a5a5e40 (Dustin Office 365 support terms).' })
  document!: string;

  @Field({ description: 'Clause id: L-… for the lifecycle policy, T-§n for the subscription terms.' })
  clause!: string;

  @Field({ description: 'What the clause contributes to this answer, in one sentence.' })
  text!: string;
}

@ObjectType('LookupError', { description: 'A per-item error in a bulk answer: the other items are unaffected.' })
export class LookupErrorType {
  @Field({ description: 'PRODUCT_NOT_FOUND, PRODUCT_AMBIGUOUS, LEVEL_NOT_FOUND, BAD_USER_INPUT, NOT_FOUND or UNAUTHENTICATED.' })
  code!: string;

  @Field()
  message!: string;

  @Field(() => [String], { description: 'Closest matches for a name that did not resolve, best first.' })
  candidates!: string[];
}

@ObjectType('NameProblem', { description: 'A product name (or a stored estate row) the catalogue cannot resolve; the rest of the answer is unaffected.' })
export class NameProblemType {
  @Field({ description: 'The name as given, or the estate row’s product slug and level.' })
  input!: string;

  @Field({ description: 'PRODUCT_NOT_FOUND, PRODUCT_AMBIGUOUS, LEVEL_NOT_FOUND or BAD_USER_INPUT.' })
  code!: string;

  @Field()
  message!: string;

  @Field(() => [String], { description: '"Did you mean": closest names, or the product’s levels.' })
  candidates!: string[];
}
