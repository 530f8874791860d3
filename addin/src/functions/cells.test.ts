import { jest } from '@jest/globals';
import { GatewayFailure, InputError, LookupFailure } from '../client/failures.js';
import { installCustomFunctionsShim } from '../testing/customFunctionsShim.js';
import { cellwise, once, RETRY_MS, type CellwiseSpec, type ErrorCell } from './cells.js';

/**
 * The two building blocks on the path of every sheet cell: cellwise (a one-cell invocation takes a shorter
 * path than a range; both must answer alike) and once (a streaming invocation answered for good).
 */
let shim: ReturnType<typeof installCustomFunctionsShim>;
beforeAll(() => {
  shim = installCustomFunctionsShim();
});
afterAll(() => shim.uninstall());

/** A cell function: "ok:<value>" answers, "bad" throws at once, "gone" rejects as a failed request, "nf" as a lookup error. */
const spec: CellwiseSpec<string> = {
  names: ['product', 'date'],
  key: 0,
  cell: ([p, d]) => {
    if (p === 'bad') throw new InputError('product is not text');
    if (p === 'gone') return Promise.reject(new GatewayFailure('network', 'gateway unreachable'));
    if (p === 'nf') return Promise.reject(new LookupFailure('PRODUCT_NOT_FOUND', 'no such product'));
    if (p === 'sync') return `sync:${String(d)}`;
    return Promise.resolve(`${String(p)}@${String(d)}`);
  },
};

describe('cellwise', () => {
  const inputs = ['Windows 7', 'sync', 'bad', 'gone', 'nf', '', '  ', null];
  it.each(inputs)('answers %p as one cell exactly as the same cell of a range', async (p) => {
    const one = await cellwise([[[p]], [[45000]]], spec);
    const scalar = await cellwise([p, 45000], spec);
    const range = await cellwise([[[p], ['Windows 7']], [[45000], [45000]]], spec);
    expect(one.grid).toEqual([[range.grid[0]![0]]]);
    expect(scalar.grid).toEqual(one.grid);
    // The range's second cell always answers: its error count is the first cell's.
    expect(one.errors).toBe(range.errors);
    expect(one.transient).toBe(range.transient);
  });

  it('marks only a failed request as transient, and counts error cells', async () => {
    expect(await cellwise([[['gone']], [[1]]], spec)).toMatchObject({ transient: true, errors: 1 });
    expect(await cellwise([[['nf']], [[1]]], spec)).toMatchObject({ transient: false, errors: 1 });
    expect(await cellwise([[['Windows 7']], [[1]]], spec)).toEqual({ grid: [['Windows 7@1']], transient: false, errors: 0 });
    expect(await cellwise([[['']], [[1]]], spec)).toEqual({ grid: [['']], transient: false, errors: 0 });
  });

  it('treats an empty range argument as one blank cell, and a wider one as a range', async () => {
    expect((await cellwise([[], [[1]]], spec)).grid).toEqual([['']]);
    expect((await cellwise([[['a', 'b']], [[1]]], spec)).grid).toEqual([['a@1', 'b@1']]);
  });
});

describe('once', () => {
  const invocation = () => {
    const results: unknown[] = [];
    const inv: { setResult(v: unknown): void; onCanceled?: () => void } = { setResult: (v) => void results.push(v) };
    return { inv, results };
  };

  it('sends the answer once and resolves with it', async () => {
    const { inv, results } = invocation();
    await expect(once(inv, async () => [['MAINSTREAM']])).resolves.toEqual([['MAINSTREAM']]);
    expect(results).toEqual([[['MAINSTREAM']]]);
  });

  it('sends an error value and rejects with it, for a thrown error and an error-cell answer alike', async () => {
    const thrown = invocation();
    const e1 = await once(thrown.inv, () => {
      throw new InputError('date is not a date');
    }).catch((e: ErrorCell) => e);
    expect(e1).toMatchObject({ code: '#VALUE!' });
    expect(thrown.results).toEqual([e1]);
    const answered = invocation();
    const cell = { code: '#N/A', message: 'no extended phase' };
    await expect(once(answered.inv, async () => cell)).rejects.toBe(cell);
    expect(answered.results).toEqual([cell]);
  });

  it('sends nothing once Excel has cancelled the invocation', async () => {
    const { inv, results } = invocation();
    let answer!: (v: string) => void;
    void once(inv, () => new Promise<string>((r) => (answer = r)));
    inv.onCanceled!();
    answer('late');
    await new Promise((r) => setTimeout(r, 0));
    expect(results).toEqual([]);
  });

  it('asks again after RETRY_MS when the request failed, until cancelled', async () => {
    jest.useFakeTimers();
    try {
      const { inv, results } = invocation();
      let calls = 0;
      const work = () => (++calls < 3 ? Promise.reject(new GatewayFailure('network', 'gateway unreachable')) : Promise.resolve('back'));
      await once(inv, work).catch(() => {});
      expect(calls).toBe(1);
      await jest.advanceTimersByTimeAsync(RETRY_MS);
      expect(calls).toBe(2);
      await jest.advanceTimersByTimeAsync(RETRY_MS);
      expect(calls).toBe(3);
      expect(results).toHaveLength(3);
      expect(results[2]).toBe('back');
      await jest.advanceTimersByTimeAsync(10 * RETRY_MS);
      expect(calls).toBe(3);
    } finally {
      jest.useRealTimers();
    }
  });
});
