import { postgresqlMigrations } from '../../server/db/migrations/postgresql/index.js';
import { dialectOf } from '../../server/db/orm.config.js';
import { freshDatabase } from '../helpers/gateway.js';
import { assertNoDrift, migratedSchemaDrift } from '../helpers/migrationDrift.js';

/**
 * Like schema/schema.graphql for the API: the committed PostgreSQL migrations, applied to a new, empty
 * database, must leave nothing for MikroORM to change against the entities.
 */
describe('PostgreSQL migrations', () => {
  it('the PostgreSQL migrations create exactly the schema the entities describe', async () => {
    const db = await freshDatabase();
    try {
      expect(dialectOf(db.url)).toBe('postgresql');
      const result = await migratedSchemaDrift(db.url);
      expect(result.applied).toEqual(postgresqlMigrations.map((m) => m.name));
      expect(result.pending).toEqual([]);
      expect(result.hasMigrationsTable).toBe(true);
      assertNoDrift('postgresql', result.drift);
    } finally {
      await db.drop();
    }
  }, 60_000);
});
