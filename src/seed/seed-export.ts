import type { Database } from "../db/database";
import { EntityKind, NodeRow, toEntityRecord } from "../modules/entity";
import { RELATION_TYPES } from "../modules/graph";
import { locatorsFromStored } from "./citation-locators";
import { SEED_TIMEOUT_MS } from "./seed-load";
import {
  RELATIONSHIP_FIELDS,
  SEED_KIND_ENTITY_KIND,
  SEED_KINDS,
  SeedAdaptation,
  SeedRestricts,
  SeedEntity,
  SeedGraph,
  SeedKind,
  SeedRelationship,
  SeedSource,
  SOURCE_FIELDS,
} from "./seed-format";

const KIND_OF_ENTITY_KIND = new Map(SEED_KINDS.map((k) => [SEED_KIND_ENTITY_KIND[k], k]));
const seedKind = (kind: EntityKind): SeedKind => KIND_OF_ENTITY_KIND.get(kind) as SeedKind;

/** Reads the whole graph (sources, entities, model relationships) in one read transaction, in seed shape. */
export async function readGraph(db: Database): Promise<SeedGraph> {
  return db.read(
    "seed.export",
    async (tx) => {
      const rows = async (name: string, column: string, params = {}) =>
        (await tx.rows(name, params)).map((row) => row[column] as Record<string, unknown>);
      return {
        sources: (await rows("seed/export-sources", "source")).map(toSeedSource),
        entities: (await rows("seed/export-entities", "node")).map((row) => toSeedEntity(row as unknown as NodeRow)),
        relationships: (await rows("seed/export-relationships", "relation", { types: RELATION_TYPES })).map(
          toSeedRelationship,
        ),
      };
    },
    { timeoutMs: SEED_TIMEOUT_MS },
  );
}

function toSeedSource(row: Record<string, unknown>): SeedSource {
  const fields = SOURCE_FIELDS.map((field): [string, unknown] => [field, row[field]]);
  return omitNull<SeedSource>(Object.fromEntries(fields));
}

function toSeedEntity(row: NodeRow): SeedEntity {
  const record = toEntityRecord(row);
  const codes = Object.fromEntries(record.codes.map((c) => [c.slice(0, c.indexOf(":")), c.slice(c.indexOf(":") + 1)]));
  return omitNull<SeedEntity>({
    kind: seedKind(record.kind),
    id: record.id,
    name: record.name,
    synonyms: record.synonyms,
    summary: record.summary,
    category: record.category,
    alsoActsAs: record.roles.slice(1).map(seedKind),
    codes,
    severity: row.severity,
    scope: row.scope,
    // The seed writes stages in lowercase, as stored.
    stage: row.stage,
    question: row.question,
    adaptation: toSeedAdaptation(row),
    restricts: toSeedRestricts(row),
    pressure: row.pressure,
    regions: row.regions,
    thermal: row.thermal,
    mechanism: row.mechanism,
    urgency: row.urgency,
    action: row.action,
  });
}

function toSeedAdaptation(row: NodeRow): SeedAdaptation | null {
  const adaptation = omitNull<SeedAdaptation>({
    pressure: row.adaptationPressure,
    position: row.adaptationPosition,
    avoid: row.adaptationAvoid,
    maxMinutes: row.adaptationMaxMinutes,
    clearance: row.adaptationClearance,
    notes: row.adaptationNotes,
  });
  return Object.keys(adaptation).length > 0 ? adaptation : null;
}

function toSeedRestricts(row: NodeRow): SeedRestricts | null {
  const restricts = omitNull<SeedRestricts>({ regions: row.restrictsRegions, thermal: row.restrictsThermal });
  return Object.keys(restricts).length > 0 ? restricts : null;
}

function toSeedRelationship(row: Record<string, unknown>): SeedRelationship {
  const fields = RELATIONSHIP_FIELDS.map((field): [string, unknown] => [field, row[field]]);
  const sources = (row.sources as string[] | null) ?? [];
  const locators = locatorsFromStored(row.locators, sources) ?? null;
  return omitNull<SeedRelationship>({ ...Object.fromEntries(fields), sources, locators });
}

/** Absent (null) properties become absent fields. */
function omitNull<T>(value: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}
