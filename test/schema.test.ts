import { readFileSync } from 'node:fs';
import { schemaSDL } from '../server/graphql/schema.js';

describe('schema/schema.graphql', () => {
  it('is exactly what the server emits (run `npm run schema:emit` after changing the API)', async () => {
    const committed = readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await schemaSDL());
  });
});
