import { registerEnumType } from "type-graphql";
import { RELATION_PHRASES, RELATION_TYPES, RelationType } from "./relation-type";

/** The GraphQL enum RelationType, built from RELATION_TYPES: a new type there is a new enum value here. */
export const RelationTypeEnum = Object.fromEntries(RELATION_TYPES.map((type) => [type, type])) as {
  [T in RelationType]: T;
};

registerEnumType(RelationTypeEnum, {
  name: "RelationType",
  description: "The typed relationships of the model (see the README's graph model).",
  valuesConfig: Object.fromEntries(
    RELATION_TYPES.map((type) => [type, { description: `A ${RELATION_PHRASES[type].forward} B.` }]),
  ),
});
