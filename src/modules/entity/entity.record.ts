import { ContraindicationScope, ContraindicationSeverity, Stage } from "./contraindication-enums";
import { EntityKind, kindOfLabel } from "./entity-kind.enum";

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
  updatedAt: string | null;
  updatedBy: string | null;
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
  updatedAt?: string | null;
  updatedBy?: string | null;
}

const KIND_ORDER = [EntityKind.AILMENT, EntityKind.CAUSE, EntityKind.THERAPY, EntityKind.CONTRAINDICATION];

export function toEntityRecord(row: NodeRow): EntityRecord {
  const roles = row.labels.map(kindOfLabel).filter((k): k is EntityKind => k !== undefined);
  roles.sort((a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b));
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
    updatedAt: row.updatedAt ?? null,
    updatedBy: row.updatedBy ?? null,
  };
}
