import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTIONS, STREAMING } from '../../addin/src/functions/associations.js';
import { PROJECT_ROOT } from '../../server/config/paths.js';
import { buildAddin } from './buildAddin.js';

interface Metadata {
  functions: { id: string; name: string; description?: string; options?: { stream?: boolean }; parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string }[]; result: { dimensionality?: string } }[];
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
      ['CANCELBY', 'DAYSLEFT', 'DESKOPEN', 'ENTITLED', 'EXTENDEDEND', 'INSCOPE', 'LIABILITYCAP', 'MAINSTREAMEND', 'NEXTOPEN', 'NOTICEDATE', 'PRICELOCKEND', 'PRODUCT', 'PRODUCTS', 'RENEWSON', 'RESOLVE', 'SUPPORTEND', 'SUPPORTPHASE', 'UPCOMING'],
    );
  });

  it('gives every function a description and every parameter a description (Excel’s help text)', () => {
    for (const f of metadata.functions) {
      expect({ id: f.id, description: (f.description ?? '').length > 10 }).toEqual({ id: f.id, description: true });
      for (const p of f.parameters) expect({ id: f.id, param: p.name, described: (p.description ?? '').length > 5 }).toEqual({ id: f.id, param: p.name, described: true });
    }
  });

  it('declares as many parameters as each implementation takes (a streaming one also takes the invocation), optional ones last', () => {
    for (const f of metadata.functions) {
      expect({ id: f.id, params: f.parameters.length + (f.options?.stream ? 1 : 0) }).toEqual({ id: f.id, params: FUNCTIONS[f.id]!.length });
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

  it('every lookup function takes ranges and spills an array: matrix parameters and result', () => {
    const ranged = ['SUPPORTPHASE', 'MAINSTREAMEND', 'EXTENDEDEND', 'SUPPORTEND', 'DAYSLEFT', 'ENTITLED', 'RESOLVE', 'CANCELBY', 'RENEWSON', 'PRICELOCKEND'];
    for (const id of ranged) {
      const f = metadata.functions.find((x) => x.id === id)!;
      expect({ id, params: f.parameters.map((p) => p.dimensionality), result: f.result.dimensionality }).toEqual({ id, params: f.parameters.map(() => 'matrix'), result: 'matrix' });
    }
    for (const f of metadata.functions.filter((x) => !ranged.includes(x.id))) expect({ id: f.id, matrixParams: f.parameters.filter((p) => p.dimensionality === 'matrix').length }).toEqual({ id: f.id, matrixParams: 0 });
  });

  it('the functions whose answer depends on now are streaming, exactly those of the code’s STREAMING list', () => {
    const streaming = metadata.functions.filter((f) => f.options?.stream).map((f) => f.id).sort();
    expect(streaming).toEqual(['CANCELBY', 'DAYSLEFT', 'DESKOPEN', 'ENTITLED', 'NEXTOPEN', 'PRODUCT', 'RENEWSON', 'SUPPORTPHASE']);
    expect(streaming).toEqual(Object.entries(FUNCTIONS).filter(([, f]) => STREAMING.has(f)).map(([id]) => id).sort());
    // The date argument stays optional: left out, the cell is live.
    for (const id of ['SUPPORTPHASE', 'DAYSLEFT', 'CANCELBY', 'RENEWSON', 'DESKOPEN', 'NEXTOPEN']) expect(metadata.functions.find((f) => f.id === id)!.parameters.at(-1)!.optional).toBe(true);
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
