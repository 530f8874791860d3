import { Migration } from '@mikro-orm/migrations';

export class Migration20261201194941_Corrections extends Migration {

  override name = 'Migration20261201194941_Corrections';

  override up(): void | Promise<void> {
    this.addSql(`create table \`audit_record\` (\`id\` text not null primary key, \`tenant_id\` text not null, \`key_id\` text not null, \`action\` text not null, \`subject_id\` text not null, \`reason\` text not null, \`snapshot\` text not null, \`at\` datetime not null, constraint \`audit_record_tenant_id_foreign\` foreign key (\`tenant_id\`) references \`tenant\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`audit_record_tenant_id_index\` on \`audit_record\` (\`tenant_id\`);`);
    this.addSql(`create index \`audit_record_tenant_id_at_index\` on \`audit_record\` (\`tenant_id\`, \`at\`);`);

    this.addSql(`alter table \`payment\` add column \`voided_at\` datetime null;`);
    this.addSql(`alter table \`payment\` add column \`void_reason\` text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`audit_record\`;`);

    this.addSql(`alter table \`payment\` drop column \`voided_at\`;`);
    this.addSql(`alter table \`payment\` drop column \`void_reason\`;`);
  }

}
