/**
 * The task pane page, which is also the shared runtime of the custom functions (manifest: Page and Runtime
 * are both Taskpane.Url): importing the functions here puts them and the pane in one JavaScript runtime.
 */
import { recalcStats, type RecalcFigures } from '../client/recalcStats.js';
import { registerFunctions } from '../functions/associations.js';
import { gateway, settings } from '../functions/gateway.js';
import { insertExample, rateLimitText, recalcLines, refreshData, testConnection, type ConnectionReport } from './actions.js';
import { FUNCTION_EXAMPLES } from './examples.js';

type OfficeLike = { onReady?: (callback: () => void) => unknown };
const officeGlobal = () => (globalThis as { Office?: OfficeLike }).Office;

// Register at once when Excel's CustomFunctions host is already there, and again when office.js reports
// ready or the page finishes loading (office.js may arrive late, or never: in tests it is blocked).
registerFunctions();
officeGlobal()?.onReady?.(() => registerFunctions());
globalThis.addEventListener?.('load', () => {
  registerFunctions();
  officeGlobal()?.onReady?.(() => registerFunctions());
});

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

function show(text: string, ok = true): void {
  const status = $('status');
  if (!status) return;
  status.textContent = text;
  status.className = ok ? 'ok' : 'error';
}

function showCatalogue(report: ConnectionReport): void {
  if (!report.ok) return;
  $('as-of')!.textContent = report.info.asOf ?? 'unknown';
  $('product-count')!.textContent = String(report.info.products);
  const list = $('attribution')!;
  list.replaceChildren(
    ...report.info.attribution.map((a) => {
      const li = document.createElement('li');
      li.textContent = a;
      return li;
    }),
  );
}

async function check(): Promise<void> {
  show('Connecting…');
  const report = await testConnection(gateway());
  show(report.text, report.ok);
  showCatalogue(report);
  showRateLimit();
}

function showRateLimit(): void {
  const el = $('rate-limit');
  if (el) el.textContent = rateLimitText(gateway().client.rateLimit);
}

function showRecalc(f: RecalcFigures | null): void {
  const lines = recalcLines(f);
  for (const [k, v] of Object.entries(lines)) {
    const el = $(`recalc-${k}`);
    if (el) el.textContent = v;
  }
  showRateLimit();
}

function showFunctions(): void {
  const body = $('function-list');
  if (!body) return;
  body.replaceChildren(
    ...FUNCTION_EXAMPLES.map((f) => {
      const tr = document.createElement('tr');
      const example = document.createElement('td');
      const code = document.createElement('code');
      code.textContent = f.example;
      example.append(code);
      const what = document.createElement('td');
      what.textContent = f.what;
      tr.append(example, what);
      return tr;
    }),
  );
}

async function save(event: Event): Promise<void> {
  event.preventDefault();
  try {
    const s = await settings.save({ gatewayUrl: $<HTMLInputElement>('gateway-url')!.value, apiKey: $<HTMLInputElement>('api-key')!.value });
    $<HTMLInputElement>('gateway-url')!.value = s.gatewayUrl;
    // Answers may depend on the key (tenant functions) or the gateway: start afresh.
    gateway().refresh();
    await check();
  } catch (e) {
    show(e instanceof Error ? e.message : String(e), false);
  }
}

async function init(): Promise<void> {
  const s = await settings.get();
  $<HTMLInputElement>('gateway-url')!.value = s.gatewayUrl;
  $<HTMLInputElement>('api-key')!.value = s.apiKey ?? '';
  $('settings')!.addEventListener('submit', (e) => void save(e));
  $('test-connection')!.addEventListener('click', () => void check());
  $('refresh-data')!.addEventListener('click', () => void refreshData(gateway()).then((text) => show(text)));
  $('insert-example')!.addEventListener('click', () => void insertExample().then((r) => show(r.text, r.ok)));
  showFunctions();
  showRecalc(recalcStats.last);
  recalcStats.subscribe(showRecalc);
  await check();
}

if (typeof document !== 'undefined' && $('settings')) void init();
