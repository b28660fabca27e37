import { ASTVisitor, FragmentDefinitionNode, Kind, SelectionSetNode, ValidationContext, ValidationRule } from "graphql";
import { QueryTooComplexError } from "../errors/api-errors";

/** Introspection roots an operation may select (`__schema` or `__type`, aliases included). */
const MAX_INTROSPECTION_ROOTS = 1;
/** List fields of introspection types an operation may select (the standard introspection query has 9). */
const MAX_INTROSPECTION_LISTS = 12;

const ROOTS = new Set(["__schema", "__type"]);
const LISTS = new Set([
  "types",
  "fields",
  "args",
  "inputFields",
  "interfaces",
  "possibleTypes",
  "enumValues",
  "directives",
]);
/** Fields that list a type's members; one beneath another (`fields { type { fields } }`) grows without bound. */
const MEMBERS = new Set(["fields", "inputFields", "interfaces", "possibleTypes", "enumValues"]);

interface Measure {
  roots: number;
  lists: number;
  /** Most member lists along one path. */
  nested: number;
}

const NONE: Measure = { roots: 0, lists: 0, nested: 0 };

/**
 * Introspection is answered by graphql-js itself, outside the cost model and the result budget, so
 * it is capped here, counted through fragments (as often as they are spread) and aliases: one
 * `__schema` or `__type` per operation, at most MAX_INTROSPECTION_LISTS list fields, and no
 * member list beneath another. The standard introspection query (GraphiQL's) passes; 30 aliases
 * of `__schema` (6.5 MB of answer) or a recursive `fields { type { fields ... } }` do not.
 */
export function introspectionRule(): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const memo = new Map<string, Measure>();
    const visiting = new Set<string>();

    const fragment = (name: string, inside: boolean): Measure => {
      const key = `${inside}:${name}`;
      const known = memo.get(key);
      if (known) return known;
      const definition: FragmentDefinitionNode | null | undefined = context.getFragment(name);
      // Unknown and cyclic fragments are reported by graphql-js's own rules.
      if (!definition || visiting.has(key)) return NONE;
      visiting.add(key);
      const measured = measure(definition.selectionSet, inside);
      visiting.delete(key);
      memo.set(key, measured);
      return measured;
    };

    const measure = (selectionSet: SelectionSetNode, inside: boolean): Measure => {
      const total = { roots: 0, lists: 0, nested: 0 };
      const add = (m: Measure) => {
        total.roots += m.roots;
        total.lists += m.lists;
        total.nested = Math.max(total.nested, m.nested);
      };
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FRAGMENT_SPREAD) add(fragment(selection.name.value, inside));
        else if (selection.kind === Kind.INLINE_FRAGMENT) add(measure(selection.selectionSet, inside));
        else if (!inside && ROOTS.has(selection.name.value)) {
          const below = selection.selectionSet ? measure(selection.selectionSet, true) : NONE;
          add({ roots: 1 + below.roots, lists: below.lists, nested: below.nested });
        } else if (inside) {
          const name = selection.name.value;
          const below = selection.selectionSet ? measure(selection.selectionSet, true) : NONE;
          add({
            roots: below.roots,
            lists: below.lists + (LISTS.has(name) ? 1 : 0),
            nested: below.nested + (MEMBERS.has(name) ? 1 : 0),
          });
        }
        // Other fields outside introspection cannot hold it: `__schema` and `__type` exist only on Query.
      }
      return total;
    };

    const refuse = (message: string, extensions: Record<string, unknown>) =>
      context.reportError(new QueryTooComplexError(message, { ...extensions, http: { status: 400 } }));

    return {
      OperationDefinition(operation) {
        const { roots, lists, nested } = measure(operation.selectionSet, false);
        if (roots > MAX_INTROSPECTION_ROOTS) {
          refuse(
            `The query selects __schema or __type ${roots} times; the limit is ${MAX_INTROSPECTION_ROOTS} per operation.`,
            { found: roots, limit: MAX_INTROSPECTION_ROOTS },
          );
        } else if (lists > MAX_INTROSPECTION_LISTS) {
          refuse(
            `The query selects ${lists} introspection lists; the limit is ${MAX_INTROSPECTION_LISTS} per operation.`,
            { found: lists, limit: MAX_INTROSPECTION_LISTS },
          );
        } else if (nested > 1) {
          refuse("The query lists a type's members beneath another type's members; introspect one level at a time.", {
            found: nested,
            limit: 1,
          });
        }
      },
    };
  };
}
