import { readFileSync } from 'node:fs';
import { schemaSDL } from '../server/graphql/schema.js';

describe('schema/schema.graphql', () => {
  it('is exactly what the server emits (run `npm run schema:emit` after changing the API)', async () => {
    const committed = readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await schemaSDL());
  });
});

describe('the executable schema', () => {
  it("plain fields have no resolver of their own (type-graphql's simpleResolvers); @FieldResolver methods keep theirs", async () => {
    const { gatewaySchema } = await import('../server/graphql/schema.js');
    const { isObjectType } = await import('graphql');
    const schema = await gatewaySchema();
    const fields = (type: string) => {
      const t = schema.getType(type);
      if (!isObjectType(t)) throw new Error(`${type} is not an object type`);
      return t.getFields();
    };
    for (const name of ['phase', 'phaseEnds', 'supportEnds', 'product', 'level', 'entitlements', 'citations']) expect(fields('PhaseAnswer')[name]!.resolve).toBeUndefined();
    expect(fields('Product').name!.resolve).toBeUndefined();
    expect(typeof fields('Product').levels!.resolve).toBe('function');
    expect(typeof fields('Query').supportPhases!.resolve).toBe('function');
  });
});
