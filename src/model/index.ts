/**
 * The model of the graph: every entity kind and relationship type declared once, read by the
 * GraphQL types, the seed format and loader, curation, the catalog and the Cypher templates.
 * Plain data: it imports nothing, so every layer above may read it.
 */
export { ENTITY_KINDS, KIND_LABEL, KINDS, kindOfLabel, seedKey } from "./kinds";
export type { EntityKind, KindDeclaration } from "./kinds";
export { GROUP_TYPES, OUTCOME_TYPES, RELATION_TYPES, RELATIONS, isRelationType } from "./relations";
export type { RelationDeclaration, RelationType } from "./relations";
export { extendModel, sealModel } from "./extend";
export {
  EVIDENCE_GRADES,
  PRESSURES,
  REGIONS,
  SCOPES,
  SEED_OUTCOMES,
  SEVERITIES,
  SOURCE_TYPES,
  STAGES,
  TECHNIQUE_PRESSURES,
  THERMAL_AGENTS,
  URGENCIES,
} from "./values";
export type { EvidenceGrade, SeedOutcome, SourceType } from "./values";
