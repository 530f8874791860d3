/**
 * Benchmark 5 — start-up and memory. Cold start: spawn `node dist/server/main.js` on a fresh SQLite file
 * (migrations, seeding the 888 catalogue products and the demo tenants included) and on an already
 * seeded one, and time until the first successful supportPhase answer. Targets: fresh < 1.5 s, seeded
 * < 1.0 s. Memory: the gateway's RSS (VmRSS) right after the load of benchmarks 1 and 2. Target: < 220 MB.
 * Run alone: `npm run build && node dist/bench/startupMemory.js` (it sends benchmark 1's bulk lookups and a
 * burst of single queries as the load).
 */
import autocannon from 'autocannon';
import { Catalogue } from '../server/lifecycle/catalogue/catalogue.js';
import { bulkOverHttp } from './bulkLookups.js';
import { SINGLE_VARIABLES } from './singleQuery.js';
import { spawnGateway, tempDir, type GatewayProcess } from './support/gatewayProcess.js';
import { DEMO_TENANT_KEY, SINGLE_QUERY } from './support/queries.js';
import { isMain, log, runAlone, type Figure } from './support/report.js';
import { seedProducts } from './support/seedCatalogue.js';
import { median, runCount } from './support/stats.js';
import { phaseWorkload } from './support/workload.js';
import { join } from 'node:path';

export async function benchStartup(): Promise<Figure[]> {
  const runs = runCount();
  const fresh: number[] = [];
  for (let i = 0; i < runs; i++) {
    const g = await spawnGateway();
    fresh.push(g.readyMs);
    await g.stop();
  }
  const temp = tempDir();
  const seeded: number[] = [];
  const idleRss: number[] = [];
  try {
    const databaseUrl = join(temp.dir, 'seeded.sqlite');
    await (await spawnGateway({ databaseUrl })).stop();
    for (let i = 0; i < runs; i++) {
      const g = await spawnGateway({ databaseUrl });
      seeded.push(g.readyMs);
      idleRss.push(g.rssMb());
      await g.stop();
    }
  } finally {
    temp.remove();
  }
  log(`start-up: fresh ${median(fresh).toFixed(0)} ms, seeded ${median(seeded).toFixed(0)} ms`);
  return [
    { name: '5 start-up: fresh database (migrate + seed 888 products)', unit: 'ms', runs: fresh, target: { op: '<', limit: 1500 } },
    { name: '5 start-up: already seeded database', unit: 'ms', runs: seeded, target: { op: '<', limit: 1000 } },
    { name: '5 memory: RSS just after start-up (seeded)', unit: 'MB', runs: idleRss },
  ];
}

/** RSS of `gateway` now (after the traffic it has seen), and again after it idled `idleMs`. */
export async function rssFigures(gateway: GatewayProcess, idleMs = 10_000): Promise<Figure[]> {
  const loaded = gateway.rssMb();
  await new Promise((r) => setTimeout(r, idleMs));
  const idle = gateway.rssMb();
  log(`memory: RSS ${loaded.toFixed(0)} MB after the load, ${idle.toFixed(0)} MB after ${idleMs / 1000} s idle`);
  return [
    { name: '5 memory: RSS after the load of benchmarks 1–2', unit: 'MB', runs: [loaded], target: { op: '<', limit: 220 } },
    { name: `5 memory: RSS after ${idleMs / 1000} s idle`, unit: 'MB', runs: [idle] },
  ];
}

/** The load of benchmarks 1 and 2 in short: the bulk lookups 6 times, then 5 s of single queries. */
export async function loadLikeBenchmarks(gateway: GatewayProcess): Promise<void> {
  const lookups = phaseWorkload(new Catalogue(seedProducts()), 10_000);
  for (let i = 0; i < 6; i++) await bulkOverHttp(gateway.url, lookups);
  await autocannon({
    url: `${gateway.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_TENANT_KEY}` },
    body: JSON.stringify({ query: SINGLE_QUERY, variables: SINGLE_VARIABLES }),
    connections: 100,
    duration: 5,
  });
}

if (isMain(import.meta.url)) {
  await runAlone('Benchmark 5: start-up and memory', async () => {
    const figures = await benchStartup();
    const gateway = await spawnGateway();
    try {
      await loadLikeBenchmarks(gateway);
      return [...figures, ...(await rssFigures(gateway))];
    } finally {
      await gateway.stop();
    }
  });
}
