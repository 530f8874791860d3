import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COUNTRIES, ENTITLEMENT_KINDS, SERVICE_CHANGES, SUPPORT_PHASES, SUPPORT_TOPICS } from '../../addin/src/client/enums.js';
import { PROJECT_ROOT } from '../../server/config/paths.js';

const schema = readFileSync(join(PROJECT_ROOT, 'schema/schema.graphql'), 'utf8').replace(/"""[\s\S]*?"""/g, '');
function enumValues(name: string): string[] {
  const m = new RegExp(`\\benum ${name} \\{([^}]*)\\}`).exec(schema);
  if (!m) throw new Error(`schema/schema.graphql has no enum ${name}`);
  return m[1]!.split(/\s+/).filter(Boolean).sort();
}

describe('the add-in checks enum arguments against the same lists as the schema', () => {
  it.each([
    ['SupportTopic', SUPPORT_TOPICS],
    ['EntitlementKind', ENTITLEMENT_KINDS],
    ['ServiceChange', SERVICE_CHANGES],
    ['Country', COUNTRIES],
    ['SupportPhase', SUPPORT_PHASES],
  ] as const)('%s matches schema/schema.graphql', (name, values) => {
    expect([...values].sort()).toEqual(enumValues(name));
  });
});
