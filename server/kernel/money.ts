/**
 * Exact money (docs/domain.md §2 Money bounds: never binary floats). Amounts are bigint øre, 1 NOK = 100 øre;
 * T-§3 says every price is in NOK excluding VAT, so the currency is implied and fixed.
 */
import { LIMITS } from './limits.js';

export type Ore = bigint;

export class MoneyFormatError extends Error {
  constructor(readonly input: string) {
    super(`Not a NOK amount: ${JSON.stringify(input)} (expected e.g. "1234", "1234.5" or "-1234.50")`);
    this.name = 'MoneyFormatError';
  }
}

// Digits, an optional fraction of one or two digits, an optional leading '-'. No '+', no exponent, no
// thousands separators, no surrounding spaces: a decimal comma or "1,234" is ambiguous, so it is refused
// rather than guessed.
const NOK = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** "1234.5" | "1234.50" | "1234" → 123450n. Throws MoneyFormatError on anything else. */
export function parseNok(s: string): Ore {
  const m = typeof s === 'string' ? NOK.exec(s) : null;
  if (!m) throw new MoneyFormatError(String(s));
  const [, minus, kroner, fraction = ''] = m;
  const ore = BigInt(kroner!) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
  return minus ? -ore : ore;
}

/** 123450n → "1234.50"; -5n → "-0.05". Always two decimals, no separators, the same grammar parseNok reads. */
export function formatNok(o: Ore): string {
  const negative = o < 0n;
  const abs = negative ? -o : o;
  const kroner = abs / 100n;
  const ore = abs % 100n;
  return `${negative ? '-' : ''}${kroner}.${String(ore).padStart(2, '0')}`;
}

/** Whether an amount can be stored and read back exactly (|ore| ≤ LIMITS.maxMoneyOre, kernel/limits.ts). */
export function isStorableOre(o: Ore): boolean {
  return o <= LIMITS.maxMoneyOre && o >= -LIMITS.maxMoneyOre;
}

/** Exact sum (an empty list sums to 0n). */
export function sumOre(amounts: Iterable<Ore>): Ore {
  let total = 0n;
  for (const a of amounts) total += a;
  return total;
}
