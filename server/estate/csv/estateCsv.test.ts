import { Catalogue } from '../../lifecycle/catalogue/catalogue.js';
import { office2013, productFixture, windows7 } from '../../testing/lifecycleFixtures.js';
import { csvSizeProblem, planEstateCsv } from './estateCsv.js';
import { LIMITS } from '../../kernel/limits.js';

const sql2016 = productFixture({
  slug: 'sql-server-2016',
  name: 'SQL Server 2016',
  aliases: ['SQL 2016'],
  generalAvailability: '2016-06-01',
  mainstreamEnd: '2021-07-13',
  extendedEnd: '2026-07-14',
  levels: [
    { code: 'RTM', label: 'Original Release', kind: 'RTM', ordinal: 0, start: '2016-06-01', end: '2018-01-09' },
    { code: 'SP2', label: 'Service Pack 2', kind: 'SERVICE_PACK', ordinal: 2, start: '2018-04-24', end: '2022-10-11' },
  ],
});
const catalogue = new Catalogue([windows7, office2013, sql2016]);
const plan = (csv: string) => planEstateCsv(csv, catalogue, '2026-01-01');

describe('estate CSV upload', () => {
  it('reads product, level and count into catalogue slugs and level codes', () => {
    const p = plan('product,level,count\nWindows 7,SP1,12\nSQL 2016,,3\nMicrosoft Office 2013,rtm,1\n');
    expect(p.errors).toEqual([]);
    expect(p.rowCount).toBe(3);
    expect(p.items.map((i) => [i.productSlug, i.levelCode, i.count, i.rows])).toEqual([
      ['windows-7', 'SP1', 12, [2]],
      ['sql-server-2016', null, 3, [3]],
      ['microsoft-office-2013', 'RTM', 1, [4]],
    ]);
  });

  it('a level may be part of the product name; columns may come in any order with a note', () => {
    const p = plan('count,note,product\n4,"Oslo, 2nd floor",SQL Server 2016 SP2\n');
    expect(p.items).toEqual([{ productSlug: 'sql-server-2016', productName: 'SQL Server 2016', levelCode: 'SP2', count: 4, note: 'Oslo, 2nd floor', rows: [2] }]);
  });

  it('rows naming the same product and level are added up', () => {
    const p = plan('product,level,count\nWindows 7,SP1,12\nWin 7,sp1,3\nWindows 7,,1\n');
    expect(p.items.map((i) => [i.levelCode, i.count, i.rows])).toEqual([['SP1', 15, [2, 3]], [null, 1, [4]]]);
  });

  it('every bad row is reported with its spreadsheet row number, column, value and candidates — and then nothing is planned', () => {
    const p = plan('product,level,count\nWindows 7,SP1,12\nWndws 7,,2\nSQL Server 2016,SP9,1\nMicrosoft Office 2013,,zero\n,,1\n');
    expect(p.items).toEqual([]);
    expect(p.errors.map((e) => [e.row, e.column, e.value, e.code])).toEqual([
      [3, 'product', 'Wndws 7', 'PRODUCT_NOT_FOUND'],
      [4, 'level', 'SP9', 'LEVEL_NOT_FOUND'],
      [5, 'count', 'zero', 'BAD_USER_INPUT'],
      [6, 'product', '', 'BAD_USER_INPUT'],
    ]);
    expect(p.errors[0]!.candidates).toContain('Windows 7');
    expect(p.errors[1]!.candidates).toEqual(['RTM', 'SP2']);
    expect(p.errors[2]!.message).toBe("count must be a whole number from 1 to 1,000,000, not 'zero'");
  });

  it('count must be from 1 to 1,000,000: 0 and 1,000,001 are refused, the edges accepted', () => {
    expect(plan('product,count\nWindows 7,0').errors[0]).toMatchObject({ row: 2, column: 'count', value: '0' });
    expect(plan('product,count\nWindows 7,1000001').errors[0]).toMatchObject({ column: 'count', value: '1000001' });
    expect(plan('product,count\nWindows 7,1\nMicrosoft Office 2013,1000000').errors).toEqual([]);
  });

  it('the header must name product and count; unknown or repeated columns are errors on row 1', () => {
    expect(plan('name,count\nWindows 7,1').errors.map((e) => [e.row, e.column, e.value])).toEqual([[1, 'header', 'name'], [1, 'header', 'name,count']]);
    expect(plan('product,count,count\nWindows 7,1,1').errors[0]!.message).toBe("Column 'count' appears twice");
    expect(plan('').errors[0]!.message).toMatch(/empty/);
  });

  it('a row with more fields than the header is an error that suggests quoting', () => {
    expect(plan('product,count\nWindows Server 2008, R2,1').errors[0]).toMatchObject({ row: 2, message: expect.stringMatching(/quote/) });
  });

  it('Excel’s semicolon CSV is read the same way', () => {
    expect(plan('product;level;count\nWindows 7;SP1;5').items[0]).toMatchObject({ productSlug: 'windows-7', levelCode: 'SP1', count: 5 });
  });

  it(`more than ${LIMITS.maxCsvRows} rows, or more than ${LIMITS.maxCsvBytes} bytes, is refused as a whole`, () => {
    const rows = Array.from({ length: LIMITS.maxCsvRows + 1 }, () => 'Windows 7,1').join('\n');
    expect(plan(`product,count\n${rows}`).errors).toEqual([expect.objectContaining({ code: 'TOO_MANY_ITEMS', row: LIMITS.maxCsvRows + 2 })]);
    expect(plan(`product,count\n${rows.split('\n').slice(1).join('\n')}`).errors).toEqual([]);
    expect(csvSizeProblem('x'.repeat(LIMITS.maxCsvBytes))).toBeNull();
    expect(csvSizeProblem('x'.repeat(LIMITS.maxCsvBytes + 1))).toMatch(/at most/);
  });
});
