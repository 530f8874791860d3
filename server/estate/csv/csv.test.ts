import { detectDelimiter, parseCsv } from './csv.js';

const records = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.message);
  return r.records.map((x) => [x.row, ...x.fields]);
};

describe('CSV reading (RFC 4180)', () => {
  it('reads a header and rows with LF or CRLF line ends, with or without a final line end', () => {
    expect(records('product,level,count\nWindows 7,SP1,12\n')).toEqual([[1, 'product', 'level', 'count'], [2, 'Windows 7', 'SP1', '12']]);
    expect(records('product,level,count\r\nWindows 7,SP1,12')).toEqual([[1, 'product', 'level', 'count'], [2, 'Windows 7', 'SP1', '12']]);
  });

  it('quoted fields may hold commas, doubled quotes and line breaks; the next row keeps its spreadsheet number', () => {
    expect(records('a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,row')).toEqual([
      [1, 'a', 'b'],
      [2, 'x, y', 'say "hi"'],
      [3, 'two\nlines', 'z'],
      [5, 'last', 'row'],
    ]);
  });

  it('blank lines are skipped but counted, and a byte-order mark is dropped', () => {
    expect(records('\uFEFFproduct,count\n\nWindows 7,1\n   \nOffice 2016,2\n')).toEqual([[1, 'product', 'count'], [3, 'Windows 7', '1'], [5, 'Office 2016', '2']]);
  });

  it('empty fields are kept', () => {
    expect(records('product,level,count\nWindows 7,,3')).toEqual([[1, 'product', 'level', 'count'], [2, 'Windows 7', '', '3']]);
  });

  it('a semicolon header (Norwegian Excel) switches the delimiter; a comma header keeps commas', () => {
    expect(detectDelimiter('product;level;count\n')).toBe(';');
    expect(detectDelimiter('product,level,count\n')).toBe(',');
    expect(records('product;level;count\n"SQL Server 2016; SP2";;1')).toEqual([[1, 'product', 'level', 'count'], [2, 'SQL Server 2016; SP2', '', '1']]);
  });

  it('an unclosed quote or text after a closing quote is an error naming the row', () => {
    expect(parseCsv('a,b\n"open,1\n')).toEqual({ ok: false, row: 2, message: 'row 2: a quoted field is never closed' });
    expect(parseCsv('a,b\n"x"y,1\n')).toMatchObject({ ok: false, row: 2 });
  });
});
