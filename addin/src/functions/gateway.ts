import { BatchClient } from '../client/batchClient.js';
import { GatewayApi } from '../client/gatewayQueries.js';
import { SettingsStore } from '../client/settings.js';

/**
 * The one client every function shares (one batch window, one cache). The task pane changes its settings;
 * tests swap in a client with a fake fetch.
 */
export const settings = new SettingsStore();

let current = new GatewayApi(new BatchClient({ endpoint: () => settings.endpoint() }));

export function gateway(): GatewayApi {
  return current;
}

export function useGateway(api: GatewayApi): void {
  current = api;
}
