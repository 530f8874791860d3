import type { GatewayProcess } from './support/gatewayProcess.js';
import type { Figure } from './support/report.js';

// Placeholder until the add-in's batch client is ready (built last).
export async function benchExcelRecalc(_gateway?: GatewayProcess): Promise<Figure[]> {
  return [];
}
