import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.js';
import { GATEWAY_NODE_FLAGS, missingNodeFlags } from './nodeFlags.js';

describe('the V8 flags the gateway runs with', () => {
  it('are all missing from a plain `node main.js`, and none once given', () => {
    expect(missingNodeFlags([])).toEqual([...GATEWAY_NODE_FLAGS]);
    expect(missingNodeFlags([...GATEWAY_NODE_FLAGS])).toEqual([]);
  });
  it('an operator value wins, on the command line or in NODE_OPTIONS, with either spelling', () => {
    expect(missingNodeFlags(['--max-semi-space-size=64'])).toEqual(['--heap-growing-percent=50']);
    expect(missingNodeFlags(['--max-semi-space-size=64', '--heap-growing-percent=100'])).toEqual([]);
    expect(missingNodeFlags([], '--inspect --max_semi_space_size=4 --heap_growing_percent=20')).toEqual([]);
    expect(missingNodeFlags(['--heap-growing-percent=20'], '--max-semi-space-size=4')).toEqual([]);
    expect(missingNodeFlags(['--inspect'], '--enable-source-maps')).toEqual([...GATEWAY_NODE_FLAGS]);
  });
});

describe('npm start', () => {
  it('runs the gateway with every flag of GATEWAY_NODE_FLAGS, before the script', () => {
    const start = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start!;
    const words = start.split(/\s+/);
    expect(words[0]).toBe('node');
    const script = words.indexOf('dist/bundle/main.js');
    expect(script).toBeGreaterThan(0);
    expect(missingNodeFlags(words.slice(1, script))).toEqual([]);
    for (const flag of GATEWAY_NODE_FLAGS) expect(words.slice(1, script)).toContain(flag);
  });
});
