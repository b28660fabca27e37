import { EntityKind } from "../modules/entity";
import { EVIDENCE_GRADES } from "../modules/graph";
import type { RelationType, SeedOutcome } from "../modules/graph";
import type { SourceType } from "../modules/source";

/**
 * The seed/ folder format (documented in seed/README.md) as data: files, kinds, fields in the
 * order the files write them, and the allowed values. Validator, loader and export all read it.
 */
export const SEED_KINDS = ["ailment", "cause", "therapy", "contraindication", "redFlag"] as const;
export type SeedKind = (typeof SEED_KINDS)[number];

export const SEED_KIND_ENTITY_KIND: Record<SeedKind, EntityKind> = {
  ailment: EntityKind.AILMENT,
  cause: EntityKind.CAUSE,
  therapy: EntityKind.THERAPY,
  contraindication: EntityKind.CONTRAINDICATION,
  redFlag: EntityKind.RED_FLAG,
};

export const ENTITY_FILES: Record<SeedKind, string> = {
  ailment: "ailments.yaml",
  cause: "causes.yaml",
  therapy: "therapies.yaml",
  contraindication: "contraindications.yaml",
  redFlag: "red-flags.yaml",
};
/** Files added after the first format: a folder without them still loads (as if they held no entry). */
export const OPTIONAL_FILES: readonly string[] = ["red-flags.yaml"];
export const SOURCES_FILE = "sources.yaml";
export const RELATIONSHIPS_FILE = "relationships.yaml";
/** Every file of a seed folder, in the order problems are reported and files are written. */
export const SEED_FILES = [SOURCES_FILE, ...SEED_KINDS.map((k) => ENTITY_FILES[k]), RELATIONSHIPS_FILE];

/** Field order of each entry; also the set of known fields (anything else is a typo). */
const ENTITY_FIELDS = ["id", "name", "synonyms", "summary", "category", "alsoActsAs", "codes"] as const;
const CONTRAINDICATION_FIELDS = [
  ...ENTITY_FIELDS,
  "severity",
  "scope",
  "stage",
  "question",
  "adaptation",
  "restricts",
] as const;
/** Ailments add where the complaint is and whether it is a mechanism (a theory node, not a complaint). */
const AILMENT_FIELDS = [...ENTITY_FIELDS, "regions", "mechanism"] as const;
/** Therapies add what the technique is: its defining pressure, the regions it works on, a thermal agent. */
const THERAPY_FIELDS = [...ENTITY_FIELDS, "pressure", "regions", "thermal"] as const;
/** What a contraindication forbids besides a pressure above its adaptation's: regions and thermal agents. */
export const RESTRICTS_FIELDS = ["regions", "thermal"] as const;
const RED_FLAG_FIELDS = [...ENTITY_FIELDS, "urgency", "action"] as const;
export const ADAPTATION_FIELDS = ["pressure", "position", "avoid", "maxMinutes", "clearance", "notes"] as const;
export const SOURCE_FIELDS = [
  "id",
  "title",
  "type",
  "authors",
  "publisher",
  "year",
  "url",
  "doi",
  "pmid",
  "isbn",
  "edition",
  "chapter",
  "accessed",
  "reviewed",
  "covers",
] as const;
export const RELATIONSHIP_FIELDS = [
  "from",
  "type",
  "to",
  "note",
  "evidence",
  "outcome",
  "stage",
  "group",
  "severity",
  "sources",
] as const;

/** The fields each kind's file holds, in order. */
export function entityFields(kind: SeedKind): readonly string[] {
  if (kind === "contraindication") return CONTRAINDICATION_FIELDS;
  if (kind === "redFlag") return RED_FLAG_FIELDS;
  if (kind === "ailment") return AILMENT_FIELDS;
  if (kind === "therapy") return THERAPY_FIELDS;
  return ENTITY_FIELDS;
}

/** "red-flag" for redFlag: the kind's part in file names (cypher/queries/seed/label-red-flag.cypher). */
export function kindSlug(kind: SeedKind): string {
  return kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export const SEVERITIES = ["ABSOLUTE", "PRECAUTION"] as const;
export const SCOPES = ["GENERAL", "LOCAL"] as const;
export const STAGES = ["acute", "subacute", "chronic", "any"] as const;
/** The API's Evidence enum and the seed files share one list. */
export const EVIDENCE_LEVELS = EVIDENCE_GRADES;
export { SOURCE_TYPES } from "../modules/source";
export const URGENCIES = ["EMERGENCY", "SAME_DAY", "SOON"] as const;
export const PRESSURES = ["light", "moderate", "usual"] as const;
export const TECHNIQUE_PRESSURES = ["light", "moderate", "deep"] as const;
export const REGIONS = [
  "whole-body",
  "head",
  "neck",
  "chest",
  "abdomen",
  "back",
  "arms",
  "hands",
  "legs",
  "feet",
  "lesion",
] as const;
export const THERMAL_AGENTS = ["heat", "cold"] as const;
export { SEED_OUTCOMES as OUTCOMES } from "../modules/graph";

export interface SeedSource {
  id: string;
  title: string;
  type?: SourceType;
  authors?: string;
  publisher: string;
  year?: number;
  url?: string;
  doi?: string;
  pmid?: string;
  /** ISBN-10 or ISBN-13, digits only (an ISBN-10 may end in X), checksum verified. */
  isbn?: string;
  edition?: string;
  chapter?: string;
  /** YYYY-MM-DD: the date a web page was read. */
  accessed?: string;
  /** YYYY-MM-DD: the date the project last checked its citations against the source. */
  reviewed?: string;
  /** Entity ids the source discusses, or ["*"] for a general reference. */
  covers?: string[];
}

export interface SeedAdaptation {
  pressure?: (typeof PRESSURES)[number];
  position?: string;
  avoid?: string[];
  maxMinutes?: number;
  clearance?: boolean;
  notes?: string;
}

export interface SeedRestricts {
  regions?: (typeof REGIONS)[number][];
  thermal?: (typeof THERMAL_AGENTS)[number][];
}

export interface SeedEntity {
  /** The primary kind: the file the entity sits in. */
  kind: SeedKind;
  id: string;
  name: string;
  synonyms: string[];
  summary: string;
  category?: string;
  alsoActsAs: SeedKind[];
  /** External codes by system, e.g. { icd10: "I10" }; stored in Neo4j as ["icd10:I10"]. */
  codes: Record<string, string>;
  severity?: (typeof SEVERITIES)[number];
  scope?: (typeof SCOPES)[number];
  stage?: (typeof STAGES)[number];
  question?: string;
  adaptation?: SeedAdaptation;
  restricts?: SeedRestricts;
  /** Therapies: the defining pressure; ailments and therapies: regions (where it is / where it works). */
  pressure?: (typeof TECHNIQUE_PRESSURES)[number];
  regions?: (typeof REGIONS)[number][];
  thermal?: (typeof THERMAL_AGENTS)[number];
  mechanism?: boolean;
  urgency?: (typeof URGENCIES)[number];
  action?: string;
}

export interface SeedRelationship {
  from: string;
  type: RelationType;
  to: string;
  note: string;
  evidence: (typeof EVIDENCE_LEVELS)[number];
  outcome?: SeedOutcome;
  stage?: (typeof STAGES)[number];
  group?: string;
  /** CONTRAINDICATED_BY only: ABSOLUTE when the source says this therapy is not given at all in that state. */
  severity?: (typeof SEVERITIES)[number];
  sources: string[];
}

export interface SeedGraph {
  sources: SeedSource[];
  entities: SeedEntity[];
  relationships: SeedRelationship[];
}

/** The text of one seed file; null when the file is missing. */
export interface SeedFileText {
  file: string;
  text: string | null;
}

export { relationshipKey } from "../modules/graph";

/** The canonical order of each file: entities by id, relationships by from, type, to. */
export function sortSeedGraph(graph: SeedGraph): SeedGraph {
  const byId = (a: { id: string }, b: { id: string }) => compare(a.id, b.id);
  return {
    sources: [...graph.sources].sort(byId),
    entities: [...graph.entities].sort(byId),
    relationships: [...graph.relationships].sort(
      (a, b) => compare(a.from, b.from) || compare(a.type, b.type) || compare(a.to, b.to),
    ),
  };
}

/** Plain code-unit order, independent of the machine's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
