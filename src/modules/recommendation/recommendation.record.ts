import type { EntityRecord, NodeRow, Stage, BodyRegion } from "../entity";
import type { GraphPathRecord, Outcome, RelationRecord, RelationRow } from "../graph";

/** How a path reaches a therapy from a requested ailment (see candidates.cypher). */
export type PathKind = "DIRECT" | "CAUSE" | "SECONDARY";

/** One row of recommendation/candidates: a therapy, the paths reaching it, the contraindications bearing on it. */
export interface CandidateRow {
  therapy: NodeRow;
  paths: { kind: PathKind; ailment: { id: string }; nodes: NodeRow[]; relationships: RelationRow[] }[];
  bearing: BearingRow[];
}

interface BearingRow {
  contraindication: NodeRow;
  /** The therapy carrying the CONTRAINDICATED_BY link: the candidate itself or a part it INCLUDES. */
  via: string;
  viaName: string;
  note: string | null;
  /** The link's own severity: ABSOLUTE when the source says this therapy is not given at all in that state. */
  severity: string | null;
}

/** One row of recommendation/situation: an entity of the situation, its states and its red flags. */
export interface SituationRow {
  id: string;
  states: { state: NodeRow; stage: string | null; group: string | null }[];
  redFlags: { flag: NodeRow; suggests: NodeRow[] }[];
}

/** One row of recommendation/states: a contraindication (a state of the person) and its red flags. */
export interface StateRow {
  state: NodeRow;
  redFlags: { flag: NodeRow; suggests: NodeRow[] }[];
}

/** One row of recommendation/evidence-against: a TREATED_BY or PREVENTED_BY link whose outcome is not a benefit. */
export interface EvidenceAgainstRow {
  therapy: NodeRow;
  subject: NodeRow;
  relation: RelationRow;
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
  /** Ids of the questions whose answer changes this recommendation. */
  dependsOn: string[];
}

export interface ExcludedTherapyRecord {
  therapy: EntityRecord;
  addresses: EntityRecord[];
  because: EntityRecord[];
  reasons: string[];
}

type QuestionKind = "STATE" | "STAGE" | "SITE";

export interface QuestionRecord {
  id: string;
  kind: QuestionKind;
  text: string;
  /** STATE: the state asked about. */
  state: EntityRecord | null;
  /** The ailments (or causes) of the situation the question concerns. */
  about: EntityRecord[];
  /** STAGE: the stages to choose from. */
  stages: Stage[];
  /** SITE: the regions to choose from. */
  regions: BodyRegion[];
  /** A screening question asked of everyone (docs/safety-policy.md, "Intake"). */
  intake: boolean;
  effect: string;
  therapies: EntityRecord[];
  /** How to answer, in words: the argument and the value to pass. */
  howToAnswer: string;
}

export interface RedFlagNoticeRecord {
  redFlag: EntityRecord;
  ailments: EntityRecord[];
  suggests: EntityRecord[];
}

export interface EvidenceAgainstRecord {
  therapy: EntityRecord;
  about: EntityRecord;
  outcome: Outcome;
  relation: RelationRecord;
}

export interface RecommendationsRecord {
  redFlags: RedFlagNoticeRecord[];
  questions: QuestionRecord[];
  items: TherapyRecommendationRecord[];
  conditional: TherapyRecommendationRecord[];
  excluded: ExcludedTherapyRecord[];
  notSupported: EvidenceAgainstRecord[];
  appliedConditions: EntityRecord[];
  disclaimer: string;
}
