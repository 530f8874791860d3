/**
 * The task pane's function list (one example each) and "Insert example sheet": a small worked sheet written
 * through Excel.run, the same one the README shows.
 */

export interface FunctionExample {
  id: string;
  example: string;
  what: string;
}

/** Every ENT function with one example (test: exactly the functions associated with Excel). */
export const FUNCTION_EXAMPLES: readonly FunctionExample[] = [
  { id: 'SUPPORTPHASE', example: '=ENT.SUPPORTPHASE(A2:A100, B2:B100)', what: 'support phase on a date; live (today) without one' },
  { id: 'MAINSTREAMEND', example: '=ENT.MAINSTREAMEND(A2:A100)', what: 'last day of mainstream support' },
  { id: 'EXTENDEDEND', example: '=ENT.EXTENDEDEND("Windows 7")', what: 'last day of extended support' },
  { id: 'SUPPORTEND', example: '=ENT.SUPPORTEND(A2:A100, "SP1")', what: 'last day of any support, or of a level' },
  { id: 'DAYSLEFT', example: '=ENT.DAYSLEFT(A2:A100)', what: 'days of support left, counting from today (live)' },
  { id: 'ENTITLED', example: '=ENT.ENTITLED(A2:A100, "security updates")', what: 'TRUE/FALSE or what it takes' },
  { id: 'RESOLVE', example: '=ENT.RESOLVE(A2:A100)', what: 'canonical product name with level' },
  { id: 'PRODUCT', example: '=ENT.PRODUCT("Windows 7")', what: 'a product card; =C2.Phase reads a field' },
  { id: 'NOTICEDATE', example: '=ENT.NOTICEDATE("Exchange Online", "DISRUPTIVE", "2026-01-31")', what: 'earliest effective date of a change' },
  { id: 'PRODUCTS', example: '=ENT.PRODUCTS("Windows Server")', what: 'table of matching products' },
  { id: 'CANCELBY', example: '=ENT.CANCELBY(D2:D20)', what: 'last day to cancel (key needed)' },
  { id: 'RENEWSON', example: '=ENT.RENEWSON(D2:D20)', what: 'next renewal (key needed)' },
  { id: 'PRICELOCKEND', example: '=ENT.PRICELOCKEND(D2:D20)', what: 'end of the price lock (key needed)' },
  { id: 'UPCOMING', example: '=ENT.UPCOMING(TODAY(), EDATE(TODAY(), 24))', what: 'your support ends and deadlines (key needed)' },
  { id: 'LIABILITYCAP', example: '=ENT.LIABILITYCAP("2026-06-01")', what: 'liability cap in NOK (key needed)' },
  { id: 'INSCOPE', example: '=ENT.INSCOPE("printing", "Windows 11")', what: 'is a request covered (key needed)' },
  { id: 'DESKOPEN', example: '=ENT.DESKOPEN("NO")', what: 'is the helpdesk open now (live)' },
  { id: 'NEXTOPEN', example: '=ENT.NEXTOPEN("SE")', what: 'next opening, local time (live)' },
];

export const EXAMPLE_SHEET = 'ENT examples';

/** The worked sheet: values in A:B, one range formula per column, a card and the desk. */
export const EXAMPLE_VALUES: (string | number)[][] = [
  ['Product as typed', 'Date'],
  ['Windows 7 Professional SP1', '2019-06-30'],
  ['SQL Server 2016', '2026-01-01'],
  ['Windows Server 2012 R2', '2023-10-10'],
  ['Office 2016', '2025-10-14'],
  ['Windws 10', '2026-01-01'],
];

export const EXAMPLE_FORMULAS: { cell: string; header: string; formula: string }[] = [
  { cell: 'C', header: 'Canonical name', formula: '=ENT.RESOLVE(A2:A6)' },
  { cell: 'D', header: 'Phase on the date', formula: '=ENT.SUPPORTPHASE(A2:A6, B2:B6)' },
  { cell: 'E', header: 'Phase today (live)', formula: '=ENT.SUPPORTPHASE(A2:A6)' },
  { cell: 'F', header: 'Days left (live)', formula: '=ENT.DAYSLEFT(A2:A6)' },
  { cell: 'G', header: 'Support end', formula: '=ENT.SUPPORTEND(A2:A6)' },
  { cell: 'H', header: 'Security updates?', formula: '=ENT.ENTITLED(A2:A6, "security updates", B2:B6)' },
];

export const EXAMPLE_EXTRAS: [string, string][] = [
  ['A9', 'Card'],
  ['B9', '=ENT.PRODUCT("Windows 10")'],
  ['A10', 'Its phase'],
  ['B10', '=B9.Phase'],
  ['A11', 'Norwegian desk open now'],
  ['B11', '=ENT.DESKOPEN("NO")'],
  ['A12', 'Swedish desk opens next'],
  ['B12', '=ENT.NEXTOPEN("SE")'],
];

/** The part of the Excel API "Insert example sheet" uses (office-addin-mock stands in for it in tests). */
export interface ExcelRangeLike {
  values: unknown;
  formulas: unknown;
  numberFormat: unknown;
  format: { font: { bold: boolean }; autofitColumns(): void };
}
export interface ExcelSheetLike {
  name: string;
  getRange(address: string): ExcelRangeLike;
  activate(): void;
}
export interface ExcelInsertLike {
  run(batch: (ctx: { workbook: { worksheets: { add(name: string): ExcelSheetLike; getItemOrNullObject(name: string): { isNullObject: boolean; load(p: string): unknown } } }; sync(): Promise<unknown> }) => Promise<unknown>): Promise<unknown>;
}

/** Writes the example sheet (as "ENT examples", or "ENT examples 2" … when taken); returns its name. */
export async function insertExampleSheet(excel: ExcelInsertLike): Promise<string> {
  let name = '';
  await excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    for (let n = 1; n < 50 && !name; n++) {
      const candidate = n === 1 ? EXAMPLE_SHEET : `${EXAMPLE_SHEET} ${n}`;
      const existing = sheets.getItemOrNullObject(candidate);
      existing.load('isNullObject');
      await ctx.sync();
      if (existing.isNullObject) name = candidate;
    }
    if (!name) throw new Error('every example sheet name is taken');
    const sheet = sheets.add(name);
    sheet.getRange('A1:B6').values = EXAMPLE_VALUES;
    sheet.getRange('B2:B6').numberFormat = EXAMPLE_VALUES.slice(1).map(() => ['@']);
    for (const f of EXAMPLE_FORMULAS) {
      sheet.getRange(`${f.cell}1`).values = [[f.header]];
      sheet.getRange(`${f.cell}2`).formulas = [[f.formula]];
    }
    sheet.getRange('G2:G6').numberFormat = EXAMPLE_VALUES.slice(1).map(() => ['yyyy-mm-dd']);
    sheet.getRange('B12').numberFormat = [['yyyy-mm-dd hh:mm']];
    for (const [cell, v] of EXAMPLE_EXTRAS) sheet.getRange(cell)[v.startsWith('=') ? 'formulas' : 'values'] = [[v]];
    sheet.getRange('A1:H1').format.font.bold = true;
    sheet.getRange('A1:H12').format.autofitColumns();
    sheet.activate();
    await ctx.sync();
  });
  return name;
}
