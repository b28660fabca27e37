import type { NodeRow } from "../../src/modules/entity";
import { toEntityRecord } from "../../src/modules/entity";
import type { RelationRow } from "../../src/modules/graph";
import { toRelationRecord } from "../../src/modules/graph";
import { LinkDirection } from "../../src/modules/links";
import type { LinkKey, LinkRecord } from "../../src/modules/links";

/*
 * The link reads as they were before typed branches and ordered link indexes, kept word for word as
 * the reference the product's reads must equal (test/integration/link-reads.test.ts, link-hub.test.ts):
 * every relationship of the node expanded, in both directions, once per list, filtered, sorted by the
 * neighbour's name then id then type, and cut; every property of the neighbour and of the relationship.
 */
export const BEFORE_BY_KEYS = `
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
CALL (n, key) {
  MATCH (n)-[r]-(m:Entity)
  WHERE type(r) IN key.types
    AND (key.direction = 'BOTH' OR (startNode(r) = n) = (key.direction = 'OUTGOING'))
    AND (key.label IS NULL OR key.label IN labels(m))
  RETURN r, m
  ORDER BY m.name, m.id, type(r)
  LIMIT toInteger($perEntity)
}
RETURN key.position AS position,
       m {.*, labels: labels(m)} AS node,
       r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS relation
LIMIT toInteger($maxRows)`;

export const BEFORE_WITH_LINKS = `
MATCH (n:Entity {id: $id})
CALL (n) {
  UNWIND $keys AS key
  CALL (n, key) {
    MATCH (n)-[r]-(m:Entity)
    WHERE type(r) IN key.types
      AND (key.direction = 'BOTH' OR (startNode(r) = n) = (key.direction = 'OUTGOING'))
      AND (key.label IS NULL OR key.label IN labels(m))
    RETURN r, m
    ORDER BY m.name, m.id, type(r)
    LIMIT toInteger($perEntity)
  }
  RETURN collect({
    position: key.position,
    node: m {.*, labels: labels(m)},
    relation: r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}
  }) AS links
}
RETURN n {.*, labels: labels(n)} AS node, links`;

/** The records the replaced statement's rows made (its toLinkRecord, as it was). */
export function beforeRecords(
  keys: readonly LinkKey[],
  rows: { position: number; node: NodeRow; relation: RelationRow }[],
) {
  const lists = keys.map((): LinkRecord[] => []);
  for (const { position, node, relation: row } of rows) {
    const relation = toRelationRecord(row);
    const askingId = keys[position].id;
    const direction = relation.from === askingId ? LinkDirection.OUTGOING : LinkDirection.INCOMING;
    lists[position].push({ id: `${askingId}/${relation.id}`, entity: toEntityRecord(node), relation, direction });
  }
  return lists;
}
