/**
 * API keys from the command line (runs against DATABASE_URL, no key needed: you have the database).
 *   npm run keys -- create --tenant <tenant-id> [--label "…"]   a tenant key (secret printed once)
 *   npm run keys -- create --admin [--label "…"]                an admin key (only with --admin)
 *   npm run keys -- list [--tenant <tenant-id>]
 *   npm run keys -- revoke <key-id>
 *   npm run keys -- tenants                                     tenant ids and names
 * The commands are in keysCommand.ts.
 */
import 'reflect-metadata';
import { loadConfig } from '../config/config.js';
import { PgListenWatch } from '../db/changeWatch.js';
import { migrate } from '../db/migrate.js';
import { dialectOf, openOrm } from '../db/orm.config.js';
import { createLogger } from '../http/logger.js';
import { API_KEY_CHANNEL, KeyCache } from '../tenancy/keyCache.js';
import { keysCommand } from './keysCommand.js';

const config = loadConfig();
const orm = await openOrm(config.databaseUrl);
// On PostgreSQL a revocation returns only once every running gateway has acknowledged it (as a gateway's
// own does, tenancy/keyCache.ts), so the key is refused everywhere from the next request on. SQLite
// gateways see the commit through PRAGMA data_version on their next request without help.
const keyCache =
  dialectOf(config.databaseUrl) === 'postgresql' ? new KeyCache(orm, (onChange) => new PgListenWatch({ url: config.databaseUrl, channel: API_KEY_CHANNEL, log: createLogger('warn'), onChange })) : null;
let code = 0;
try {
  await migrate(orm, config.databaseUrl);
  if (keyCache?.watch instanceof PgListenWatch) await keyCache.watch.start();
  const result = await keysCommand(orm.em.fork(), process.argv.slice(2));
  for (const line of result.out) console.log(line);
  for (const line of result.err) console.error(line);
  code = result.code;
} finally {
  await keyCache?.close();
  await orm.close();
}
process.exit(code);
