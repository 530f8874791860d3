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
import { migrate } from '../db/migrate.js';
import { openOrm } from '../db/orm.config.js';
import { keysCommand } from './keysCommand.js';

const config = loadConfig();
const orm = await openOrm(config.databaseUrl);
let code = 0;
try {
  await migrate(orm, config.databaseUrl);
  const result = await keysCommand(orm.em.fork(), process.argv.slice(2));
  for (const line of result.out) console.log(line);
  for (const line of result.err) console.error(line);
  code = result.code;
} finally {
  await orm.close();
}
process.exit(code);
