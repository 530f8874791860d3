import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PROJECT_ROOT } from '../../server/config/paths.js';

const xml = readFileSync(join(PROJECT_ROOT, 'manifest.xml'), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: false, isArray: () => false });
const doc = parser.parse(xml) as Record<string, any>;
const app = doc.OfficeApp;
const host = app.VersionOverrides.Hosts.Host;
const resources = app.VersionOverrides.Resources;

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
/** Every value of an attribute anywhere below `node`. */
function attributeValues(node: unknown, name: string, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => attributeValues(n, name, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === `@${name}`) out.push(String(v));
      else attributeValues(v, name, out);
    }
  }
  return out;
}
const urlOf = (id: string) => asArray<any>(resources['bt:Urls']['bt:Url']).find((u) => u['@id'] === id)?.['@DefaultValue'] as string | undefined;
const stringOf = (id: string) => asArray<any>(resources['bt:ShortStrings']['bt:String']).find((s) => s['@id'] === id)?.['@DefaultValue'] as string | undefined;

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('is a task pane add-in for Excel workbooks with a GUID id', () => {
    expect(app['@xsi:type']).toBe('TaskPaneApp');
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(app.Hosts.Host['@Name']).toBe('Workbook');
    expect(host['@xsi:type']).toBe('Workbook');
  });

  it('requires SharedRuntime 1.1 and runs the task pane page as one long-lived runtime', () => {
    const sets = asArray<any>(app.Requirements.Sets.Set);
    expect(sets).toContainEqual({ '@Name': 'SharedRuntime', '@MinVersion': '1.1' });
    expect(host.Runtimes.Runtime).toEqual({ '@resid': 'Taskpane.Url', '@lifetime': 'long' });
  });

  it('loads the custom functions in that same page, namespace ENT, metadata from functions.json', () => {
    const cf = host.AllFormFactors.ExtensionPoint;
    expect(cf['@xsi:type']).toBe('CustomFunctions');
    expect(cf.Page.SourceLocation['@resid']).toBe('Taskpane.Url');
    expect(stringOf(cf.Namespace['@resid'])).toBe('ENT');
    expect(urlOf(cf.Metadata.SourceLocation['@resid'])).toBe('https://localhost:4443/addin/functions.json');
    expect(urlOf(cf.Script.SourceLocation['@resid'])).toBe('https://localhost:4443/addin/taskpane.js');
    expect(host.DesktopFormFactor.FunctionFile['@resid']).toBe('Taskpane.Url');
  });

  it('has a ribbon button that opens the task pane, with 16, 32 and 80 px icons', () => {
    const control = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control;
    expect(control['@xsi:type']).toBe('Button');
    expect(control.Action['@xsi:type']).toBe('ShowTaskpane');
    expect(urlOf(control.Action.SourceLocation['@resid'])).toBe('https://localhost:4443/addin/taskpane.html');
    const images = asArray<any>(resources['bt:Images']['bt:Image']);
    expect(images.map((i) => i['@DefaultValue'])).toEqual([16, 32, 80].map((s) => `https://localhost:4443/addin/assets/icon-${s}.png`));
    for (const s of [16, 32, 80]) expect(readFileSync(join(PROJECT_ROOT, `addin/assets/icon-${s}.png`)).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('defines every resid it references in Resources, and references nothing twice by accident', () => {
    const defined = new Set(attributeValues(resources, 'id'));
    const referenced = new Set(attributeValues(app.VersionOverrides.Hosts, 'resid'));
    expect(referenced.size).toBeGreaterThan(8);
    for (const id of referenced) expect({ id, defined: defined.has(id) }).toEqual({ id, defined: true });
    const ids = attributeValues(resources, 'id');
    expect(ids.length).toBe(defined.size);
  });

  it('uses https for every URL and serves everything from the gateway’s /addin/', () => {
    const urls = [...attributeValues(app, 'DefaultValue').filter((v) => /^[a-z]+:\/\//i.test(v)), ...asArray<string>(app.AppDomains.AppDomain)];
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:4443(\/|$)/);
    expect(app.DefaultSettings.SourceLocation['@DefaultValue']).toBe('https://localhost:4443/addin/taskpane.html');
  });
});
