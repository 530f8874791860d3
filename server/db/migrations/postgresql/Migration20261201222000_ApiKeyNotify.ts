import { Migration } from '@mikro-orm/migrations';

/**
 * Every write to api_key, by any writer (a gateway, the keys CLI, plain SQL), NOTIFYs api_key_changed with
 * the key's id: the gateways' in-process key caches listen and clear (tenancy/keyCache.ts). TRUNCATE too.
 */
export class Migration20261201222000_ApiKeyNotify extends Migration {

  override name = 'Migration20261201222000_ApiKeyNotify';

  override up(): void | Promise<void> {
    this.addSql(`create or replace function "api_key_notify"() returns trigger language plpgsql as $$ begin perform pg_notify('api_key_changed', coalesce(new."id", old."id", '')); return null; end $$;`);
    this.addSql(`create trigger "api_key_changed" after update or delete on "api_key" for each row execute function "api_key_notify"();`);
    this.addSql(`create trigger "api_key_truncated" after truncate on "api_key" for each statement execute function "api_key_notify"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "api_key_truncated" on "api_key";`);
    this.addSql(`drop trigger if exists "api_key_changed" on "api_key";`);
    this.addSql(`drop function if exists "api_key_notify"();`);
  }

}
