import type { CatalogueInfo, GatewayApi } from '../client/gatewayQueries.js';
import type { RecalcFigures } from '../client/recalcStats.js';
import { describeFailure } from '../client/toExcelError.js';
import type { RateLimitInfo } from '../client/transport.js';
import { insertExampleSheet, type ExcelInsertLike } from './examples.js';

/** What the task pane's buttons do, without the DOM (unit-tested). */

export type ConnectionReport = { ok: true; info: CatalogueInfo; text: string } | { ok: false; text: string };

/** "Test connection": asks catalogueInfo and words the result. */
export async function testConnection(api: GatewayApi): Promise<ConnectionReport> {
  try {
    const info = await api.catalogueInfo();
    return { ok: true, info, text: `Connected: ${info.products} products, data as of ${info.asOf ?? 'an unknown date'}` };
  } catch (e) {
    return { ok: false, text: describeFailure(e).message };
  }
}

/** The part of the Excel API "Refresh data" uses. */
export interface ExcelLike {
  run(batch: (ctx: { workbook: { application: { calculate(type: string): void } }; sync(): Promise<unknown> }) => Promise<unknown>): Promise<unknown>;
  CalculationType: { full: string };
}

export function excelHost(): ExcelLike | undefined {
  const excel = (globalThis as { Excel?: ExcelLike }).Excel;
  return excel && typeof excel.run === 'function' ? excel : undefined;
}

/** "Refresh data": forget cached answers, then make Excel recalculate every formula (full calculation). */
export async function refreshData(api: GatewayApi, excel: ExcelLike | undefined = excelHost()): Promise<string> {
  api.refresh();
  if (!excel) return 'Cache cleared (Excel not present: nothing to recalculate)';
  try {
    await excel.run(async (ctx) => {
      ctx.workbook.application.calculate(excel.CalculationType.full);
      await ctx.sync();
    });
    return 'Cache cleared; Excel is recalculating';
  } catch (e) {
    return `Cache cleared, but Excel could not recalculate: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** The task pane's "Last recalculation" lines. */
export function recalcLines(f: RecalcFigures | null): Record<'calls' | 'cells' | 'lookups' | 'requests' | 'errors' | 'time', string> {
  const n = (x: number) => x.toLocaleString('en-US');
  if (!f) return { calls: '—', cells: '—', lookups: '—', requests: '—', errors: '—', time: '—' };
  return { calls: n(f.calls), cells: n(f.cells), lookups: n(f.lookups), requests: n(f.requests), errors: n(f.errors), time: f.ms < 1000 ? `${Math.round(f.ms)} ms` : `${(f.ms / 1000).toFixed(1)} s` };
}

/** "14,990 of 15,000 (full in 1 s)" from the gateway's RateLimit-* headers; "—" before the first answer. */
export function rateLimitText(r: RateLimitInfo | null): string {
  if (!r) return '—';
  const n = (x: number) => x.toLocaleString('en-US');
  return `${n(r.remaining)}${r.limit !== null ? ` of ${n(r.limit)}` : ''} units${r.resetSeconds ? ` (full again in ${n(r.resetSeconds)} s)` : ''}`;
}

/** "Insert example sheet": writes the worked sheet; the status text. */
export async function insertExample(excel: ExcelInsertLike | undefined = (globalThis as { Excel?: ExcelInsertLike }).Excel): Promise<{ ok: boolean; text: string }> {
  if (!excel || typeof excel.run !== 'function') return { ok: false, text: 'Open the task pane in Excel to insert the example sheet' };
  try {
    const name = await insertExampleSheet(excel);
    return { ok: true, text: `Inserted the sheet '${name}'` };
  } catch (e) {
    return { ok: false, text: `Could not insert the example sheet: ${e instanceof Error ? e.message : String(e)}` };
  }
}
