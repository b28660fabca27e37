import { Field, ID, InterfaceType } from "type-graphql";
import { entityTypeName } from "./entity-kind.enum";

/**
 * The GraphQL type of a value a Node field returns. Records carry no type tag, so their shapes
 * tell: entities have roles, sources a title, relations their two ends.
 */
function nodeTypeName(value: object): string | undefined {
  if ("roles" in value) return entityTypeName(value as Parameters<typeof entityTypeName>[0]);
  if ("title" in value) return "Source";
  if ("from" in value && "to" in value) return "Relation";
  return undefined;
}

@InterfaceType({
  description: "Anything with a stable, global id: one cache identity per object, refetched with `node(id)`.",
  resolveType: nodeTypeName,
})
export abstract class Node {
  @Field(() => ID, { description: "Stable and global: entities and sources by slug, relations as <from>:<TYPE>:<to>." })
  id!: string;
}
