import { ENTITY_KINDS, KIND_LABEL, KINDS, LABEL_KIND } from "./kinds";
import type { EntityKind, KindDeclaration } from "./kinds";
import { RELATION_TYPES, RELATIONS } from "./relations";
import type { RelationDeclaration, RelationType } from "./relations";

const KEY = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const PASCAL = /^[A-Z][A-Za-z0-9]*$/;
const SEED_FILE = /^[a-z0-9]+(-[a-z0-9]+)*\.yaml$/;
/** Labels the graph uses for other things: a kind named so would take or strip them (update-entity). */
const RESERVED_LABELS = new Set(["Entity", "Source", "GraphVersion", "SchemaMigration", "SchemaMigrationLock"]);

let sealed = false;

/**
 * Called by the first modules that build on the model (the GraphQL enum, the seed format, the Cypher
 * catalogue): from then on an extension would leave them half-extended, so extendModel refuses.
 */
export function sealModel(): void {
  sealed = true;
}

function checkKind(kind: string, { label, typeName, seedFile }: KindDeclaration): void {
  if (!KEY.test(kind) || Object.hasOwn(KINDS, kind)) throw new Error(`Kind ${kind} is taken or not UPPER_SNAKE`);
  if (!PASCAL.test(label) || LABEL_KIND.has(label) || RESERVED_LABELS.has(label)) {
    throw new Error(`Label ${label} of ${kind} is taken, reserved or not a plain PascalCase name`);
  }
  const typeNames = new Set<string>(ENTITY_KINDS.map((k) => KINDS[k].typeName));
  if (!PASCAL.test(typeName) || typeNames.has(typeName)) throw new Error(`Type name ${typeName} of ${kind} is taken`);
  if (!SEED_FILE.test(seedFile) || ENTITY_KINDS.some((k) => KINDS[k].seedFile === seedFile)) {
    throw new Error(`Seed file ${seedFile} of ${kind} is taken or not a kebab-case .yaml name`);
  }
}

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
  if (sealed) throw new Error("extendModel must run before any module builds on the model (it is sealed)");
  for (const [kind, declaration] of Object.entries(kinds)) {
    checkKind(kind, declaration);
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
