import { Field, ObjectType } from 'type-graphql';
import { formatNok, type Ore } from '../../kernel/money.js';

@ObjectType('Money', { description: 'Exact money: amount is a decimal string with two decimals (never a binary float).' })
export class MoneyType {
  @Field({ description: 'e.g. "16237.50"' })
  amount!: string;

  @Field({ description: 'Always NOK, excluding VAT (T-§3).' })
  currency!: string;
}

/** Exact øre as the API shows money: a decimal string with two decimals, and its currency. */
export const money = (ore: Ore): MoneyType => ({ amount: formatNok(ore), currency: 'NOK' });
