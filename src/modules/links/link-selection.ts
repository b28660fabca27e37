import {
  type FieldNode,
  getNamedType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  isAbstractType,
  isObjectType,
} from "graphql";
// graphql-js's own field collection, as in look-ahead.ts (fragments once each, @skip/@include applied).
import { collectSubfields } from "graphql/execution/collectFields";
import { linkFieldSpec } from "./link-fields";
import type { LinkFields, NodeProperty, RelationProperty } from "./link.record";

export type { LinkFields } from "./link.record";

/*
 * Which stored properties a link list must read for the fields its query selects: `causes { cause { id
 * name } relation { note } }` needs the neighbours' names and the relationships' notes, never their
 * summaries, synonyms or sources. Every link read returns the neighbour's id, name and labels and the
 * relationship's type and direction; these lists say what else. A field this table does not know
 * reads everything, so a field added to the schema can cost bytes, never a wrong answer. The same
 * tables serve a neighbourhood (its nodes and relationships) and a list page (its edges' nodes).
 */

// Records over every key, so the compiler names a NodeRow or RelationRow property left out.
const NODE_PROPERTIES = Object.keys({
  ...{ kind: 1, synonyms: 1, summary: 1, category: 1, codes: 1, severity: 1, scope: 1, stage: 1, question: 1 },
  ...{ adaptationPressure: 1, adaptationPosition: 1, adaptationAvoid: 1, adaptationMaxMinutes: 1 },
  ...{ adaptationClearance: 1, adaptationNotes: 1, pressure: 1, regions: 1, thermal: 1, mechanism: 1 },
  ...{ restrictsRegions: 1, restrictsThermal: 1, urgency: 1, action: 1, updatedAt: 1, updatedBy: 1 },
} satisfies Record<NodeProperty, 1>).sort() as NodeProperty[];
const RELATION_PROPERTIES = Object.keys({
  ...{ note: 1, evidence: 1, stage: 1, outcome: 1, group: 1, practiceOnly: 1, sources: 1, locators: 1 },
} satisfies Record<RelationProperty, 1>).sort() as RelationProperty[];

/** Everything: what a selection this module cannot judge reads. */
export const ALL_LINK_FIELDS: LinkFields = { node: NODE_PROPERTIES, relation: RELATION_PROPERTIES };

/** Entity fields and the stored properties behind them; typed link fields need only the id. */
const ENTITY_FIELD_PROPERTIES: Record<string, readonly NodeProperty[]> = {
  ...{ __typename: [], id: [], name: [], kind: [], roles: [], relations: [] },
  ...{ synonyms: ["synonyms"], summary: ["summary"], category: ["category"], codes: ["codes"] },
  ...{ updatedAt: ["updatedAt"], updatedBy: ["updatedBy"], regions: ["regions"], mechanism: ["mechanism"] },
  ...{ pressure: ["pressure"], thermal: ["thermal"], severity: ["severity"], scope: ["scope"], stage: ["stage"] },
  ...{ question: ["question"], urgency: ["urgency"], action: ["action"] },
  ...{ restrictsRegions: ["restrictsRegions"], restrictsThermal: ["restrictsThermal"] },
  adaptation: NODE_PROPERTIES.filter((p) => p.startsWith("adaptation")),
};

/** Relation fields and the stored properties behind them (id, type, from and to come with every link). */
const RELATION_FIELD_PROPERTIES: Record<string, readonly RelationProperty[]> = {
  ...{ __typename: [], id: [], type: [], from: [], to: [], fromEntity: [], toEntity: [] },
  ...{ note: ["note"], evidence: ["evidence"], stage: ["stage"], outcome: ["outcome"], group: ["group"] },
  practiceOnly: ["practiceOnly"],
  sources: ["sources"],
  locators: ["locators", "sources"],
};

/** Fields of a link type itself that read nothing stored beyond what every link read returns. */
const LINK_OWN_FIELDS: ReadonlySet<string> = new Set(["__typename", "id", "direction"]);
/** The same for a subgraph (neighbourhood): its id and truncated flag come with every read. */
const SUBGRAPH_OWN_FIELDS: ReadonlySet<string> = new Set(["__typename", "id", "truncated"]);

type Selection = Pick<GraphQLResolveInfo, "schema" | "fragments" | "variableValues">;

/** The response keys' field nodes of `nodes` selected on `type` (every possible type when abstract). */
function subfields(selection: Selection, type: GraphQLNamedType, nodes: readonly FieldNode[]) {
  const { schema, fragments, variableValues } = selection;
  const types = isAbstractType(type) ? schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];
  return types.flatMap((objectType) => [
    ...collectSubfields(schema, fragments, variableValues, objectType, nodes as FieldNode[]).values(),
  ]);
}

/** True when values of `type` are entities (Entity, Cause, Ailment...). */
function isEntityType({ schema }: Selection, type: GraphQLNamedType): boolean {
  const entity = schema.getType("Entity");
  if (!entity || !isAbstractType(entity)) return false;
  const types = isAbstractType(type) ? schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];
  return types.length > 0 && types.every((t) => schema.isSubType(entity, t));
}

/** True when `field` is a typed link field of `type` or of a type it may turn out to be. */
function isLinkFieldOfAnyType({ schema }: Selection, type: GraphQLNamedType, field: string): boolean {
  const types = isAbstractType(type) ? schema.getPossibleTypes(type) : [type];
  return types.some((t) => linkFieldSpec(t.name, field) !== undefined);
}

/** The stored properties behind the fields selected by `nodes` on `type`; null when one is unknown. */
function propertiesOf<P>(
  selection: Selection,
  type: GraphQLNamedType,
  nodes: readonly FieldNode[],
  table: Record<string, readonly P[]>,
  extra: (field: string) => boolean = () => false,
): P[] | null {
  const properties: P[] = [];
  for (const [{ name }] of subfields(selection, type, nodes)) {
    const known = Object.hasOwn(table, name.value) ? table[name.value] : extra(name.value) ? [] : null;
    if (!known) return null;
    properties.push(...known);
  }
  return properties;
}

/**
 * What the selection `nodes` of a link list (items of `linkType`) needs read; null: everything. Also
 * serves a subgraph, whose `nodes` and `relationships` are entities and relations as a link's are.
 */
function neededFields(
  selection: Selection,
  linkType: GraphQLNamedType,
  nodes: readonly FieldNode[],
  ownFields = LINK_OWN_FIELDS,
) {
  const node = new Set<NodeProperty>();
  const relation = new Set<RelationProperty>();
  for (const linkNodes of subfields(selection, linkType, nodes)) {
    const name = linkNodes[0].name.value;
    if (ownFields.has(name)) continue;
    const type = getNamedType((linkType as GraphQLObjectType).getFields()[name].type);
    if (type.name === "Relation") {
      const found = propertiesOf(selection, type, linkNodes, RELATION_FIELD_PROPERTIES);
      if (!found) return null;
      found.forEach((p) => relation.add(p));
    } else if (isEntityType(selection, type)) {
      const isLink = (field: string) => isLinkFieldOfAnyType(selection, type, field);
      const found = propertiesOf(selection, type, linkNodes, ENTITY_FIELD_PROPERTIES, isLink);
      if (!found) return null;
      found.forEach((p) => node.add(p));
    } else return null;
  }
  return { node: [...node].sort(), relation: [...relation].sort() };
}

/** The fields a link list selected by `nodes` needs read, its items being `linkType`. */
export function linkFieldsOf(selection: Selection, linkType: GraphQLNamedType, nodes: readonly FieldNode[]) {
  return neededFields(selection, linkType, nodes) ?? ALL_LINK_FIELDS;
}

/**
 * The stored properties a neighbourhood (a Subgraph being resolved, from its resolver's info) needs
 * for the fields its query selects on its nodes and relationships; everything when one is unknown.
 */
export function selectedSubgraphFields(info: GraphQLResolveInfo): LinkFields {
  return neededFields(info, getNamedType(info.returnType), info.fieldNodes, SUBGRAPH_OWN_FIELDS) ?? ALL_LINK_FIELDS;
}

/** Fields of a connection and of its edges that read nothing stored (the cursor is the name and id). */
const CONNECTION_OWN_FIELDS: ReadonlySet<string> = new Set(["__typename", "pageInfo", "totalCount"]);
const EDGE_OWN_FIELDS: ReadonlySet<string> = new Set(["__typename", "cursor"]);

/**
 * The stored properties the entities of a list page (a connection being resolved: `edges { node
 * { ... } }`) need for the fields its query selects, beyond id, name and labels; every one when a
 * field is unknown.
 */
export function selectedConnectionNodeFields(info: GraphQLResolveInfo): readonly NodeProperty[] {
  const node = new Set<NodeProperty>();
  const connection = getNamedType(info.returnType) as GraphQLObjectType;
  for (const fieldNodes of subfields(info, connection, info.fieldNodes)) {
    const name = fieldNodes[0].name.value;
    if (CONNECTION_OWN_FIELDS.has(name)) continue;
    if (name !== "edges") return ALL_LINK_FIELDS.node;
    const edge = getNamedType(connection.getFields().edges.type) as GraphQLObjectType;
    for (const edgeNodes of subfields(info, edge, fieldNodes)) {
      const edgeField = edgeNodes[0].name.value;
      if (EDGE_OWN_FIELDS.has(edgeField)) continue;
      if (edgeField !== "node") return ALL_LINK_FIELDS.node;
      const type = getNamedType(edge.getFields().node.type);
      const isLink = (field: string) => isLinkFieldOfAnyType(info, type, field);
      const found = propertiesOf(info, type, edgeNodes, ENTITY_FIELD_PROPERTIES, isLink);
      if (!found) return ALL_LINK_FIELDS.node;
      found.forEach((p) => node.add(p));
    }
  }
  return [...node].sort();
}

/** Per parsed field and request: the items of one list all ask with the same nodes and variables. */
const memo = new WeakMap<readonly FieldNode[], WeakMap<object, LinkFields>>();

/** The fields the link list being resolved needs read (from its resolver's info). */
export function selectedLinkFields(info: GraphQLResolveInfo): LinkFields {
  let byRequest = memo.get(info.fieldNodes);
  if (!byRequest) memo.set(info.fieldNodes, (byRequest = new WeakMap()));
  let fields = byRequest.get(info.variableValues);
  if (!fields) {
    fields = linkFieldsOf(info, getNamedType(info.returnType), info.fieldNodes);
    byRequest.set(info.variableValues, fields);
  }
  return fields;
}
