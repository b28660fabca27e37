import { EntityRecord, NodeRow, toEntityRecord } from "../entity";
import { RelationRecord, RelationRow, toRelationRecord, Outcome } from "../graph";
import { LinkDirection } from "./link-direction.enum";
import { withValues } from "../../util/with-values";

export type NodeProperty = Exclude<keyof NodeRow, "id" | "name" | "labels">;
export type RelationProperty = Exclude<keyof RelationRow, "type" | "from" | "to">;

/**
 * The stored properties a link list reads besides those every link read returns (the neighbour's id,
 * name and labels, the relationship's type and ends), sorted: part of the loader's key (link-selection.ts).
 */
export interface LinkFields {
  node: readonly NodeProperty[];
  relation: readonly RelationProperty[];
}

/** What the link loader is asked: the neighbours of `id` along `types`, seen in `direction`. */
export interface LinkKey {
  id: string;
  types: readonly string[];
  direction: LinkDirection;
  /** Neo4j label the neighbour must carry (e.g. "Cause"); null for any entity. */
  label: string | null;
  /** The stored properties its selection needs read. */
  fields: LinkFields;
}

/**
 * The node properties a read returns besides id, name and labels: the kind always (it says which
 * GraphQL type the node is), then those the selection needs. Link lists, neighbourhoods and list pages.
 */
export function nodePropsToRead(selected: readonly string[]): string[] {
  return [...new Set(["kind", ...selected])];
}

/** A node read as its id, name and labels and the values of `nodeProps` (in that order), as an entity record. */
export function toReadEntity(
  nodeProps: readonly string[],
  row: { id: string; name: string; labels: string[]; node: readonly unknown[] },
): EntityRecord {
  return toEntityRecord(withValues({ id: row.id, name: row.name, labels: row.labels }, nodeProps, row.node));
}

/** A neighbour and the relationship that joins it to the entity asking. */
export interface LinkRecord {
  /** `<asking id>/<relation id>` (see link.type.ts). */
  id: string;
  entity: EntityRecord;
  relation: RelationRecord;
  direction: LinkDirection.OUTGOING | LinkDirection.INCOMING;
}

/** A row of a link query (links/by-keys.cypher), for the key at `position` of its `$keys`. */
export interface LinkRow {
  position: number;
  /** True when the relationship leaves the key's entity. */
  out: boolean;
  type: string;
  /** The neighbour's id, name and labels. */
  id: string;
  name: string;
  labels: string[];
  /** Values of the key's `nodeProps` and `relProps`, in that order. */
  node: unknown[];
  relation: unknown[];
}

/** Same key, same string: types sorted so ["A","B"] and ["B","A"] share one cache entry. */
export function linkKeyString(key: LinkKey): string {
  const { fields } = key;
  return JSON.stringify([key.id, [...key.types].sort(), key.direction, key.label, fields.node, fields.relation]);
}

/** A row read for `key` (the key's id, and the property names sent with it) as a link record. */
export function toLinkRecord(
  key: { id: string; nodeProps: readonly string[]; relProps: readonly string[] },
  row: LinkRow,
): LinkRecord {
  const [from, to] = row.out ? [key.id, row.id] : [row.id, key.id];
  const relation = toRelationRecord(withValues({ type: row.type, from, to }, key.relProps, row.relation));
  const direction = row.out ? LinkDirection.OUTGOING : LinkDirection.INCOMING;
  const entity = toReadEntity(key.nodeProps, { id: row.id, name: row.name, labels: row.labels, node: row.node });
  return { id: `${key.id}/${relation.id}`, entity, relation, direction };
}

/** TREATED_BY and PREVENTED_BY links whose evidence says "no benefit" or "no usable answer" are not treatments. */
export const helps = (link: LinkRecord) => link.relation.outcome === null || link.relation.outcome === Outcome.BENEFIT;
