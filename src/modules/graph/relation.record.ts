import { Stage } from "../entity";
import { OUTCOME_TYPES } from "./allowed-triples";
import { EvidenceGrade, isEvidenceGrade } from "./evidence.enum";
import { Outcome, outcomeOfStored } from "./outcome.enum";
import { isRelationType, type RelationType } from "./relation-type";

/** A relationship as the API passes it around; `from` and `to` follow the stored arrow. */
export interface RelationRecord {
  /** Stable: the model holds one relationship per (from, type, to), so the key is the id. */
  id: string;
  type: RelationType;
  from: string;
  to: string;
  note: string | null;
  evidence: EvidenceGrade | null;
  stage: Stage | null;
  /** TREATED_BY and PREVENTED_BY: BENEFIT unless stored otherwise; null on other types. */
  outcome: Outcome | null;
  /** PRESENTS_AS: states of one ailment sharing a group exclude each other. */
  group: string | null;
  /** No readable source carries it: massage teaching or tradition, graded D, citing none (issue 27). */
  practiceOnly: boolean;
  sourceIds: string[];
  /** Where in a cited source the claim is found: `"<source id>: <chapter or page>"` as stored (seed `locators`). */
  locatorEntries: string[];
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
  practiceOnly?: boolean | null;
  sources?: string[] | null;
  locators?: string[] | null;
}

/**
 * One stored locator, `"<source id>: <chapter or page>"` (a relationship property cannot be a map; a
 * source id is a slug, so the first ": " ends it); null when the entry has no such separator.
 */
export function parseStoredLocator(entry: unknown): { sourceId: string; locator: string } | null {
  const colon = typeof entry === "string" ? entry.indexOf(": ") : -1;
  return colon > 0
    ? { sourceId: (entry as string).slice(0, colon), locator: (entry as string).slice(colon + 2) }
    : null;
}

/** `muscle-spasm:CAUSED_BY:stress`: readable, and unambiguous because slugs never hold a colon. */
export function relationId({ from, type, to }: { from: string; type: string; to: string }): string {
  return `${from}:${type}:${to}`;
}

const RELATION_ID = /^([a-z0-9]+(?:-[a-z0-9]+)*):([A-Z][A-Z_]*):([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The key a relation id names, or null when the text is not a relation id. */
export function parseRelationId(id: string): { from: string; type: string; to: string } | null {
  const match = id.length <= 300 ? RELATION_ID.exec(id) : null;
  return match ? { from: match[1], type: match[2], to: match[3] } : null;
}

export function toRelationRecord(row: RelationRow): RelationRecord {
  return {
    id: relationId(row),
    type: row.type as RelationType,
    from: row.from,
    to: row.to,
    note: row.note ?? null,
    evidence: isEvidenceGrade(row.evidence) ? row.evidence : null,
    stage: row.stage ? (row.stage.toUpperCase() as Stage) : null,
    outcome:
      outcomeOfStored(row.outcome) ??
      (isRelationType(row.type) && OUTCOME_TYPES.includes(row.type) ? Outcome.BENEFIT : null),
    group: row.group ?? null,
    practiceOnly: row.practiceOnly === true,
    sourceIds: row.sources ?? [],
    locatorEntries: row.locators ?? [],
  };
}
