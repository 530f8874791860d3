import type { CatalogueInfo, GatewayApi } from '../client/gatewayQueries.js';
import { describeFailure } from '../client/toExcelError.js';

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
