/**
 * The keys CLI's commands as a function of the arguments and an entity manager (server/cli/keys.ts runs it
 * against DATABASE_URL; tests run it in-process). An admin key is made only with --admin, never because
 * --tenant is missing or empty; --admin with --tenant is refused; an unknown tenant is refused.
 */
import type { EntityManager } from '@mikro-orm/core';
import { parseArgs } from 'node:util';
import { createApiKey, keyRequest, listKeys, revokeKey } from '../tenancy/apiKeys.js';
import { Tenant } from '../db/entities.js';
import { LIMITS } from '../kernel/limits.js';
import { textLength, textProblem } from '../kernel/text.js';

export const KEYS_USAGE = 'usage: keys create --tenant <id> [--label "…"] | create --admin [--label "…"] | list [--tenant <id>] | revoke <key-id> | tenants';

const CLI_PROBLEMS = {
  BOTH: 'create takes --tenant <id> or --admin, not both: an admin key belongs to no tenant',
  NO_TENANT: 'create needs --tenant <id> (or --admin for an admin key)',
  EMPTY_TENANT: '--tenant is empty: give the tenant id (see: keys tenants); an admin key needs --admin',
} as const;

export interface CommandResult {
  code: number;
  out: string[];
  err: string[];
}

export async function keysCommand(em: EntityManager, argv: string[]): Promise<CommandResult> {
  const out: string[] = [];
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { tenant: { type: 'string' }, admin: { type: 'boolean' }, label: { type: 'string' } },
    });
    const [command, arg] = positionals;
    if (command === 'create') {
      const label = values.label ?? '';
      const invalid = textProblem(label, '--label') ?? (textLength(label) > LIMITS.maxLabelLength ? `--label is longer than ${LIMITS.maxLabelLength} characters` : null);
      if (invalid) throw new Error(invalid);
      const request = keyRequest({ tenant: values.tenant ?? null, admin: values.admin ?? false });
      if (!request.ok) throw new Error(CLI_PROBLEMS[request.reason]);
      const k = await createApiKey(em, request.role === 'ADMIN' ? { role: 'ADMIN', label: values.label } : { role: 'TENANT', tenantId: request.tenantId, label: values.label });
      out.push(`created ${k.role.toLowerCase()} key ${k.id}${k.tenantId ? ` for tenant ${k.tenantId}` : ''}`);
      out.push(`secret (shown once, store it now): ${k.secret}`);
    } else if (command === 'list') {
      for (const k of await listKeys(em, values.tenant ?? null)) {
        out.push(`${k.id}  ${k.prefix}…  ${k.role.padEnd(6)}  ${k.tenantId ?? '-'}  ${k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active'}  ${k.label}`);
      }
    } else if (command === 'revoke') {
      if (!arg) throw new Error('revoke needs a key id (see list)');
      if (!(await revokeKey(em, arg, new Date()))) throw new Error(`no key ${arg}`);
      out.push(`revoked ${arg}`);
    } else if (command === 'tenants') {
      for (const t of await em.find(Tenant, {}, { orderBy: { name: 'asc' } })) out.push(`${t.id}  ${t.country}  ${t.name}`);
    } else {
      throw new Error(KEYS_USAGE);
    }
    return { code: 0, out, err: [] };
  } catch (e) {
    return { code: 2, out, err: [`keys: ${(e as Error).message}`] };
  }
}
