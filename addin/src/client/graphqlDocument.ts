/**
 * Builds the one GraphQL document a batch is sent as: at most one unaliased field per bulk kind
 * (supportPhases, subscriptionDeadlinesMany) with its lookups in one list variable, plus aliased single
 * fields f0, f1, … (the gateway limits aliases per document, so the batch client caps them).
 */

/** A bulk field: one list argument in, one result per item out, a typed per-item error in the union. */
export interface BulkFieldSpec {
  field: string;
  argName: string;
  /** The list's GraphQL type, e.g. "[PhaseLookup!]!". */
  argType: string;
  /** Selection on the result union; must select __typename. */
  selection: string;
  /** __typename of the per-item error value. */
  errorTypename: string;
  /**
   * Response key when the same field is asked with another selection in one document (the card's
   * supportPhases beside the cells' supportPhases): the field is sent under this alias.
   */
  alias?: string;
  /**
   * Fields of the success type a call may ask for one by one (selection texts under `... on <on>`, each named
   * by its first word): a request selects only the union of what its calls need, so a column of SUPPORTPHASE
   * cells is not sent entitlements nobody reads. Without it, `selection` is the whole selection.
   */
  optional?: { on: string; fields: readonly string[] };
}

/** A set of a spec's optional fields: bit i is `optional.fields[i]`. */
export type FieldSet = number;

/** Every optional field of a spec (0 when it has none). */
export const allFields = (spec: BulkFieldSpec): FieldSet => (spec.optional ? 2 ** spec.optional.fields.length - 1 : 0);

/** The set of the optional fields named (by their first word); throws for a name the spec does not have. */
export function fieldSet(spec: BulkFieldSpec, names: readonly string[]): FieldSet {
  const fields = spec.optional?.fields ?? [];
  let set = 0;
  for (const name of names) {
    const i = fields.findIndex((f) => f.split(/[\s{]/, 1)[0] === name);
    if (i < 0) throw new Error(`${spec.field} has no optional field ${name}`);
    set |= 2 ** i;
  }
  return set;
}

/** Whether `have` holds every field of `need`. */
export const covers = (have: FieldSet, need: FieldSet): boolean => (have & need) === need;

/** The spec's selection with the optional fields of `fields` (all of them when undefined). */
export function selectionOf(spec: BulkFieldSpec, fields: FieldSet = allFields(spec)): string {
  if (!spec.optional) return spec.selection;
  const chosen = spec.optional.fields.filter((_, i) => fields & (2 ** i));
  // An empty set still asks something: the inline fragment must not be empty.
  return `${spec.selection} ... on ${spec.optional.on} { ${(chosen.length ? chosen : spec.optional.fields.slice(0, 1)).join(' ')} }`;
}

/** Where a bulk field's answer is in the reply, and what groups its lookups in a batch. */
export const responseKeyOf = (spec: BulkFieldSpec): string => spec.alias ?? spec.field;

/** An argument: a variable of `type` (user data, always a variable so nothing needs escaping) or an enum literal. */
export type FieldArg = { name: string; type: string; value: unknown } | { name: string; literal: string };

export interface SingleFieldSpec {
  field: string;
  args: readonly FieldArg[];
  selection: string;
}

export interface DocumentPlan {
  /** `fields`: the optional fields to select (default all). */
  bulks: readonly { spec: BulkFieldSpec; inputs: readonly unknown[]; fields?: FieldSet }[];
  singles: readonly SingleFieldSpec[];
}

export interface BuiltDocument {
  query: string;
  variables: Record<string, unknown>;
  /** Response key of each single, in plan order. */
  aliases: string[];
}

export const aliasOf = (i: number): string => `f${i}`;

export function buildDocument(plan: DocumentPlan): BuiltDocument {
  const declarations: string[] = [];
  const fields: string[] = [];
  const variables: Record<string, unknown> = {};
  plan.bulks.forEach(({ spec, inputs, fields: wanted }, i) => {
    const v = `b${i}`;
    declarations.push(`$${v}: ${spec.argType}`);
    variables[v] = inputs;
    fields.push(`${spec.alias ? `${spec.alias}: ` : ''}${spec.field}(${spec.argName}: $${v}) { ${selectionOf(spec, wanted)} }`);
  });
  const aliases = plan.singles.map((single, i) => {
    const alias = aliasOf(i);
    const args = single.args.map((arg) => {
      if ('literal' in arg) return `${arg.name}: ${arg.literal}`;
      const v = `${alias}_${arg.name}`;
      declarations.push(`$${v}: ${arg.type}`);
      variables[v] = arg.value;
      return `${arg.name}: $${v}`;
    });
    const argText = args.length ? `(${args.join(', ')})` : '';
    fields.push(`${alias}: ${single.field}${argText} { ${single.selection} }`);
    return alias;
  });
  const head = declarations.length ? `query ExcelBatch(${declarations.join(', ')})` : 'query ExcelBatch';
  return { query: `${head} { ${fields.join(' ')} }`, variables, aliases };
}
