import { ENTITY_KINDS, KINDS, sealModel, seedKey } from "../model";
import { recordFields } from "../records";
import type {
  EntityKind,
  EVIDENCE_GRADES as EVIDENCE_LEVELS,
  KindDeclaration,
  PRESSURES,
  REGIONS,
  SCOPES,
  SeedOutcome,
  SEVERITIES,
  SourceType,
  STAGES,
  TECHNIQUE_PRESSURES,
  THERMAL_AGENTS,
  URGENCIES,
} from "../model";
import type { RelationType } from "../modules/graph";

/**
 * The seed/ folder format (documented in seed/README.md) as data: files, kinds, fields in the
 * order the files write them, and the allowed values. Validator, loader and export all read it.
 */
// The seed format is built from the model now: an extension after this would not be in it.
sealModel();

export type SeedKind = Uncapitalize<(typeof KINDS)[EntityKind]["label"]>;
/** The kinds by their seed spelling ("redFlag"), in the model's order (src/model/kinds.ts). */
export const SEED_KINDS = ENTITY_KINDS.map(seedKey) as SeedKind[];

export const SEED_KIND_ENTITY_KIND = Object.fromEntries(ENTITY_KINDS.map((k) => [seedKey(k), k])) as Record<
  SeedKind,
  EntityKind
>;

export const ENTITY_FILES = Object.fromEntries(ENTITY_KINDS.map((k) => [seedKey(k), KINDS[k].seedFile])) as Record<
  SeedKind,
  string
>;
/** Files added after the first format: a folder without them still loads (as if they held no entry). */
export const OPTIONAL_FILES: readonly string[] = ENTITY_KINDS.filter(
  (k) => (KINDS[k] as KindDeclaration).optionalSeedFile,
).map((k) => KINDS[k].seedFile);
export const SOURCES_FILE = "sources.yaml";
export const RELATIONSHIPS_FILE = "relationships.yaml";
/** Every file of a seed folder, in the order problems are reported and files are written. */
export const SEED_FILES = [SOURCES_FILE, ...SEED_KINDS.map((k) => ENTITY_FILES[k]), RELATIONSHIPS_FILE];

/** Field order of each entry; also the set of known fields (anything else is a typo). */
const ENTITY_FIELDS = ["id", "name", "synonyms", "summary", "category", "alsoActsAs", "codes"] as const;
/** The record rules' fields (src/records), in the order the files write them. */
export const ADAPTATION_FIELDS = recordFields.adaptation();
export const SOURCE_FIELDS = recordFields.source();
export const RELATIONSHIP_FIELDS = recordFields.relationship();

/** The fields each kind's file holds, in order: the common ones, then the kind's own (src/model/kinds.ts). */
export function entityFields(kind: SeedKind): readonly string[] {
  return [...ENTITY_FIELDS, ...KINDS[SEED_KIND_ENTITY_KIND[kind]].seedFields];
}

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
  /** Entity ids the source discusses ("*", covering everything, is refused). */
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
  /** No readable source carries the link: massage teaching or tradition, graded D, citing none (issue 27). */
  practiceOnly?: true;
  /** Empty only on a practice-only link (the file then writes no `sources`). */
  sources: string[];
  /** A cited source's chapter or page, by source id (src/seed/citation-locators.ts). */
  locators?: Record<string, string>;
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
