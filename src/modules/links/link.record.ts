import { EntityRecord, NodeRow, toEntityRecord } from "../entity";
import { RelationRecord, RelationRow, toRelationRecord } from "../graph";
import { Outcome } from "../graph";
import { LinkDirection } from "./link-direction.enum";

/** What the link loader is asked: the neighbours of `id` along `types`, seen in `direction`. */
export interface LinkKey {
  id: string;
  types: readonly string[];
  direction: LinkDirection;
  /** Neo4j label the neighbour must carry (e.g. "Cause"); null for any entity. */
  label: string | null;
}

/** A neighbour and the relationship that joins it to the entity asking. */
export interface LinkRecord {
  /** `<asking id>/<relation id>` (see link.type.ts). */
  id: string;
  entity: EntityRecord;
  relation: RelationRecord;
  direction: LinkDirection.OUTGOING | LinkDirection.INCOMING;
}

export interface LinkRow {
  /** Which of the query's keys the row answers (its index in `$keys`). */
  position: number;
  node: NodeRow;
  relation: RelationRow;
}

/** Same key, same string: types sorted so ["A","B"] and ["B","A"] share one cache entry. */
export function linkKeyString(key: LinkKey): string {
  return JSON.stringify([key.id, [...key.types].sort(), key.direction, key.label]);
}

export function toLinkRecord(askingId: string, row: LinkRow): LinkRecord {
  const relation = toRelationRecord(row.relation);
  const direction = relation.from === askingId ? LinkDirection.OUTGOING : LinkDirection.INCOMING;
  return { id: `${askingId}/${relation.id}`, entity: toEntityRecord(row.node), relation, direction };
}

/** TREATED_BY and PREVENTED_BY links whose evidence says "no benefit" or "no usable answer" are not treatments. */
export const helps = (link: LinkRecord) => link.relation.outcome === null || link.relation.outcome === Outcome.BENEFIT;
