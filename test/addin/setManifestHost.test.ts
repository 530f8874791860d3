import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { parseOrigin, setJsonManifestHost, setManifestHost } from '../../scripts/setManifestHost.js';
import { PROJECT_ROOT } from '../../server/config/paths.js';

const manifest = readFileSync(join(PROJECT_ROOT, 'manifest.xml'), 'utf8');

describe('setManifestHost', () => {
  it('points every deployment URL at the new host, keeping paths', () => {
    const { xml, urls } = setManifestHost(manifest, 'https://gateway.example.com');
    expect(urls).toBe((manifest.match(/https:\/\/localhost:4443/g) ?? []).length);
    expect(xml).not.toContain('localhost:4443');
    expect(xml).toContain('DefaultValue="https://gateway.example.com/addin/functions.json"');
    expect(xml).toContain('DefaultValue="https://gateway.example.com/addin/taskpane.html"');
    expect(xml).toContain('<AppDomain>https://gateway.example.com</AppDomain>');
    expect(XMLValidator.validate(xml)).toBe(true);
  });
  it('leaves the XML namespace URIs alone', () => {
    const { xml } = setManifestHost(manifest, 'https://gateway.example.com:8443/');
    expect(xml).toContain('xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"');
    expect(xml).toContain('xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"');
    expect(xml).toContain('https://gateway.example.com:8443/addin/assets/icon-80.png');
  });
  it('running it twice moves the URLs again rather than nesting hosts', () => {
    const once = setManifestHost(manifest, 'https://a.example.com').xml;
    expect(setManifestHost(once, 'https://b.example.com').xml).toBe(setManifestHost(manifest, 'https://b.example.com').xml);
  });
  it('moves the unified manifest’s URLs too, leaving its schema URL', () => {
    const json = readFileSync(join(PROJECT_ROOT, 'manifest.json'), 'utf8');
    const { json: moved, urls } = setJsonManifestHost(json, 'https://localhost:4443', 'https://gateway.example.com');
    expect(urls).toBe((json.match(/"https:\/\/localhost:4443/g) ?? []).length);
    expect(moved).not.toContain('localhost:4443');
    expect(JSON.parse(moved).extensions[0].runtimes[0].code.page).toBe('https://gateway.example.com/addin/taskpane.html');
    expect(JSON.parse(moved).$schema).toBe(JSON.parse(json).$schema);
  });
  it('accepts only an https origin', () => {
    expect(parseOrigin('https://gw.example.com')).toBe('https://gw.example.com');
    expect(() => parseOrigin('http://gw.example.com')).toThrow('https');
    expect(() => parseOrigin('https://gw.example.com/addin')).toThrow('only the scheme, host and port');
    expect(() => parseOrigin('gw.example.com')).toThrow('is not a URL');
  });
});
