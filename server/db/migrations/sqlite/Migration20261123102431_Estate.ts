import { Migration } from '@mikro-orm/migrations';

export class Migration20261123102431_Estate extends Migration {

  override name = 'Migration20261123102431_Estate';

  override up(): void | Promise<void> {
    this.addSql(`create table \`estate_item\` (\`id\` text not null primary key, \`tenant_id\` text not null, \`product_slug\` text not null, \`level_code\` text null, \`count\` integer not null, \`note\` text not null default '', \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`estate_item_tenant_id_foreign\` foreign key (\`tenant_id\`) references \`tenant\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`estate_item_tenant_id_index\` on \`estate_item\` (\`tenant_id\`);`);
    this.addSql(`create index \`estate_item_tenant_id_product_slug_index\` on \`estate_item\` (\`tenant_id\`, \`product_slug\`);`);

    this.addSql(`create table \`calendar_feed\` (\`id\` text not null primary key, \`tenant_id\` text not null, \`prefix\` text not null, \`hash\` text not null, \`label\` text not null default '', \`created_at\` datetime not null, \`revoked_at\` datetime null, constraint \`calendar_feed_tenant_id_foreign\` foreign key (\`tenant_id\`) references \`tenant\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`calendar_feed_tenant_id_index\` on \`calendar_feed\` (\`tenant_id\`);`);
    this.addSql(`create index \`calendar_feed_hash_index\` on \`calendar_feed\` (\`hash\`);`);
    this.addSql(`create unique index \`calendar_feed_hash_unique\` on \`calendar_feed\` (\`hash\`);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`estate_item\`;`);
    this.addSql(`drop table if exists \`calendar_feed\`;`);
  }

}
