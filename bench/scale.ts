/**
 * Benchmark 4 — scale: the catalogue grown from 1,000 to 10,000 and 100,000 products (about 1.6 levels —
 * Microsoft's "releases" — each, so 100,000 products hold over 150,000 releases), 10,000 lookups spread
 * over the whole catalogue each time. Look-ups are indexed (Map hits, a binary search for prefixes), so
 * the time must grow by less than 2× over the 100× growth. Measured in-process (a new catalogue each run:
 * nothing cached from the previous run; the first pass also builds each touched product's phase profile,
 * and 10,000 lookups touch ~1,000 products of the small catalogue but ~9,500 of the large one, so the
 * target is on the second, warm pass) and over HTTP against a gateway started on a SQLite database
 * holding the grown catalogue. Construction time and the gateway's start-up and RSS are shown beside;
 * with 100,000 products the gateway must start in < 6 s and stay under 700 MB RSS after the lookups.
 * Run alone: `npm run build && node dist/bench/scale.js`.
 */
import type { ProductRecord } from '../server/lifecycle/policy/lifecycleTypes.js';
import { Catalogue } from '../server/lifecycle/catalogue/catalogue.js';
import { bulkInProcess, bulkOverHttp } from './bulkLookups.js';
import { spawnGateway } from './support/gatewayProcess.js';
import { isMain, log, runAlone, type Figure } from './support/report.js';
import { grownDatabase } from './support/scaleDatabase.js';
import { seedProducts } from './support/seedCatalogue.js';
import { median, repeat, runCount, since } from './support/stats.js';
import { growCatalogue, levelCount } from './support/syntheticCatalogue.js';
import { phaseWorkload, type Lookup } from './support/workload.js';

export const SIZES = [1_000, 10_000, 100_000] as const;
const LOOKUPS = 10_000;
/** The size the start-up (< 6 s) and RSS (< 700 MB) targets are for. */
const LARGEST = SIZES[SIZES.length - 1];

interface Size {
  products: ProductRecord[];
  lookups: Lookup[];
}

const label = (n: number) => `${n / 1000}k`;

export async function benchScale(): Promise<Figure[]> {
  const runs = runCount();
  const seed = seedProducts();
  const sizes = new Map<number, Size>();
  for (const n of SIZES) {
    const products = growCatalogue(seed, n);
    sizes.set(n, { products, lookups: phaseWorkload(new Catalogue(products), LOOKUPS) });
    log(`scale: ${n} products, ${levelCount(products)} levels`);
  }

  const figures: Figure[] = [];
  const inProcess = new Map<number, number[]>();
  for (const [n, { products, lookups }] of sizes) {
    const build: number[] = [];
    const warm: number[] = [];
    const look = await repeat(runs, 1, () => {
      // Fresh copies: no answer or profile cached on a record survives from the previous run.
      const records = structuredClone(products);
      let t = performance.now();
      const catalogue = new Catalogue(records);
      build.push(since(t));
      t = performance.now();
      bulkInProcess(catalogue, lookups);
      const cold = since(t);
      // The same lookups again: every product's profile is built, so only the look-ups themselves remain.
      t = performance.now();
      bulkInProcess(catalogue, lookups);
      warm.push(since(t));
      return cold;
    });
    inProcess.set(n, warm.slice(-runs));
    const touched = new Set(lookups.map((l) => l.product)).size;
    figures.push(
      { name: `4 scale: build the catalogue index, ${label(n)} products`, unit: 'ms', runs: build.slice(-runs) },
      { name: `4 scale: 10,000 lookups in-process, ${label(n)} products, first pass`, unit: 'ms', runs: look, note: `builds the profile of each product touched once (${touched.toLocaleString('en')} names asked)` },
      { name: `4 scale: 10,000 lookups in-process, ${label(n)} products, warm`, unit: 'ms', runs: warm.slice(-runs) },
    );
  }
  const first = inProcess.get(SIZES[0])!;
  const last = inProcess.get(SIZES[SIZES.length - 1])!;
  figures.push({ name: '4 scale: in-process growth (warm), 100k / 1k products', unit: '×', runs: last.map((t, i) => t / first[i]!), target: { op: '<', limit: 2 } });

  const http = new Map<number, number[]>();
  for (const [n, { products, lookups }] of sizes) {
    let t = performance.now();
    const db = await grownDatabase(products);
    const filled = since(t);
    const gateway = await spawnGateway({ databaseUrl: db.databaseUrl, timeoutMs: 180_000 });
    try {
      const times = await repeat(runs, 1, async () => {
        t = performance.now();
        await bulkOverHttp(gateway.url, lookups);
        return since(t);
      });
      http.set(n, times);
      figures.push(
        { name: `4 scale: 10,000 lookups over HTTP, ${label(n)} products`, unit: 'ms', runs: times },
        {
          name: `4 scale: gateway start-up, ${label(n)} products (seeded)`,
          unit: 'ms',
          runs: [gateway.readyMs],
          note: `DB filled in ${(filled / 1000).toFixed(1)} s`,
          ...(n === LARGEST ? { target: { op: '<', limit: 6000 } as const } : {}),
        },
        { name: `4 scale: gateway RSS after the lookups, ${label(n)} products`, unit: 'MB', runs: [gateway.rssMb()], ...(n === LARGEST ? { target: { op: '<', limit: 700 } as const } : {}) },
      );
      log(`scale: ${n} products over HTTP ${median(times).toFixed(0)} ms, start-up ${gateway.readyMs.toFixed(0)} ms`);
    } finally {
      await gateway.stop();
      db.remove();
    }
  }
  const h1 = http.get(SIZES[0])!;
  const hN = http.get(SIZES[SIZES.length - 1])!;
  figures.push({ name: '4 scale: HTTP growth, 100k / 1k products', unit: '×', runs: hN.map((t, i) => t / h1[i]!), target: { op: '<', limit: 2 } });
  return figures;
}

if (isMain(import.meta.url)) await runAlone('Benchmark 4: scale', () => benchScale());
