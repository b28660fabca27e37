import { Stage } from "../entity/contraindication-enums";
import { isRelationType } from "./relation-type";
import { OUTCOME_TYPES } from "./allowed-triples";
import { Outcome, outcomeOfStored } from "./outcome.enum";

/** A relationship as the API passes it around; `from` and `to` follow the stored arrow. */
export interface RelationRecord {
  type: string;
  from: string;
  to: string;
  note: string | null;
  evidence: string | null;
  stage: Stage | null;
  /** TREATED_BY and PREVENTED_BY: BENEFIT unless stored otherwise; null on other types. */
  outcome: Outcome | null;
  /** PRESENTS_AS: states of one ailment sharing a group exclude each other. */
  group: string | null;
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
  outcome?: string | null;
  group?: string | null;
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
    outcome: outcomeOfStored(row.outcome) ?? (isRelationType(row.type) && OUTCOME_TYPES.includes(row.type) ? Outcome.BENEFIT : null),
    group: row.group ?? null,
    sourceIds: row.sources ?? [],
  };
}
