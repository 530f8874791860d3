/**
 * API keys from the command line (runs against DATABASE_URL, no key needed: you have the database).
 *   npm run keys -- create --tenant <tenant-id> [--label "…"]   a tenant key (secret printed once)
 *   npm run keys -- create --admin [--label "…"]                an admin key
 *   npm run keys -- list [--tenant <tenant-id>]
 *   npm run keys -- revoke <key-id>
 *   npm run keys -- tenants                                     tenant ids and names
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createApiKey, listKeys, revokeKey } from '../tenancy/apiKeys.js';
import { loadConfig } from '../config/config.js';
import { Tenant } from '../db/entities.js';
import { migrate } from '../db/migrate.js';
import { openOrm } from '../db/orm.config.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { tenant: { type: 'string' }, admin: { type: 'boolean' }, label: { type: 'string' } },
});
const config = loadConfig();
const orm = await openOrm(config.databaseUrl);
await migrate(orm, config.databaseUrl);
const em = orm.em.fork();
let code = 0;
try {
  const [command, arg] = positionals;
  if (command === 'create') {
    if (!values.admin && !values.tenant) throw new Error('create needs --tenant <id> or --admin');
    const k = await createApiKey(em, values.admin ? { role: 'ADMIN', label: values.label } : { role: 'TENANT', tenantId: values.tenant!, label: values.label });
    console.log(`created ${k.role.toLowerCase()} key ${k.id}${k.tenantId ? ` for tenant ${k.tenantId}` : ''}`);
    console.log(`secret (shown once, store it now): ${k.secret}`);
  } else if (command === 'list') {
    for (const k of await listKeys(em, values.tenant ?? null)) {
      console.log(`${k.id}  ${k.prefix}…  ${k.role.padEnd(6)}  ${k.tenantId ?? '-'}  ${k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active'}  ${k.label}`);
    }
  } else if (command === 'revoke') {
    if (!arg) throw new Error('revoke needs a key id (see list)');
    if (!(await revokeKey(em, arg, new Date()))) throw new Error(`no key ${arg}`);
    console.log(`revoked ${arg}`);
  } else if (command === 'tenants') {
    for (const t of await em.find(Tenant, {}, { orderBy: { name: 'asc' } })) console.log(`${t.id}  ${t.country}  ${t.name}`);
  } else {
    throw new Error('usage: keys create --tenant <id> | create --admin | list [--tenant <id>] | revoke <key-id> | tenants');
  }
} catch (e) {
  console.error(`keys: ${(e as Error).message}`);
  code = 2;
} finally {
  await orm.close();
}
process.exit(code);
