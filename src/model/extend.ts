import { ENTITY_KINDS, KIND_LABEL, KINDS, LABEL_KIND } from "./kinds";
import type { EntityKind, KindDeclaration } from "./kinds";
import { RELATION_TYPES, RELATIONS } from "./relations";
import type { RelationDeclaration, RelationType } from "./relations";

const KEY = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const LABEL = /^[A-Z][A-Za-z0-9]*$/;

/**
 * Adds entity kinds and relationship types to the model, as if they were declared in kinds.ts and
 * relations.ts: for a plug-in, and for the test suite's fixture kind (test/fixture-kind). Everything
 * built from the model (GraphQL enums and types, seed files, Cypher templates) is built when its
 * module loads, so this must run before any of them is imported; it refuses a name already taken.
 */
export function extendModel({
  kinds = {},
  relations = {},
}: {
  kinds?: Record<string, KindDeclaration>;
  relations?: Record<string, Omit<RelationDeclaration, "from" | "to"> & { from: string[]; to: string[] }>;
}): void {
  for (const [kind, declaration] of Object.entries(kinds)) {
    if (!KEY.test(kind) || Object.hasOwn(KINDS, kind)) throw new Error(`Kind ${kind} is taken or not UPPER_SNAKE`);
    if (!LABEL.test(declaration.label) || LABEL_KIND.has(declaration.label)) {
      throw new Error(`Label ${declaration.label} of ${kind} is taken or not a plain PascalCase name`);
    }
    Object.assign(KINDS, { [kind]: declaration });
    ENTITY_KINDS.push(kind as EntityKind);
    Object.assign(KIND_LABEL, { [kind]: declaration.label });
    LABEL_KIND.set(declaration.label, kind as EntityKind);
  }
  for (const [type, declaration] of Object.entries(relations)) {
    if (!KEY.test(type) || Object.hasOwn(RELATIONS, type)) throw new Error(`Type ${type} is taken or not UPPER_SNAKE`);
    const unknown = [...declaration.from, ...declaration.to].filter((kind) => !Object.hasOwn(KINDS, kind));
    if (unknown.length > 0) throw new Error(`${type} joins kinds the model does not have: ${unknown.join(", ")}`);
    Object.assign(RELATIONS, { [type]: declaration });
    RELATION_TYPES.push(type as RelationType);
  }
}
