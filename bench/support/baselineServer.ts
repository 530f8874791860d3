/**
 * Baseline servers of the benchmarks (plainServer.ts, bareApollo.ts), each in a child
 * process so that it never shares a CPU thread with the benchmark's client, given what to answer in a file.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../../server/config/paths.js';
import { tempDir } from './gatewayProcess.js';

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** Runs `dist/bench/support/<script>` with `body` written to a file (its first argument); it prints its port. */
export async function startBaseline(script: string, body: string, args: string[], opts: { flags?: string[]; env?: NodeJS.ProcessEnv } = {}): Promise<Server> {
  const temp = tempDir();
  const file = join(temp.dir, 'answer.json');
  writeFileSync(file, body);
  const child = spawn(process.execPath, [...(opts.flags ?? []), join(PROJECT_ROOT, 'dist/bench/support', script), file, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env: opts.env ?? process.env });
  const port = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      temp.remove();
    },
  };
}
