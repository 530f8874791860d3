import { Field, ObjectType } from 'type-graphql';
import { enumFrom } from '../../graphql/types/enumFrom.js';
import { NAME_MATCHES } from '../catalogue/catalogue.js';
import { LevelType, ProductType } from './product.type.js';

export const NameMatchEnum = enumFrom(NAME_MATCHES, 'NameMatch', {
  description: 'How a name matched the catalogue, from the most to the least certain reading (docs/domain.md §1 "Names as people write them").',
  values: {
    EXACT: 'A product name or slug, case, spacing and punctuation aside (a leading "Microsoft" too).',
    ALIAS: 'An alias ("Win 7", "Exchange 2016", a former name such as "Office 365 ProPlus"), the start of one longer name, or the words of a name in another order.',
    EDITION_WORDS_REMOVED: 'Edition, packaging, bitness, locale or update words set aside ("SQL Server 2017 Express", "Office 2016 (32-bit) - nb-no", "Exchange 2019 CU14"); where editions have their own lifecycles they chose the product.',
    BUILD_NUMBER: 'An OS build number identified the release and level ("Windows 10 Pro 10.0.19045" is Windows 10 22H2).',
    ABBREVIATION: 'An abbreviation read as its long form ("WS2016", "SCCM 2012 R2"; seed/lifecycle/name-abbreviations.json).',
    TYPO: 'A misspelt or run-together word corrected ("Exchnage 2016", "SQLServer 2017"); version numbers are never changed.',
  },
});

@ObjectType('NameResolution', { description: 'One name of resolveProducts, as the catalogue reads it: the product and level, how it matched, or why not with the closest names.' })
export class NameResolutionType {
  @Field({ description: 'The name as given.' })
  input!: string;

  @Field(() => ProductType, { nullable: true, description: 'The product; null when the name did not resolve.' })
  product!: unknown;

  @Field(() => LevelType, { nullable: true, description: 'The level the name identifies ("SP1", "21H2", a build\'s release), if any.' })
  level!: unknown;

  @Field(() => NameMatchEnum, { nullable: true, description: 'How the name matched; null when it did not resolve.' })
  match!: string | null;

  @Field(() => String, { nullable: true, description: 'null when resolved; else PRODUCT_NOT_FOUND, PRODUCT_AMBIGUOUS, LEVEL_NOT_FOUND or BAD_USER_INPUT.' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'null when resolved; else the "did you mean" sentence.' })
  message!: string | null;

  @Field(() => [String], { description: 'Closest product names (with a level where one was meant), best first; empty when resolved.' })
  candidates!: string[];

  @Field(() => String, { nullable: true, description: 'The catalogue\'s name for what the input names: the product name, with the level when there is one ("Windows 7 SP1"); null when not resolved.' })
  canonicalName!: string | null;
}
