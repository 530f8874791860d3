import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One catalogue import. The newest finished run's id is the catalogue version: gateways sharing one
 * database compare it to reload their in-memory index after another instance imported.
 */
@Entity({ tableName: 'import_run' })
export class ImportRun {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 500 })
  file!: string;

  @Property({ type: 'string', length: 30 })
  format!: string;

  @Property({ type: 'integer' })
  inserted!: number;

  @Property({ type: 'integer' })
  updated!: number;

  @Property({ type: 'integer' })
  unchanged!: number;

  /** What was skipped and why: JSON array of {id, reason}. */
  @Property({ type: 'json' })
  skipped: { id: string; reason: string }[] = [];

  /** The data's own as-of date (newest source date), not the clock. */
  @Property({ type: 'string', length: 10, nullable: true })
  dataAsOf: string | null = null;

  @Property({ type: 'datetime' })
  finishedAt!: Date;
}
