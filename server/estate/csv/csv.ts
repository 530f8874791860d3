/**
 * A strict RFC 4180 CSV reader for the estate upload: quoted fields ("" is a quote inside one), quoted
 * fields may hold the delimiter and line breaks, CRLF or LF line ends, a UTF-8 byte-order mark is dropped.
 * The delimiter is a comma, or a semicolon when the header uses semicolons and no commas (what Excel
 * writes where the decimal separator is a comma, as in Norway). Blank lines are skipped but still counted,
 * so row numbers match what a spreadsheet shows (the header is row 1).
 */
export interface CsvRecord {
  /** 1-based row number of the record's first line. */
  row: number;
  fields: string[];
}

export type CsvResult = { ok: true; delimiter: ',' | ';'; records: CsvRecord[] } | { ok: false; row: number; message: string };

export function detectDelimiter(text: string): ',' | ';' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

export function parseCsv(input: string): CsvResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let row = 1;
  let recordRow = 1;
  let quoted = false;
  let sawAny = false; // whether the current record has content (blank lines are skipped)
  const endRecord = () => {
    fields.push(field);
    if (sawAny) records.push({ row: recordRow, fields });
    fields = [];
    field = '';
    sawAny = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          return { ok: false, row, message: `row ${row}: text after a closing quote (write "" for a quote inside a quoted field)` };
        }
      } else {
        if (ch === '\n') row++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      sawAny = true;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      sawAny = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      row++;
      recordRow = row;
    } else {
      field += ch;
      if (ch.trim() !== '') sawAny = true;
    }
  }
  if (quoted) return { ok: false, row: recordRow, message: `row ${recordRow}: a quoted field is never closed` };
  endRecord();
  return { ok: true, delimiter, records };
}
