/**
 * ENT.PRODUCT as an Excel data type: an entity value (Excel.EntityCellValue) whose properties a formula can
 * read (`=A2.Phase`, `=A2.[Support end]`), shown as a card with named sections. Dates are numbers with a date
 * format, so `=A2.[Support end] - TODAY()` works. Where the host cannot show entities (no
 * CustomFunctionsRuntime 1.4) the cell gets the product's name as text instead.
 */
import { isoToSerial } from '../client/excelDates.js';
import type { ProductCardAnswer } from '../client/gatewayQueries.js';

export const DATE_FORMAT = 'yyyy-mm-dd';

/** The property names, in card order (what `=A2.<name>` reads). */
export const CARD_PROPERTIES = ['Name', 'Phase', 'Phase on', 'Mainstream end', 'Extended end', 'Support end', 'Dates', 'Levels', 'Policy', 'Family', 'Source', 'Citations'] as const;

export const CARD_SECTIONS = [
  { layout: 'List', title: 'Support today', properties: ['Phase', 'Phase on'] },
  { layout: 'List', title: 'Support ends', properties: ['Mainstream end', 'Extended end', 'Support end', 'Dates'] },
  { layout: 'Table', title: 'Levels', properties: ['Levels'], collapsed: true },
  { layout: 'List', title: 'Product', properties: ['Policy', 'Family', 'Source'] },
  { layout: 'Table', title: 'Citations', properties: ['Citations'], collapsed: true },
] as const;

type Prop = Record<string, unknown>;

const text = (s: string): Prop => ({ type: 'String', basicValue: s });

/**
 * A date as a number Excel shows as a date. ExcelApi 1.19 hosts take the format on a Double; older ones
 * (CustomFunctionsRuntime 1.4 .. ExcelApi 1.18) only know FormattedNumber (deprecated since 1.19).
 */
function date(iso: string | null, modernDouble: boolean): Prop {
  if (!iso) return text('');
  const serial = isoToSerial(iso);
  return modernDouble ? { type: 'Double', basicValue: serial, numberFormat: DATE_FORMAT } : { type: 'FormattedNumber', basicValue: serial, numberFormat: DATE_FORMAT };
}

const table = (rows: string[][]): Prop => ({ type: 'Array', elements: rows.map((r) => r.map(text)) });

export interface CardOptions {
  /** Double with numberFormat (ExcelApi 1.19) rather than FormattedNumber. */
  modernDouble: boolean;
}

/** The entity value of a product card. */
export function productEntity(a: ProductCardAnswer, opts: CardOptions = { modernDouble: true }): Prop {
  const p = a.product;
  const properties: Record<string, Prop> = {
    Name: text(p.name),
    Phase: text(a.phase),
    'Phase on': date(a.date, opts.modernDouble),
    'Mainstream end': date(a.mainstreamEnds, opts.modernDouble),
    'Extended end': date(a.extendedEnds, opts.modernDouble),
    'Support end': date(a.supportEnds, opts.modernDouble),
    Dates: text(a.dateSource === 'DERIVED' ? 'DERIVED (computed from the policy’s defaults)' : 'PUBLISHED'),
    Levels: p.levels.length ? table([['Level', 'Label', 'Support end'], ...p.levels.map((l) => [l.code, l.label, l.end ?? ''])]) : text('—'),
    Policy: text(p.policy),
    Family: text(p.family),
    Source: text(p.source),
    Citations: a.citations.length ? table([['Clause', 'Document', 'What it says'], ...a.citations.map((c) => [c.clause, c.document, c.text])]) : text('—'),
  };
  return {
    type: 'Entity',
    text: p.name,
    properties,
    layouts: {
      card: {
        title: { property: 'Name' },
        subTitle: { property: 'Phase' },
        sections: CARD_SECTIONS.map((s) => ({ ...s, properties: [...s.properties] })),
      },
    },
    provider: { description: 'Entitlement gateway: Microsoft lifecycle data (CC BY 4.0) and endoflife.date (MIT)' },
  };
}

/** Whether the host shows entity values from custom functions (CustomFunctionsRuntime 1.4). */
export function hostSupportsEntities(office: unknown = (globalThis as { Office?: unknown }).Office): { entities: boolean; modernDouble: boolean } {
  const req = (office as { context?: { requirements?: { isSetSupported(name: string, version: string): boolean } } } | undefined)?.context?.requirements;
  if (!req || typeof req.isSetSupported !== 'function') return { entities: false, modernDouble: false };
  try {
    return { entities: req.isSetSupported('CustomFunctionsRuntime', '1.4'), modernDouble: req.isSetSupported('ExcelApi', '1.19') };
  } catch {
    return { entities: false, modernDouble: false };
  }
}
