/**
 * Benchmark 1 (unknown names): what a column of names the catalogue does not know costs — 1,000 distinct
 * unknown names in one `supportPhases` request, each answered PRODUCT_NOT_FOUND with its "did you mean"
 * candidates. The resolver is synchronous, so the request's time is event-loop time every other request
 * waits for. Names are new in every run (the gateway caches resolutions, so a repeated name would be
 * free), of two kinds: misspelt names as a sheet holds them ("Exchnage Servr kalo 4711": each costs a
 * typo search and a full "did you mean" search until the request's budget, LIMITS.maxNameSearches, is
 * spent) and the longest a name may be (~290 of the 300 allowed).
 * Target: 1,000 unknown names in one request < 100 ms.
 * Run alone: `npm run build && node dist/bench/unknownNames.js`.
 */
import { LIMITS } from '../server/kernel/limits.js';
import { Catalogue } from '../server/lifecycle/catalogue/catalogue.js';
import { spawnGateway, type GatewayProcess } from './support/gatewayProcess.js';
import { BULK_QUERY, postGraphQL, RESOLVE_QUERY, type PhaseRow } from './support/queries.js';
import { isMain, log, runAlone, type Figure } from './support/report.js';
import { pick, rng } from './support/rng.js';
import { seedProducts } from './support/seedCatalogue.js';
import { median, repeat, runCount, since } from './support/stats.js';

export const UNKNOWN_NAMES = 1_000;
export const LONG_NAMES = 400;

// Catalogue words as people misspell them, and syllables that make words no product has.
const MISSPELT = ['Windos', 'Servr', 'Exchnage', 'Ofice', 'Sharepont', 'Visul', 'Studo', 'Dynamcs', 'Sytem', 'Centr', 'Configuraton', 'Managr', 'Enterprize', 'Profesional', 'Busines', 'Skyp', 'Acess', 'Outlok', 'Projet', 'Viso'];
const SYLLABLES = ['ka', 'lo', 'mi', 'tre', 'sun', 'dar', 'vex', 'qui', 'bor', 'zan', 'pel', 'rud'];

/**
 * `count` distinct names no product has (`seed` picks the run). Short ones (`length` ≤ 60) are the
 * costliest kind for the resolver: two misspelt catalogue words, a made-up word and a number no product
 * has ("Exchnage Servr kalo 4711") — close enough to real names that the typo search and the full "did
 * you mean" search run for each. Long ones are words up to `length` characters (no name is that long).
 */
export function unknownNames(count: number, length: number, seed: number): string[] {
  const next = rng(seed);
  const made = () => Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(next, SYLLABLES)).join('');
  const word = () => (next() < 0.6 ? pick(next, MISSPELT) : made());
  return Array.from({ length: count }, (_, i) => {
    const number = 3000 + ((seed * 7919 + i * 104_729) % 6000);
    if (length <= 60) return `${pick(next, MISSPELT)} ${pick(next, MISSPELT)} ${made()} ${number}`;
    let name = '';
    while (name.length < length - 6) name += `${word()} `;
    return `${name}${number}`.slice(0, 299);
  });
}

export async function benchUnknownNames(given?: GatewayProcess): Promise<Figure[]> {
  const runs = runCount();
  const catalogue = new Catalogue(seedProducts());
  // Alone, the gateway gets a long request timeout so that a slow resolver shows its real cost, not 10 s.
  const gateway = given ?? (await spawnGateway({ env: { REQUEST_TIMEOUT_MS: '120000' } }));
  const figures: Figure[] = [];
  try {
    // 1,000 names of ~290 characters cost 7,000 (1 per item + 6 per name for its length), over the
    // per-request maximum of 3,000: a client must split them, so the long case sends 400 per request.
    for (const [label, length, count] of [['misspelt, ~30 characters', 30, UNKNOWN_NAMES], ['~290 characters', 290, LONG_NAMES]] as const) {
      let seed = length * 1000;
      const inProcess = await repeat(runs, 1, () => {
        const names = unknownNames(count, length, ++seed);
        const request = catalogue.forRequest(); // as the gateway answers one request: its own budget for unknown names
        const t = performance.now();
        const resolved = names.filter((n) => request.resolve(n).ok).length;
        const ms = since(t);
        if (resolved > 0) throw new Error(`${resolved} of the unknown names resolved`);
        return ms;
      });
      const http = await repeat(runs, 1, async () => {
        const lookups = unknownNames(count, length, ++seed).map((product) => ({ product, date: '2026-01-01' }));
        const t = performance.now();
        const rows = (await postGraphQL<{ supportPhases: PhaseRow[] }>(gateway.url, BULK_QUERY, { lookups })).supportPhases;
        const ms = since(t);
        const answered = rows.filter((r) => r.__typename === 'PhaseAnswer').length;
        if (answered > 0) throw new Error(`${answered} of the unknown names were answered`);
        return ms;
      });
      const resolve = await repeat(runs, 1, async () => {
        const names = unknownNames(count, length, ++seed);
        const t = performance.now();
        const rows = (await postGraphQL<{ resolveProducts: { code: string | null }[] }>(gateway.url, RESOLVE_QUERY, { names })).resolveProducts;
        const ms = since(t);
        const resolved = rows.filter((r) => r.code === null).length;
        if (resolved > 0) throw new Error(`${resolved} of the unknown names resolved`);
        return ms;
      });
      log(`unknown names (${label}): HTTP ${median(http).toFixed(1)} ms (resolveProducts ${median(resolve).toFixed(1)} ms), in-process ${median(inProcess).toFixed(1)} ms per ${count}`);
      figures.push(
        { name: `1 unknown: ${count.toLocaleString('en-US')} unknown names (${label}) in one request`, unit: 'ms', runs: http, target: { op: '<', limit: 100 }, note: 'supportPhases, every answer PRODUCT_NOT_FOUND with candidates; distinct names each run' },
        { name: `1 unknown: same, as resolveProducts(names)`, unit: 'ms', runs: resolve, target: { op: '<', limit: 100 } },
        { name: `1 unknown: same ${count.toLocaleString('en-US')} in-process (catalogue.resolve, one request's budget)`, unit: 'ms', runs: inProcess, note: `${(median(inProcess) / count * 1000).toFixed(0)} µs per unknown name; typo and full suggestion search for the first ${LIMITS.maxNameSearches}` },
      );
    }
    return figures;
  } finally {
    if (!given) await gateway.stop();
  }
}

if (isMain(import.meta.url)) await runAlone('Benchmark 1: unknown names', () => benchUnknownNames());
