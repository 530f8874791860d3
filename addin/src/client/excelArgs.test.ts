import { dateArg, enumArg, normaliseEnumName, optionalDateArg, optionalDateTimeArg, optionalTextArg, textArg } from './excelArgs.js';
import { InputError } from './failures.js';

describe('reading Excel arguments', () => {
  it('a date argument takes a serial or ISO text and answers ISO', () => {
    expect(dateArg(46023, 'date')).toBe('2026-01-01');
    expect(dateArg('2026-01-01', 'date')).toBe('2026-01-01');
    expect(dateArg(' 2026-01-01 ', 'date')).toBe('2026-01-01');
    expect(dateArg(61, 'date')).toBe('1900-03-01');
  });
  it('a day/month text date, free text, booleans, negative serials and serial 60 are #VALUE! with the argument named', () => {
    expect(() => dateArg('31/12/2026', 'date')).toThrow(InputError);
    expect(() => dateArg('31/12/2026', 'date')).toThrow("date: '31/12/2026' is not a date");
    expect(() => dateArg('next tuesday', 'announcedOn')).toThrow(/^announcedOn:/);
    expect(() => dateArg('46023', 'date')).toThrow(InputError);
    expect(() => dateArg(true, 'date')).toThrow(InputError);
    expect(() => dateArg(-5, 'date')).toThrow(InputError);
    expect(() => dateArg(60, 'date')).toThrow('date: 1900-02-29 does not exist');
    expect(() => dateArg('1899-12-31', 'date')).toThrow(InputError);
  });
  it('an omitted optional date (null, undefined or empty text) is null, but a required one is #VALUE!', () => {
    expect(optionalDateArg(null, 'date')).toBeNull();
    expect(optionalDateArg(undefined, 'date')).toBeNull();
    expect(optionalDateArg('  ', 'date')).toBeNull();
    expect(() => dateArg(null, 'incidentDate')).toThrow('incidentDate is required');
  });
  it('text arguments are trimmed, numbers become text, booleans and blanks are refused where required', () => {
    expect(textArg('  Windows 7 ', 'product')).toBe('Windows 7');
    expect(textArg(12345, 'subscription')).toBe('12345');
    expect(() => textArg(false, 'product')).toThrow(InputError);
    expect(() => textArg('', 'product')).toThrow('product is required');
    expect(optionalTextArg(null, 'level')).toBeNull();
  });
  it('date-times accept serials with a time and ISO text with or without seconds', () => {
    expect(optionalDateTimeArg(46023.375, 'datetime')).toEqual({ date: '2026-01-01', seconds: 9 * 3600 });
    expect(optionalDateTimeArg('2026-11-23 09:30', 'datetime')).toEqual({ date: '2026-11-23', seconds: 9 * 3600 + 30 * 60 });
    expect(optionalDateTimeArg('2026-11-23T09:30:15', 'datetime')).toEqual({ date: '2026-11-23', seconds: 9 * 3600 + 30 * 60 + 15 });
    expect(optionalDateTimeArg('2026-11-23', 'datetime')).toEqual({ date: '2026-11-23', seconds: 0 });
    expect(optionalDateTimeArg(null, 'datetime')).toBeNull();
    expect(() => optionalDateTimeArg('2026-11-23 25:00', 'datetime')).toThrow(InputError);
    expect(() => optionalDateTimeArg('23.11.2026 09:30', 'datetime')).toThrow(InputError);
    expect(() => optionalDateTimeArg(60.5, 'datetime')).toThrow('1900-02-29 does not exist');
  });
  it('enum names are matched however people type them, aliases included', () => {
    const kinds = ['SECURITY_UPDATES', 'END_OF_SERVICE'] as const;
    expect(normaliseEnumName(' end of-service ')).toBe('END_OF_SERVICE');
    expect(enumArg('security updates', 'entitlement', kinds)).toBe('SECURITY_UPDATES');
    expect(enumArg('Security-Updates', 'entitlement', kinds)).toBe('SECURITY_UPDATES');
    expect(enumArg('norway', 'country', ['NO'] as const, { NORWAY: 'NO' })).toBe('NO');
  });
  it('an unknown enum name is #VALUE! listing the valid ones', () => {
    expect(() => enumArg('security patches', 'entitlement', ['SECURITY_UPDATES', 'FREE_SUPPORT'] as const)).toThrow(
      "entitlement: 'security patches' is not one of SECURITY_UPDATES, FREE_SUPPORT",
    );
  });
});
