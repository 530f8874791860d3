import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config.js';

// Startup check: the gateway needs Node ≥ 22.17 (better-sqlite3's build crashes on older Node).
const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
if (major < 22 || (major === 22 && minor < 17)) {
  console.error(`The entitlement gateway needs Node.js 22.17 or newer (Node 24 recommended); this is ${process.version}.\nRun it with \`npm start\`, which uses the Node 24 installed in node_modules.`);
  process.exit(1);
}

const { createGateway } = await import('./gateway.js');
const { bannerLines } = await import('./banner.js');

let config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(`Configuration error: ${e.message}`);
    process.exit(1);
  }
  throw e;
}

const started = performance.now();
const gateway = await createGateway(config);
const ms = Math.round(performance.now() - started);
console.log((await bannerLines(gateway, config, ms)).join('\n'));

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    gateway.log.info(`${signal}: finishing in-flight requests, then stopping`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    gateway.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        gateway.log.error('stop failed', e);
        process.exit(1);
      },
    );
  });
}
