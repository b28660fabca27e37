import { Stage } from "../entity/contraindication-enums";

/** A relationship as the API passes it around; `from` and `to` follow the stored arrow. */
export interface RelationRecord {
  type: string;
  from: string;
  to: string;
  note: string | null;
  evidence: string | null;
  stage: Stage | null;
  sourceIds: string[];
}

/** What Cypher returns for a relationship: `r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}`. */
export interface RelationRow {
  type: string;
  from: string;
  to: string;
  note?: string | null;
  evidence?: string | null;
  stage?: string | null;
  sources?: string[] | null;
}

export function toRelationRecord(row: RelationRow): RelationRecord {
  return {
    type: row.type,
    from: row.from,
    to: row.to,
    note: row.note ?? null,
    evidence: row.evidence ?? null,
    stage: row.stage ? (row.stage.toUpperCase() as Stage) : null,
    sourceIds: row.sources ?? [],
  };
}
