import 'reflect-metadata';
import module from 'node:module';
import { ConfigError, loadConfig } from './config/config.js';
import { missingNodeFlags } from './config/nodeFlags.js';

// Startup check: the gateway needs Node ≥ 22.17 (better-sqlite3's build crashes on older Node).
const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
if (major < 22 || (major === 22 && minor < 17)) {
  console.error(`The entitlement gateway needs Node.js 22.17 or newer (Node 24 recommended); this is ${process.version}.\nRun it with \`npm start\`, which uses the Node 24 installed in node_modules.`);
  process.exit(1);
}

// Compiled code of the gateway and its dependencies is cached on disk (in the OS temp dir): a later start
// skips compiling most of the ~1,000 modules it loads.
module.enableCompileCache?.();

await serve();

async function serve(): Promise<void> {
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
  let gateway;
  try {
    gateway = await createGateway(config);
  } catch (e) {
    // A port another program (often a gateway still running) holds: say which and what to do, no stack.
    const err = e as NodeJS.ErrnoException & { port?: number; address?: string };
    if (err.code === 'EADDRINUSE' || err.code === 'EACCES') {
      const which = err.port === config.httpsPort ? 'HTTPS_PORT' : 'PORT';
      const why = err.code === 'EADDRINUSE' ? 'is already in use (is another gateway still running?)' : 'may not be opened by this user';
      console.error(`Cannot listen on ${err.address ?? config.host}:${err.port}: the port ${why}. Stop that program, or start on another port: ${which}=<port> npm start`);
      process.exit(1);
    }
    throw e;
  }
  // `npm start` passes GATEWAY_NODE_FLAGS (package.json, checked by nodeFlags.test.ts); a bare `node main.js` runs without them.
  const missing = missingNodeFlags(process.execArgv, process.env.NODE_OPTIONS);
  if (missing.length) gateway.log.info(`running without ${missing.join(' ')} (see server/config/nodeFlags.ts): \`npm start\` sets it; RSS under load will be higher`);
  const ms = Math.round(performance.now() - started);
  console.log((await bannerLines(gateway, config, ms)).join('\n'));
  // Node writes the compile cache when the process exits normally; written now, it also serves the next
  // start after a crash or a SIGKILL, and holds the code start-up compiled (not only what loading did).
  module.flushCompileCache?.();

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
}
