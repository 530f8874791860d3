import { createRequire } from 'node:module';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { manifestJsonText, readXmlManifest, SCHEMA_VERSION, type FunctionsJson } from '../../scripts/unifiedManifest.js';
import { PROJECT_ROOT } from '../../server/config/paths.js';
import { buildAddin } from './buildAddin.js';

const require = createRequire(import.meta.url);
const out = join(PROJECT_ROOT, '.tmp', `addin-build-unified-${process.pid}`);
const xml = readFileSync(join(PROJECT_ROOT, 'manifest.xml'), 'utf8');
const committed = readFileSync(join(PROJECT_ROOT, 'manifest.json'), 'utf8');
const manifest = JSON.parse(committed) as Record<string, any>;
let metadata: FunctionsJson;

beforeAll(async () => {
  await buildAddin(out);
  metadata = JSON.parse(readFileSync(join(out, 'functions.json'), 'utf8')) as FunctionsJson;
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const runtime = () => manifest.extensions[0].runtimes[0];

describe('manifest.json (the Microsoft 365 unified manifest)', () => {
  it('is exactly what scripts/unifiedManifest.ts writes from manifest.xml and the generated functions.json', () => {
    expect(committed).toBe(manifestJsonText(xml, metadata));
  });

  it('is valid against the unified manifest schema shipped in @microsoft/app-manifest (checked offline)', async () => {
    const { AppManifestUtils } = require('@microsoft/app-manifest') as { AppManifestUtils: { validateAgainstSchema(m: unknown, schema: unknown): Promise<string[]> } };
    const schemaFile = join(require.resolve('@microsoft/app-manifest/package.json'), '..', 'build/json-schemas/teams', `v${SCHEMA_VERSION}`, 'MicrosoftTeams.schema.json');
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8').replace(/\\a/g, '\\x07'));
    expect(await AppManifestUtils.validateAgainstSchema(manifest, schema)).toEqual([]);
    // The check bites: a function without a name is refused.
    const broken = JSON.parse(committed);
    delete broken.extensions[0].runtimes[0].customFunctions.functions[0].name;
    expect((await AppManifestUtils.validateAgainstSchema(broken, schema)).length).toBeGreaterThan(0);
  });

  it('declares the same custom functions as functions.json: ids, names, parameters, ranges, streaming', () => {
    const cf = runtime().customFunctions;
    expect(cf.functions.map((f: { id: string }) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    for (const f of metadata.functions) {
      const u = cf.functions.find((x: { id: string }) => x.id === f.id);
      expect({ id: f.id, name: u.name, params: u.parameters.map((p: any) => [p.name, p.dimensionality ?? 'scalar', p.optional ?? false]), result: u.result.dimensionality ?? 'scalar', stream: u.stream ?? false }).toEqual({
        id: f.id,
        name: f.name,
        params: f.parameters.map((p) => [p.name, p.dimensionality ?? 'scalar', p.optional ?? false]),
        result: f.result.dimensionality ?? 'scalar',
        stream: f.options?.stream ?? false,
      });
      expect(u.description.length).toBeLessThanOrEqual(128);
    }
    expect(cf.allowCustomDataForDataTypeAny).toBe(true);
  });

  it('agrees with manifest.xml: id, namespace ENT, one long-lived shared runtime on the same page and script, the same URLs', () => {
    const x = readXmlManifest(xml);
    expect(manifest.id).toBe(x.id);
    expect(runtime().customFunctions.namespace).toEqual({ id: 'ENT', name: 'ENT' });
    expect(runtime().lifetime).toBe('long');
    expect(runtime().code).toEqual({ page: 'https://localhost:4443/addin/taskpane.html', script: 'https://localhost:4443/addin/taskpane.js' });
    expect(runtime().customFunctions.metadataUrl).toBe('https://localhost:4443/addin/functions.json');
    expect(manifest.extensions[0].requirements.capabilities).toContainEqual({ name: 'SharedRuntime', minVersion: '1.1' });
    expect(manifest.validDomains).toEqual(['https://localhost:4443']);
    for (const icon of [manifest.icons.color, manifest.icons.outline]) expect(readFileSync(join(PROJECT_ROOT, icon)).subarray(1, 4).toString()).toBe('PNG');
  });
});
