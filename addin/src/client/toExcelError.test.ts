import { GatewayFailure, InputError, LookupFailure, NoAnswerError } from './failures.js';
import { asExcel, describeFailure, orList, SIGN_IN_NEEDED, toExcelError } from './toExcelError.js';

describe('turning failures into Excel errors', () => {
  it('an unknown product is #N/A naming what was typed and suggesting the near match', () => {
    const e = toExcelError(new LookupFailure('PRODUCT_NOT_FOUND', 'no such product', ['Windows 7'], 'Windws 7'));
    expect(e).toMatchObject({ code: '#N/A', message: "Unknown product 'Windws 7' — did you mean Windows 7?" });
  });
  it('an ambiguous product lists at most three candidates', () => {
    const d = describeFailure(new LookupFailure('PRODUCT_AMBIGUOUS', 'ambiguous', ['Office 2013', 'Office 2016', 'Office 2019', 'Office 2021'], 'Office'));
    expect(d).toEqual({ kind: 'notAvailable', message: "'Office' matches several products — did you mean Office 2013, Office 2016 or Office 2019?" });
  });
  it('a missing level keeps the gateway message and lists the levels', () => {
    expect(describeFailure(new LookupFailure('LEVEL_NOT_FOUND', 'Windows 7 has no level SP3', ['RTM', 'SP1'])).message).toBe('Windows 7 has no level SP3 (levels: RTM, SP1)');
  });
  it('bad input is #VALUE!, missing data #N/A', () => {
    expect(toExcelError(new InputError("date: '31/12/2026' is not a date"))).toMatchObject({ code: '#VALUE!' });
    expect(toExcelError(new LookupFailure('BAD_USER_INPUT', 'The product name is empty'))).toMatchObject({ code: '#VALUE!', message: 'The product name is empty' });
    expect(toExcelError(new NoAnswerError('Zune Software has no extended support phase'))).toMatchObject({ code: '#N/A', message: 'Zune Software has no extended support phase' });
  });
  it('missing or refused keys ask the user to sign in, per item or for the whole request', () => {
    expect(toExcelError(new LookupFailure('UNAUTHENTICATED', 'x'))).toMatchObject({ code: '#N/A', message: SIGN_IN_NEEDED });
    expect(toExcelError(new GatewayFailure('graphql', 'key required', 'UNAUTHENTICATED'))).toMatchObject({ message: SIGN_IN_NEEDED });
    expect(toExcelError(new GatewayFailure('http', 'HTTP 401: key revoked', 'UNAUTHENTICATED', 401))).toMatchObject({ message: SIGN_IN_NEEDED });
    expect(SIGN_IN_NEEDED).toBe('Sign-in needed: set an API key in the task pane');
  });
  it('network failures and timeouts say the gateway is unreachable', () => {
    expect(toExcelError(new GatewayFailure('network', 'cannot connect to https://localhost:4443 (Failed to fetch)'))).toMatchObject({
      code: '#N/A',
      message: 'Gateway unreachable: cannot connect to https://localhost:4443 (Failed to fetch)',
    });
    expect(describeFailure(new GatewayFailure('timeout', 'no answer within 15 s')).message).toBe('Gateway unreachable: no answer within 15 s');
  });
  it('server errors, bad JSON and rate limits get their own sentences', () => {
    expect(describeFailure(new GatewayFailure('http', 'HTTP 500', null, 500)).message).toBe('Gateway error: HTTP 500');
    expect(describeFailure(new GatewayFailure('json', 'the answer was not valid JSON')).message).toBe('Gateway error: the answer was not valid JSON');
    expect(describeFailure(new GatewayFailure('graphql', 'slow down', 'RATE_LIMITED')).message).toMatch(/^Gateway busy/);
    expect(describeFailure(new GatewayFailure('http', 'HTTP 429: try again in 12 s', 'RATE_LIMITED', 429)).message).toBe(
      'Gateway busy (too many requests): recalculate in a minute — HTTP 429: try again in 12 s',
    );
    expect(describeFailure(new GatewayFailure('graphql', 'Query uses 20 aliases', 'QUERY_TOO_COMPLEX')).message).toBe('Gateway refused the request: Query uses 20 aliases');
  });
  it('an unexpected exception is still an Excel error, never a crash', () => {
    expect(toExcelError(new TypeError('x is undefined'))).toMatchObject({ code: '#N/A', message: 'Unexpected error: x is undefined' });
  });
  it('asExcel passes values through and converts throws', async () => {
    await expect(asExcel(() => 42)).resolves.toBe(42);
    await expect(asExcel(async () => { throw new InputError('bad'); })).rejects.toMatchObject({ code: '#VALUE!', message: 'bad' });
  });
  it('orList joins names the way a sentence does', () => {
    expect(orList([])).toBe('');
    expect(orList(['A'])).toBe('A');
    expect(orList(['A', 'B'])).toBe('A or B');
  });
});
