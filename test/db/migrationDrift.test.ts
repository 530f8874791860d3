import { sqliteMigrations } from '../../server/db/migrations/sqlite/index.js';
import { assertNoDrift, freshSqliteFile, migratedSchemaDrift } from '../helpers/migrationDrift.js';

/**
 * Like schema/schema.graphql for the API: the committed SQLite migrations, applied to an empty database,
 * must leave nothing for MikroORM to change against the entities. A missing migration fails here, not in production.
 */
describe('SQLite migrations', () => {
  it('the SQLite migrations create exactly the schema the entities describe', async () => {
    const db = freshSqliteFile();
    try {
      const result = await migratedSchemaDrift(db.url);
      expect(result.applied).toEqual(sqliteMigrations.map((m) => m.name));
      expect(result.pending).toEqual([]);
      expect(result.hasMigrationsTable).toBe(true);
      assertNoDrift('sqlite', result.drift);
    } finally {
      await db.drop();
    }
  }, 60_000);
});
