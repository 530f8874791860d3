import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTIONS } from '../../addin/src/functions/associations.js';
import { PROJECT_ROOT } from '../../server/config/paths.js';
import { buildAddin } from './buildAddin.js';

interface Metadata {
  functions: { id: string; name: string; description?: string; parameters: { name: string; description?: string; optional?: boolean }[]; result: unknown }[];
}

const out = join(PROJECT_ROOT, '.tmp', `addin-build-${process.pid}`);
let metadata: Metadata;
let bundle: string;

beforeAll(async () => {
  await buildAddin(out);
  metadata = JSON.parse(readFileSync(join(out, 'functions.json'), 'utf8')) as Metadata;
  bundle = readFileSync(join(out, 'taskpane.js'), 'utf8');
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the generated functions.json', () => {
  it('has every id associated in the code, and every associated id in functions.json', () => {
    const generated = metadata.functions.map((f) => f.id).sort();
    expect(generated).toEqual(Object.keys(FUNCTIONS).sort());
  });

  it('lists the issues’ functions', () => {
    expect(metadata.functions.map((f) => f.name).sort()).toEqual(
      ['CANCELBY', 'DAYSLEFT', 'DESKOPEN', 'ENTITLED', 'EXTENDEDEND', 'INSCOPE', 'LIABILITYCAP', 'MAINSTREAMEND', 'NEXTOPEN', 'NOTICEDATE', 'PRICELOCKEND', 'PRODUCTS', 'RENEWSON', 'SUPPORTEND', 'SUPPORTPHASE', 'UPCOMING'],
    );
  });

  it('gives every function a description and every parameter a description (Excel’s help text)', () => {
    for (const f of metadata.functions) {
      expect({ id: f.id, description: (f.description ?? '').length > 10 }).toEqual({ id: f.id, description: true });
      for (const p of f.parameters) expect({ id: f.id, param: p.name, described: (p.description ?? '').length > 5 }).toEqual({ id: f.id, param: p.name, described: true });
    }
  });

  it('declares as many parameters as each implementation takes, optional ones last', () => {
    for (const f of metadata.functions) {
      expect({ id: f.id, params: f.parameters.length }).toEqual({ id: f.id, params: FUNCTIONS[f.id]!.length });
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });

  it('PRODUCTS and UPCOMING spill a matrix; the optional date of SUPPORTPHASE is marked optional', () => {
    expect(metadata.functions.find((f) => f.id === 'PRODUCTS')!.result).toEqual({ dimensionality: 'matrix' });
    expect(metadata.functions.find((f) => f.id === 'UPCOMING')!.result).toEqual({ dimensionality: 'matrix' });
    expect(metadata.functions.find((f) => f.id === 'UPCOMING')!.parameters.map((p) => [p.name, p.optional ?? false])).toEqual([
      ['from', false],
      ['to', false],
    ]);
    expect(metadata.functions.find((f) => f.id === 'SUPPORTPHASE')!.parameters.map((p) => [p.name, p.optional ?? false])).toEqual([
      ['product', false],
      ['date', true],
    ]);
  });

  it('the bundle associates every id through the guarded host module, never the bare global', () => {
    for (const id of Object.keys(FUNCTIONS)) expect(bundle).toContain(`.associate("${id}",`);
    expect(bundle).not.toMatch(/(^|[^.\w])CustomFunctions\.associate\(/);
  });

  it('builds the task pane page with office.js from Microsoft’s CDN and the icons', () => {
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    expect(html).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(html).toMatch(/<script defer(="")? src="?taskpane\.js/);
    for (const size of [16, 32, 80]) expect(readFileSync(join(out, `assets/icon-${size}.png`)).subarray(1, 4).toString()).toBe('PNG');
  });
});
