import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** The introspection root fields: `__schema` and `__type` (`__typename` is not introspection). */
export const INTROSPECTION_FIELDS: ReadonlySet<string> = new Set(['__schema', '__type']);

/**
 * Whether an operation introspects: `none`, `some` (introspection next to data fields) or `only` (every
 * root field is `__schema`, `__type` or `__typename` — the answer depends on the schema alone). Root
 * selections are followed through inline fragments and fragment spreads.
 */
export function introspectionUse(document: DocumentNode, operation: OperationDefinitionNode): 'none' | 'some' | 'only' {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let introspects = false;
  let data = false;
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (INTROSPECTION_FIELDS.has(s.name.value)) introspects = true;
        else if (s.name.value !== '__typename') data = true;
      } else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const f = fragments.get(s.name.value);
        if (f) walk(f.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return !introspects ? 'none' : data || operation.operation !== 'query' ? 'some' : 'only';
}
