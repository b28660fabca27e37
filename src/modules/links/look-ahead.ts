import { getNamedType, GraphQLResolveInfo, isAbstractType, isObjectType } from "graphql";
// The function graphql-js's executor runs on a value's selection (@internal in graphql 16, whose
// version package.json pins exactly; look-ahead.test.ts fails if it changes).
import { collectSubfields } from "graphql/execution/collectFields";
import { forTypes } from "../../db/query-names";
import type { Database } from "../../db/database";
import type { ServiceDeps } from "../shared";
import { EntityRecord, NodeRow, toEntityRecord } from "../entity";
import { linkFieldSpec, LinkSpec } from "./link-fields";
import { linkKeyParams, linkRecordsByKey } from "./link.loader";
import type { LinkKey, LinkRecord, LinkRow } from "./link.record";
import { ALL_LINK_FIELDS, type LinkFields, linkFieldsOf } from "./link-selection";

/*
 * The look-ahead, all of it: a root look-up (`ailment(id) { causes therapies }`) reads the typed link
 * lists selected directly under it in the same query as the entity (entity/with-links.cypher) and
 * leaves them in the request's link loader, where the link field resolvers then find them. Measured
 * worth keeping (README, "Look-ahead"); LOOK_AHEAD=off reads every list through the loader instead.
 *
 * It cannot change an answer, because:
 * - a primed list is the list the loader would read for its key: with-links.cypher follows links
 *   exactly as links/by-keys.cypher does (same neighbour rule, order and per-list limit), and both
 *   turn rows into records with linkRecordsByKey;
 * - the keys it primes are the keys the resolvers load, `{ id, ...LINK_FIELDS[type][field], fields }`
 *   on both sides (link-fields.ts), the stored properties `fields` judged from the same field nodes
 *   by the same function (link-selection.ts), compared by the loader's linkKeyString; a list planned
 *   but never asked for is only a wasted read, and one asked for but not planned is read by the loader;
 * - primed lists are counted against the result budget when LinkService hands them out, as loaded
 *   ones are.
 */

/**
 * A link list a root look-up reads with its entity: its spec and the stored properties its selection
 * needs (all of them when not given, as for a caller outside GraphQL, such as the bench's bare server).
 */
export type PlannedLink = LinkSpec & { fields?: LinkFields };

/**
 * The typed link lists selected on a root look-up's value, as the keys their resolvers will load
 * (without the id), one per response key and type whose selections differ.
 * The fields are collected as the executor collects them (fragments followed once each, their type
 * conditions matched, @skip/@include applied with this request's variables), for every type the
 * entity may turn out to be: so the plan holds the lists the resolvers will ask for, and a list
 * of another type's fragment at most (a wasted read).
 */
export function plannedLinkReads(info: GraphQLResolveInfo): Required<PlannedLink>[] {
  const { schema, fragments, variableValues, fieldNodes } = info;
  const type = getNamedType(info.returnType);
  const types = isAbstractType(type) ? schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];
  const reads = new Map<string, Required<PlannedLink>>();
  for (const objectType of types) {
    for (const nodes of collectSubfields(schema, fragments, variableValues, objectType, fieldNodes).values()) {
      const name = nodes[0].name.value;
      const spec = linkFieldSpec(objectType.name, name);
      if (!spec) continue;
      const fields = linkFieldsOf(info, getNamedType(objectType.getFields()[name].type), nodes);
      const read = { ...spec, fields };
      reads.set(JSON.stringify(read), read);
    }
  }
  return [...reads.values()];
}

/** The link lists of the plan, each once whatever its selections (as LINK_FIELDS holds them). */
export function plannedLinks(info: GraphQLResolveInfo): LinkSpec[] {
  const specs = new Map<string, LinkSpec>();
  for (const { fields: _fields, ...spec } of plannedLinkReads(info)) specs.set(JSON.stringify(spec), spec);
  return [...specs.values()];
}

/**
 * The entity, or null; with the look-ahead on and lists planned, read with those lists in one query
 * and both left in the request's loaders. Otherwise the entity loader reads it alone.
 */
export async function lookUpEntity(
  { db, loaders, config }: Pick<ServiceDeps, "db" | "loaders" | "config">,
  id: string,
  plan: readonly PlannedLink[],
): Promise<EntityRecord | null> {
  if (!config.lookAhead || plan.length === 0) return loaders.entityById.load(id);
  const keys = plan.map(({ fields = ALL_LINK_FIELDS, ...spec }) => ({ id, ...spec, fields }));
  const found = await readEntityWithLinks(db, id, keys, config.limits.maxLinksPerList);
  if (!found) return null;
  loaders.entityById.prime(id, found.entity);
  found.links.forEach((records, i) => loaders.links.prime(keys[i], records));
  return found.entity;
}

/** One entity and its link lists for `keys` (all naming it), in key order, in one read; null when absent. */
async function readEntityWithLinks(
  db: Database,
  id: string,
  keys: readonly LinkKey[],
  perEntity: number,
): Promise<{ entity: EntityRecord; links: LinkRecord[][] } | null> {
  const params = linkKeyParams(keys);
  // Written out for the relationship types the keys ask for alone (cypher-files.ts, forTypes).
  const query = forTypes(
    "entity/with-links",
    keys.flatMap((key) => key.types),
  );
  const [row] = await db.readRows<{ node: NodeRow; links: LinkRow[] }>(query, {
    id,
    keys: params,
    perEntity,
  });
  return row ? { entity: toEntityRecord(row.node), links: linkRecordsByKey(params, row.links) } : null;
}
