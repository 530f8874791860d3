import { Migration } from '@mikro-orm/migrations';

export class Migration20261123102431_Estate extends Migration {

  override name = 'Migration20261123102431_Estate';

  override up(): void | Promise<void> {
    this.addSql(`create table "estate_item" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "product_slug" varchar(200) not null, "level_code" varchar(100) null, "count" int not null, "note" varchar(500) not null default '', "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "estate_item_tenant_id_product_slug_index" on "estate_item" ("tenant_id", "product_slug");`);

    this.addSql(`create table "calendar_feed" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "prefix" varchar(16) not null, "hash" varchar(64) not null, "label" varchar(200) not null default '', "created_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "calendar_feed_hash_index" on "calendar_feed" ("hash");`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_hash_unique" unique ("hash");`);

    this.addSql(`alter table "estate_item" add constraint "estate_item_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);

    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "estate_item" cascade;`);
    this.addSql(`drop table if exists "calendar_feed" cascade;`);
  }

}
