import { formatNok, isStorableOre, MoneyFormatError, parseNok, sumOre } from './money.js';
import { LIMITS } from './limits.js';

describe('exact NOK amounts in øre', () => {
  it('reads whole kroner, one decimal and two decimals as the same kind of amount', () => {
    expect(parseNok('1234')).toBe(123400n);
    expect(parseNok('1234.5')).toBe(123450n);
    expect(parseNok('1234.50')).toBe(123450n);
    expect(parseNok('0.05')).toBe(5n);
    expect(parseNok('007.10')).toBe(710n);
  });

  it('reads a negative amount only with a leading minus', () => {
    expect(parseNok('-12.34')).toBe(-1234n);
    expect(parseNok('-0')).toBe(0n);
  });

  it.each(['', ' 1', '1 ', '+1', '1.', '.5', '1.234', '1e3', '1,50', '1,234.00', 'NOK 10', '--1', '1-', 'abc', '0x10', '١٢'])(
    'refuses %j rather than guessing',
    (input) => {
      expect(() => parseNok(input)).toThrow(MoneyFormatError);
    },
  );

  it('keeps amounts beyond the float-safe integer range exact', () => {
    const big = '90071992547409.93'; // 9007199254740993 øre > Number.MAX_SAFE_INTEGER
    expect(parseNok(big)).toBe(9007199254740993n);
    expect(formatNok(parseNok(big))).toBe(big);
  });

  it('formats with exactly two decimals and a minus for negatives', () => {
    expect(formatNok(123450n)).toBe('1234.50');
    expect(formatNok(0n)).toBe('0.00');
    expect(formatNok(5n)).toBe('0.05');
    expect(formatNok(-5n)).toBe('-0.05');
    expect(formatNok(-123456n)).toBe('-1234.56');
  });

  it('round-trips what it formats', () => {
    for (const o of [0n, 1n, 99n, 100n, 101n, -1n, -100n, 123456789n]) {
      expect(parseNok(formatNok(o))).toBe(o);
    }
  });

  it('sums 0.10 + 0.20 to exactly 0.30, where binary floats give 0.30000000000000004', () => {
    expect(0.1 + 0.2).not.toBe(0.3); // the reason this module exists
    expect(formatNok(sumOre([parseNok('0.10'), parseNok('0.20')]))).toBe('0.30');
  });

  it('sums ten payments of 0.10 to exactly 1.00', () => {
    expect(sumOre(Array.from({ length: 10 }, () => parseNok('0.10')))).toBe(100n);
    expect(sumOre([])).toBe(0n);
  });
});

describe('the largest amount stored exactly', () => {
  it('is 999999999999.99 NOK, below 2^53 øre so that no layer (JS number, SQLite INTEGER, PostgreSQL bigint) rounds it', () => {
    expect(formatNok(LIMITS.maxMoneyOre)).toBe('999999999999.99');
    expect(LIMITS.maxMoneyOre < BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(BigInt(Number(LIMITS.maxMoneyOre))).toBe(LIMITS.maxMoneyOre);
    expect(isStorableOre(LIMITS.maxMoneyOre)).toBe(true);
    expect(isStorableOre(LIMITS.maxMoneyOre + 1n)).toBe(false);
    expect(isStorableOre(-LIMITS.maxMoneyOre)).toBe(true);
    expect(isStorableOre(-LIMITS.maxMoneyOre - 1n)).toBe(false);
  });
});
