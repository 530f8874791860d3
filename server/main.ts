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

const missingFlags = missingNodeFlags(process.execArgv, process.env.NODE_OPTIONS);
if (missingFlags.length > 0) await relaunchWith(missingFlags);
else await serve();

/**
 * V8 heap flags cannot be changed once the heap exists (server/config/nodeFlags.ts), so without them
 * this process only starts the gateway with them and passes signals and the exit code through. The IPC
 * channel tells the gateway when this launcher is gone (killed with SIGKILL), so it never outlives it.
 */
async function relaunchWith(flags: string[]): Promise<void> {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [...process.execArgv, ...flags, ...process.argv.slice(1)], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
}

async function serve(): Promise<void> {
  // Started by relaunchWith: stop gracefully when the launcher disappears.
  if (process.channel) {
    process.channel.unref();
    process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
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
}
