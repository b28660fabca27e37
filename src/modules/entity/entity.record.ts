import { ENTITY_KINDS } from "../../model";
import { ContraindicationScope, ContraindicationSeverity, Pressure, Stage } from "./contraindication-enums";
import { EntityKind, kindOfLabel } from "./entity-kind.enum";
import type { RedFlagUrgency } from "./red-flag-urgency.enum";
import { BodyRegion, TechniquePressure, ThermalAgent, toEnumValue } from "./technique-enums";

/** An entity node as the API passes it around: plain data read from Neo4j. */
export interface EntityRecord {
  id: string;
  kind: EntityKind;
  roles: EntityKind[];
  name: string;
  synonyms: string[];
  summary: string;
  category: string | null;
  codes: string[];
  severity: ContraindicationSeverity | null;
  scope: ContraindicationScope | null;
  stage: Stage | null;
  /** Contraindications: a yes/no question in lay words for a state a person may or may not be in. */
  question: string | null;
  /** Precautions: how to adapt. */
  adaptation: AdaptationRecord | null;
  /** Therapies: the defining pressure and thermal agent; therapies and ailments: regions. */
  pressure: TechniquePressure | null;
  regions: BodyRegion[];
  thermal: ThermalAgent | null;
  /** Ailments: a mechanism or theory node, not a complaint a person picks. */
  mechanism: boolean;
  /** Contraindications: regions no technique may work on, and thermal agents forbidden, while the state holds. */
  restrictsRegions: BodyRegion[];
  restrictsThermal: ThermalAgent[];
  /** Red flags: how soon a doctor is needed, and what to do. */
  urgency: RedFlagUrgency | null;
  action: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** An entity with every optional property empty, named by its id unless `extra` says otherwise (tests). */
export function blankEntityRecord(id: string, roles: EntityKind[], extra: Partial<EntityRecord> = {}): EntityRecord {
  return {
    ...{ id, kind: roles[0], roles, name: id, synonyms: [], summary: "", category: null, codes: [] },
    ...{ severity: null, scope: null, stage: null, question: null, adaptation: null, urgency: null, action: null },
    ...{ pressure: null, regions: [], thermal: null, mechanism: false, restrictsRegions: [], restrictsThermal: [] },
    ...{ updatedAt: null, updatedBy: null },
    ...extra,
  };
}

/** How a precaution adapts a session; stored on the node as adaptationPressure, adaptationPosition... */
export interface AdaptationRecord {
  pressure: Pressure | null;
  position: string | null;
  avoid: string[];
  maxMinutes: number | null;
  clearance: boolean | null;
  notes: string | null;
}

/** The shape every Cypher query returns for a node: `node {.*, labels: labels(node)}`. */
export interface NodeRow {
  id: string;
  kind?: string;
  labels: string[];
  name: string;
  synonyms?: string[] | null;
  summary?: string | null;
  category?: string | null;
  codes?: string[] | null;
  severity?: string | null;
  scope?: string | null;
  stage?: string | null;
  question?: string | null;
  adaptationPressure?: string | null;
  adaptationPosition?: string | null;
  adaptationAvoid?: string[] | null;
  adaptationMaxMinutes?: number | null;
  adaptationClearance?: boolean | null;
  adaptationNotes?: string | null;
  pressure?: string | null;
  regions?: string[] | null;
  thermal?: string | null;
  mechanism?: boolean | null;
  restrictsRegions?: string[] | null;
  restrictsThermal?: string[] | null;
  urgency?: string | null;
  action?: string | null;
  updatedAt?: string | null;
  updatedBy?: string | null;
}

export function toEntityRecord(row: NodeRow): EntityRecord {
  const roles = row.labels.map(kindOfLabel).filter((k): k is EntityKind => k !== undefined);
  // Roles in the model's order (AILMENT first), whatever order Neo4j lists the labels in.
  roles.sort((a, b) => ENTITY_KINDS.indexOf(a) - ENTITY_KINDS.indexOf(b));
  const primary = (row.kind && kindOfLabel(row.kind)) || roles[0];
  if (!primary) throw new Error(`Node ${row.id} has no entity kind label`);
  return {
    id: row.id,
    kind: primary,
    roles: [primary, ...roles.filter((r) => r !== primary)],
    name: row.name,
    synonyms: row.synonyms ?? [],
    summary: row.summary ?? "",
    category: row.category ?? null,
    codes: row.codes ?? [],
    severity: (row.severity as ContraindicationSeverity | null) ?? null,
    scope: (row.scope as ContraindicationScope | null) ?? null,
    stage: row.stage ? (row.stage.toUpperCase() as Stage) : null,
    question: row.question ?? null,
    adaptation: toAdaptation(row),
    pressure: row.pressure ? (toEnumValue(row.pressure) as TechniquePressure) : null,
    regions: (row.regions ?? []).map((g) => toEnumValue(g) as BodyRegion),
    thermal: row.thermal ? (toEnumValue(row.thermal) as ThermalAgent) : null,
    mechanism: row.mechanism === true,
    restrictsRegions: (row.restrictsRegions ?? []).map((g) => toEnumValue(g) as BodyRegion),
    restrictsThermal: (row.restrictsThermal ?? []).map((t) => toEnumValue(t) as ThermalAgent),
    urgency: (row.urgency as RedFlagUrgency | null) ?? null,
    action: row.action ?? null,
    updatedAt: row.updatedAt ?? null,
    updatedBy: row.updatedBy ?? null,
  };
}

/** The stored adaptation* properties as one record; null when the node has none. */
function toAdaptation(row: NodeRow): AdaptationRecord | null {
  const adaptation = {
    pressure: row.adaptationPressure ? (row.adaptationPressure.toUpperCase() as Pressure) : null,
    position: row.adaptationPosition ?? null,
    avoid: row.adaptationAvoid ?? [],
    maxMinutes: row.adaptationMaxMinutes ?? null,
    clearance: row.adaptationClearance ?? null,
    notes: row.adaptationNotes ?? null,
  };
  const empty = Object.values(adaptation).every((v) => v === null || (Array.isArray(v) && v.length === 0));
  return empty ? null : adaptation;
}
