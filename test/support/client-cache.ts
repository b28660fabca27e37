import {
  getNamedType,
  getNullableType,
  GraphQLSchema,
  introspectionFromSchema,
  isInterfaceType,
  isListType,
  isObjectType,
} from "graphql";
import { buildApiSchema } from "../../src/graphql";

/** What a client's normalised cache needs to know of the schema, worked out as the README tells users to. */
export interface CacheSchemaFacts {
  /** Apollo Client's possibleTypes: each interface and the object types implementing it. */
  possibleTypes: Record<string, string[]>;
  /** Object types without an `id` field (value objects): urql `keys: () => null`, Apollo `merge: true`. */
  valueTypes: string[];
  /**
   * List fields whose items have ids (link lists, a path's nodes...), by type: each answer is the
   * whole list, so Apollo should replace it (`merge: false`) rather than warn when it shrinks.
   */
  keyedLists: Record<string, string[]>;
  /** The introspection result urql's Graphcache takes as `schema` (interfaces matched exactly). */
  introspection: ReturnType<typeof introspectionFromSchema>;
}

function isRootOrIntrospection(schema: GraphQLSchema, name: string): boolean {
  return name.startsWith("__") || name === schema.getQueryType()?.name || name === schema.getMutationType()?.name;
}

export function cacheSchemaFacts(schema: GraphQLSchema = buildApiSchema()): CacheSchemaFacts {
  const types = Object.values(schema.getTypeMap());
  const possibleTypes = Object.fromEntries(
    types.filter(isInterfaceType).map((i) => [
      i.name,
      schema
        .getPossibleTypes(i)
        .map((t) => t.name)
        .sort(),
    ]),
  );
  const valueTypes = types
    .filter(isObjectType)
    .filter(
      (t) =>
        !isRootOrIntrospection(schema, t.name) &&
        !("id" in t.getFields() && getNamedType(t.getFields().id.type).name === "ID"),
    )
    .map((t) => t.name)
    .sort();
  const keyedLists: Record<string, string[]> = {};
  for (const type of types) {
    if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const item = getNamedType(field.type);
      const keyed = (isObjectType(item) || isInterfaceType(item)) && "id" in item.getFields();
      if (keyed && isListType(getNullableType(field.type))) (keyedLists[type.name] ??= []).push(field.name);
    }
  }
  return { possibleTypes, valueTypes, keyedLists, introspection: introspectionFromSchema(schema) };
}
