import { Migration } from '@mikro-orm/migrations';

export class Migration20261201194941_Corrections extends Migration {

  override name = 'Migration20261201194941_Corrections';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_record" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "key_id" varchar(36) not null, "action" varchar(30) not null, "subject_id" varchar(36) not null, "reason" varchar(300) not null, "snapshot" text not null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "audit_record_tenant_id_at_index" on "audit_record" ("tenant_id", "at");`);

    this.addSql(`alter table "payment" add "voided_at" timestamptz null, add "void_reason" varchar(300) null;`);

    this.addSql(`alter table "audit_record" add constraint "audit_record_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "audit_record" cascade;`);

    this.addSql(`alter table "payment" drop column "voided_at", drop column "void_reason";`);
  }

}
