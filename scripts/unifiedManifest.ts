/**
 * Writes manifest.json, the Microsoft 365 unified manifest of the add-in, from the same sources as the rest:
 * manifest.xml (identity, URLs, namespace, ribbon texts: the XML manifest stays the one edited by hand and
 * by setManifestHost) and functions.json (generated from the JSDoc in addin/src/functions/functions.ts).
 *   npm run build && npm run addin:build && npx node dist/scripts/unifiedManifest.js [manifest.xml] [addin/dist/functions.json] [manifest.json]
 * test/addin/unifiedManifest.test.ts fails when the committed manifest.json is not what this writes, and
 * checks it against the unified manifest's JSON schema (shipped in @microsoft/app-manifest) offline.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { XMLParser } from 'fast-xml-parser';

export const SCHEMA_VERSION = '1.24';
export const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`;

export interface FunctionsJson {
  allowCustomDataForDataTypeAny?: boolean;
  functions: {
    id: string;
    name: string;
    description?: string;
    options?: { stream?: boolean; volatile?: boolean; cancelable?: boolean };
    parameters: { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean; repeating?: boolean }[];
    result: { type?: string; dimensionality?: string };
  }[];
}

/** The unified manifest caps descriptions at 128 characters: the first sentences that fit, else a cut with "…". */
export function fit(text: string | undefined, max = 128): string | undefined {
  if (!text) return undefined;
  if (text.length <= max) return text;
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
  let out = '';
  for (const s of sentences) {
    if ((out + s).trim().length > max) break;
    out += s;
  }
  return out.trim() || `${text.slice(0, max - 1).trimEnd()}…`;
}

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** What the unified manifest takes from manifest.xml. */
export function readXmlManifest(xml: string) {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as Record<string, any>;
  const app = doc.OfficeApp;
  const res = app.VersionOverrides.Resources;
  const url = (id: string) => asArray<any>(res['bt:Urls']['bt:Url']).find((u) => u['@id'] === id)?.['@DefaultValue'] as string;
  const short = (id: string) => asArray<any>(res['bt:ShortStrings']['bt:String']).find((u) => u['@id'] === id)?.['@DefaultValue'] as string;
  const long = (id: string) => asArray<any>(res['bt:LongStrings']['bt:String']).find((u) => u['@id'] === id)?.['@DefaultValue'] as string;
  const host = app.VersionOverrides.Hosts.Host;
  const cf = host.AllFormFactors.ExtensionPoint;
  const control = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control;
  return {
    id: String(app.Id),
    version: String(app.Version).split('.').slice(0, 3).join('.'),
    provider: String(app.ProviderName),
    displayName: String(app.DisplayName['@DefaultValue']),
    description: String(app.Description['@DefaultValue']),
    supportUrl: String(app.SupportUrl['@DefaultValue']),
    appDomains: asArray<string>(app.AppDomains.AppDomain).map(String),
    taskpaneUrl: url('Taskpane.Url'),
    scriptUrl: url(cf.Script.SourceLocation['@resid']),
    metadataUrl: url(cf.Metadata.SourceLocation['@resid']),
    namespace: short(cf.Namespace['@resid']),
    groupLabel: short(host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Label['@resid']),
    buttonLabel: short(control.Label['@resid']),
    buttonTooltip: long(control.Supertip.Description['@resid']),
    icons: asArray<any>(res['bt:Images']['bt:Image']).map((i) => ({ size: Number(String(i['@id']).replace(/^Icon\.(\d+)x\d+$/, '$1')), url: String(i['@DefaultValue']) })),
  };
}

/** The unified manifest (JSON) of the add-in, declaring the same custom functions as functions.json. */
export function unifiedManifest(xml: string, metadata: FunctionsJson): Record<string, unknown> {
  const x = readXmlManifest(xml);
  const functions = metadata.functions.map((f) => {
    const out: Record<string, unknown> = {
      id: f.id,
      name: f.name,
      description: fit(f.description),
      parameters: f.parameters.map((p) => {
        const q: Record<string, unknown> = { name: p.name, description: fit(p.description), type: p.type ?? 'any' };
        if (p.dimensionality === 'matrix') q.dimensionality = 'matrix';
        if (p.optional) q.optional = true;
        if (p.repeating) q.repeating = true;
        return q;
      }),
      result: f.result.dimensionality === 'matrix' ? { dimensionality: 'matrix' } : {},
    };
    if (f.options?.stream) out.stream = true;
    if (f.options?.volatile) out.volatile = true;
    return out;
  });
  return {
    $schema: SCHEMA_URL,
    manifestVersion: SCHEMA_VERSION,
    id: x.id,
    version: x.version,
    name: { short: x.displayName },
    description: { short: x.displayName, full: x.description },
    developer: { name: x.provider, websiteUrl: x.supportUrl, privacyUrl: x.supportUrl, termsOfUseUrl: x.supportUrl },
    icons: { color: 'addin/assets/icon-192.png', outline: 'addin/assets/icon-outline-32.png' },
    accentColor: '#0F6CBD',
    localizationInfo: { defaultLanguageTag: 'en-us' },
    validDomains: x.appDomains,
    authorization: { permissions: { resourceSpecific: [{ name: 'Document.ReadWrite.User', type: 'Delegated' }] } },
    extensions: [
      {
        requirements: {
          scopes: ['workbook'],
          capabilities: [
            { name: 'SharedRuntime', minVersion: '1.1' },
            { name: 'CustomFunctionsRuntime', minVersion: '1.1' },
          ],
        },
        runtimes: [
          {
            id: 'SharedRuntime',
            type: 'general',
            // One long-lived runtime for the task pane and the functions, as in manifest.xml.
            code: { page: x.taskpaneUrl, script: x.scriptUrl },
            lifetime: 'long',
            actions: [{ id: 'ShowTaskpane', type: 'openPage', displayName: x.buttonLabel, pinnable: true }],
            customFunctions: {
              namespace: { id: x.namespace, name: x.namespace },
              allowCustomDataForDataTypeAny: metadata.allowCustomDataForDataTypeAny === true,
              metadataUrl: x.metadataUrl,
              functions,
            },
          },
        ],
        ribbons: [
          {
            contexts: ['default'],
            tabs: [
              {
                builtInTabId: 'TabHome',
                groups: [
                  {
                    id: 'EntGroup',
                    label: x.groupLabel,
                    icons: x.icons.map((i) => ({ size: i.size, url: i.url })),
                    controls: [
                      {
                        id: 'EntTaskpaneButton',
                        type: 'button',
                        label: x.buttonLabel,
                        icons: x.icons.map((i) => ({ size: i.size, url: i.url })),
                        supertip: { title: x.buttonLabel, description: x.buttonTooltip },
                        actionId: 'ShowTaskpane',
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

export function manifestJsonText(xml: string, metadata: FunctionsJson): string {
  return `${JSON.stringify(unifiedManifest(xml, metadata), null, 2)}\n`;
}

function main(argv: string[]): number {
  const [xmlFile = 'manifest.xml', functionsFile = 'addin/dist/functions.json', out = 'manifest.json'] = argv;
  try {
    const text = manifestJsonText(readFileSync(resolve(xmlFile), 'utf8'), JSON.parse(readFileSync(resolve(functionsFile), 'utf8')) as FunctionsJson);
    writeFileSync(resolve(out), text);
    console.log(`${resolve(out)}: written from ${xmlFile} and ${functionsFile}`);
    return 0;
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main(process.argv.slice(2));
