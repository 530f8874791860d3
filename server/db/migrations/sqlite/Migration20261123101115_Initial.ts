import { Migration } from '@mikro-orm/migrations';

export class Migration20261123101115_Initial extends Migration {

  override name = 'Migration20261123101115_Initial';

  override up(): void | Promise<void> {
    this.addSql(`create table \`import_run\` (\`id\` integer not null primary key autoincrement, \`file\` text not null, \`format\` text not null, \`inserted\` integer not null, \`updated\` integer not null, \`unchanged\` integer not null, \`skipped\` json not null, \`data_as_of\` text null, \`finished_at\` datetime not null);`);

    this.addSql(`create table \`product\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`name\` text not null, \`aliases\` json not null, \`family\` text not null, \`policy\` text not null, \`category\` text not null, \`sp_family\` text not null, \`general_availability\` text null, \`mainstream_end\` text null, \`extended_end\` text null, \`retirement\` text null, \`source\` text not null);`);
    this.addSql(`create unique index \`product_slug_unique\` on \`product\` (\`slug\`);`);
    this.addSql(`create index \`product_family_index\` on \`product\` (\`family\`);`);
    this.addSql(`create index \`product_mainstream_end_index\` on \`product\` (\`mainstream_end\`);`);
    this.addSql(`create index \`product_extended_end_index\` on \`product\` (\`extended_end\`);`);

    this.addSql(`create table \`product_level\` (\`id\` integer not null primary key autoincrement, \`product_id\` integer not null, \`code\` text not null, \`label\` text not null, \`kind\` text not null, \`ordinal\` integer not null, \`start\` text null, \`end\` text null, constraint \`product_level_product_id_foreign\` foreign key (\`product_id\`) references \`product\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`product_level_product_id_index\` on \`product_level\` (\`product_id\`);`);
    this.addSql(`create unique index \`product_level_product_id_code_unique\` on \`product_level\` (\`product_id\`, \`code\`);`);

    this.addSql(`create table \`tenant\` (\`id\` text not null primary key, \`name\` text not null, \`country\` text not null, \`contact_person\` text not null, \`antivirus\` integer not null default false, \`firewall\` integer not null default false, \`backup\` integer not null default false, \`created_at\` datetime not null);`);

    this.addSql(`create table \`subscription\` (\`id\` text not null primary key, \`tenant_id\` text not null, \`product\` text not null, \`billing_model\` text not null, \`term_months\` integer null, \`order_date\` text not null, \`term_start\` text not null, \`seats\` integer not null, \`unit_price_ore\` bigint not null, \`end_user_support_included\` integer not null default false, \`migration_completed_on\` text null, \`cancellation_requested_on\` text null, \`cancellation_channel\` text null, \`created_at\` datetime not null, constraint \`subscription_tenant_id_foreign\` foreign key (\`tenant_id\`) references \`tenant\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`subscription_tenant_id_index\` on \`subscription\` (\`tenant_id\`);`);

    this.addSql(`create table \`payment\` (\`id\` text not null primary key, \`tenant_id\` text not null, \`subscription_id\` text null, \`amount_ore\` bigint not null, \`paid_on\` text not null, \`covers_support_or_office365\` integer not null default true, \`description\` text not null default '', constraint \`payment_tenant_id_foreign\` foreign key (\`tenant_id\`) references \`tenant\` (\`id\`) on delete cascade, constraint \`payment_subscription_id_foreign\` foreign key (\`subscription_id\`) references \`subscription\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`payment_tenant_id_index\` on \`payment\` (\`tenant_id\`);`);
    this.addSql(`create index \`payment_subscription_id_index\` on \`payment\` (\`subscription_id\`);`);

    this.addSql(`create table \`api_key\` (\`id\` text not null primary key, \`role\` text not null, \`tenant_id\` text null, \`prefix\` text not null, \`hash\` text not null, \`label\` text not null default '', \`created_at\` datetime not null, \`revoked_at\` datetime null, constraint \`api_key_tenant_id_foreign\` foreign key (\`tenant_id\`) references \`tenant\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`api_key_tenant_id_index\` on \`api_key\` (\`tenant_id\`);`);
    this.addSql(`create index \`api_key_hash_index\` on \`api_key\` (\`hash\`);`);
    this.addSql(`create unique index \`api_key_hash_unique\` on \`api_key\` (\`hash\`);`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`import_run\`;`);
    this.addSql(`drop table if exists \`product\`;`);
    this.addSql(`drop table if exists \`product_level\`;`);
    this.addSql(`drop table if exists \`tenant\`;`);
    this.addSql(`drop table if exists \`subscription\`;`);
    this.addSql(`drop table if exists \`payment\`;`);
    this.addSql(`drop table if exists \`api_key\`;`);
  }

}
