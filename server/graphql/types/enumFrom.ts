import { registerEnumType } from 'type-graphql';

/**
 * A GraphQL enum made from a policy's `as const` list, so the API and the rules cannot drift: a value
 * added to the list is in the schema (and the schema drift test shows it). Values keep the list's order.
 */
export function enumFrom<const V extends string>(
  values: readonly V[],
  name: string,
  options: { description?: string; values?: Partial<Record<V, string>> } = {},
): { [K in V]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in V]: K };
  const valuesConfig = options.values
    ? (Object.fromEntries(Object.entries(options.values).map(([k, d]) => [k, { description: d as string }])) as Partial<Record<V, { description: string }>>)
    : undefined;
  registerEnumType(enumObject, { name, ...(options.description ? { description: options.description } : {}), ...(valuesConfig ? { valuesConfig } : {}) });
  return enumObject;
}
