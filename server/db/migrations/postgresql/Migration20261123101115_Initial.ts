import { Migration } from '@mikro-orm/migrations';

export class Migration20261123101115_Initial extends Migration {

  override name = 'Migration20261123101115_Initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "import_run" ("id" serial primary key, "file" varchar(500) not null, "format" varchar(30) not null, "inserted" int not null, "updated" int not null, "unchanged" int not null, "skipped" jsonb not null, "data_as_of" varchar(10) null, "finished_at" timestamptz not null);`);

    this.addSql(`create table "product" ("id" serial primary key, "slug" varchar(200) not null, "name" varchar(300) not null, "aliases" jsonb not null, "family" varchar(60) not null, "policy" varchar(30) not null, "category" varchar(30) not null, "sp_family" varchar(30) not null, "general_availability" varchar(10) null, "mainstream_end" varchar(10) null, "extended_end" varchar(10) null, "retirement" varchar(10) null, "source" varchar(30) not null);`);
    this.addSql(`alter table "product" add constraint "product_slug_unique" unique ("slug");`);
    this.addSql(`create index "product_family_index" on "product" ("family");`);
    this.addSql(`create index "product_mainstream_end_index" on "product" ("mainstream_end");`);
    this.addSql(`create index "product_extended_end_index" on "product" ("extended_end");`);

    this.addSql(`create table "product_level" ("id" serial primary key, "product_id" int not null, "code" varchar(100) not null, "label" varchar(300) not null, "kind" varchar(20) not null, "ordinal" int not null, "start" varchar(10) null, "end" varchar(10) null);`);
    this.addSql(`alter table "product_level" add constraint "product_level_product_id_code_unique" unique ("product_id", "code");`);

    this.addSql(`create table "tenant" ("id" varchar(36) not null, "name" varchar(200) not null, "country" varchar(2) not null, "contact_person" varchar(200) not null, "antivirus" boolean not null default false, "firewall" boolean not null default false, "backup" boolean not null default false, "created_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "subscription" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "product" varchar(200) not null, "billing_model" varchar(20) not null, "term_months" int null, "order_date" varchar(10) not null, "term_start" varchar(10) not null, "seats" int not null, "unit_price_ore" bigint not null, "end_user_support_included" boolean not null default false, "migration_completed_on" varchar(10) null, "cancellation_requested_on" varchar(10) null, "cancellation_channel" varchar(20) null, "created_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "payment" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "subscription_id" varchar(36) null, "amount_ore" bigint not null, "paid_on" varchar(10) not null, "covers_support_or_office365" boolean not null default true, "description" varchar(300) not null default '', primary key ("id"));`);

    this.addSql(`create table "api_key" ("id" varchar(36) not null, "role" varchar(10) not null, "tenant_id" varchar(36) null, "prefix" varchar(16) not null, "hash" varchar(64) not null, "label" varchar(200) not null default '', "created_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "api_key_hash_index" on "api_key" ("hash");`);
    this.addSql(`alter table "api_key" add constraint "api_key_hash_unique" unique ("hash");`);

    this.addSql(`alter table "product_level" add constraint "product_level_product_id_foreign" foreign key ("product_id") references "product" ("id") on delete cascade;`);

    this.addSql(`alter table "subscription" add constraint "subscription_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);

    this.addSql(`alter table "payment" add constraint "payment_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "payment" add constraint "payment_subscription_id_foreign" foreign key ("subscription_id") references "subscription" ("id") on delete set null;`);

    this.addSql(`alter table "api_key" add constraint "api_key_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "product_level" drop constraint "product_level_product_id_foreign";`);
    this.addSql(`alter table "subscription" drop constraint "subscription_tenant_id_foreign";`);
    this.addSql(`alter table "payment" drop constraint "payment_tenant_id_foreign";`);
    this.addSql(`alter table "api_key" drop constraint "api_key_tenant_id_foreign";`);
    this.addSql(`alter table "payment" drop constraint "payment_subscription_id_foreign";`);

    this.addSql(`drop table if exists "import_run" cascade;`);
    this.addSql(`drop table if exists "product" cascade;`);
    this.addSql(`drop table if exists "product_level" cascade;`);
    this.addSql(`drop table if exists "tenant" cascade;`);
    this.addSql(`drop table if exists "subscription" cascade;`);
    this.addSql(`drop table if exists "payment" cascade;`);
    this.addSql(`drop table if exists "api_key" cascade;`);
  }

}
