import { EntityRecord, NodeRow, toEntityRecord } from "../entity";
import { RelationRecord, RelationRow, toRelationRecord } from "./relation.record";
import { isRelationType, RELATION_PHRASES } from "./relation-type";

export interface GraphPathRecord {
  id: string;
  nodes: EntityRecord[];
  relationships: RelationRecord[];
  length: number;
  explanation: string;
}

/**
 * A path's id: where it starts, then its relations' ids (`a/a:CAUSED_BY:b/b:TREATED_BY:c`). The
 * start says which way a path walks its relations; a path of one node is that node's id.
 */
function pathId(nodes: readonly EntityRecord[], relationships: readonly RelationRecord[]): string {
  return [nodes[0]?.id ?? "", ...relationships.map((r) => r.id)].join("/");
}

/** "Muscle spasm is caused by Stress, which is treated by Relaxation massage." */
function explainPath(nodes: EntityRecord[], relationships: RelationRecord[]): string {
  if (nodes.length === 0) return "";
  if (relationships.length === 0) return `${nodes[0].name}.`;
  const parts = relationships.map((relation, i) => {
    const forward = relation.from === nodes[i].id;
    const phrases = isRelationType(relation.type)
      ? RELATION_PHRASES[relation.type]
      : { forward: relation.type, backward: relation.type };
    const verb = forward ? phrases.forward : phrases.backward;
    return `${i === 0 ? "" : ", which "}${verb} ${nodes[i + 1].name}`;
  });
  return `${nodes[0].name} ${parts.join("")}.`;
}

export function toPathRecord(nodes: EntityRecord[], relationships: RelationRecord[]): GraphPathRecord {
  return {
    id: pathId(nodes, relationships),
    nodes,
    relationships,
    length: relationships.length,
    explanation: explainPath(nodes, relationships),
  };
}

/** Builds a path from the rows of a Cypher path: `nodes(p)` and `relationships(p)` projected as in NodeRow / RelationRow. */
export function toGraphPathRecord(nodeRows: NodeRow[], relationRows: RelationRow[]): GraphPathRecord {
  return toPathRecord(nodeRows.map(toEntityRecord), relationRows.map(toRelationRecord));
}
