import type { EntityRecord, NodeRow } from "../entity/entity.record";
import type { GraphPathRecord } from "../graph/graph-path.record";
import type { RelationRow } from "../graph/relation.record";

/** How a path reaches a therapy from a requested ailment (see candidates.cypher). */
export type PathKind = "DIRECT" | "CAUSE" | "SECONDARY";

/** One row of recommendation/candidates: a therapy, the paths reaching it, the contraindications bearing on it. */
export interface CandidateRow {
  therapy: NodeRow;
  paths: { kind: PathKind; ailment: NodeRow; nodes: NodeRow[]; relationships: RelationRow[] }[];
  bearing: BearingRow[];
}

export interface BearingRow {
  contraindication: NodeRow;
  /** The therapy carrying the CONTRAINDICATED_BY link: the candidate itself or a part it INCLUDES. */
  via: string;
  viaName: string;
  note: string | null;
  /** Condition ids the person gave that apply this contraindication. */
  namedBy: string[];
  /** Requested ailment ids that may present as this contraindication. */
  stateOf: string[];
}

export interface ScoredPath {
  kind: PathKind;
  ailmentId: string;
  path: GraphPathRecord;
  /** Product of the evidence weights of the path's relationships. */
  strength: number;
}

export interface TherapyRecommendationRecord {
  therapy: EntityRecord;
  score: number;
  addresses: EntityRecord[];
  why: GraphPathRecord[];
  precautions: EntityRecord[];
  precautionNotes: string[];
}

export interface ExcludedTherapyRecord {
  therapy: EntityRecord;
  addresses: EntityRecord[];
  because: EntityRecord[];
  reasons: string[];
}

export interface RecommendationsRecord {
  items: TherapyRecommendationRecord[];
  excluded: ExcludedTherapyRecord[];
  appliedConditions: EntityRecord[];
  disclaimer: string;
}
