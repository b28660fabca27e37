import { KIND_LABEL } from "../modules/entity/entity-kind.enum";
import { nameKey } from "../util/name-key";
import { SEED_KIND_ENTITY_KIND, SEED_KINDS, SeedEntity, SeedKind, SeedRelationship, SeedSource } from "./seed-format";

/**
 * Seed entries as the property maps the loader writes. Every seed field is present, null when
 * the file leaves it out, so `SET n += props` also removes a field deleted from the files.
 */
export function sourceRow(s: SeedSource) {
  return { id: s.id, props: { title: s.title, publisher: s.publisher, url: s.url ?? null, year: s.year ?? null } };
}

export function entityRow(e: SeedEntity) {
  const codes = Object.entries(e.codes).map(([system, code]) => `${system}:${code}`);
  return {
    id: e.id,
    props: {
      kind: kindLabel(e.kind),
      name: e.name,
      nameKey: nameKey(e.name),
      synonyms: e.synonyms.length > 0 ? e.synonyms : null,
      summary: e.summary,
      category: e.category ?? null,
      codes: codes.length > 0 ? codes : null,
      severity: e.severity ?? null,
      scope: e.scope ?? null,
      stage: e.stage ?? null,
    },
  };
}

/** For each kind, every seed entity with whether it plays that kind (its file or alsoActsAs). */
export function labelRows(entities: SeedEntity[]): Record<SeedKind, { id: string; plays: boolean }[]> {
  const rows = (kind: SeedKind) => entities.map((e) => ({ id: e.id, plays: e.kind === kind || e.alsoActsAs.includes(kind) }));
  return Object.fromEntries(SEED_KINDS.map((k) => [k, rows(k)])) as Record<SeedKind, { id: string; plays: boolean }[]>;
}

export function relationshipRow(r: SeedRelationship) {
  return { from: r.from, to: r.to, props: { note: r.note, evidence: r.evidence, stage: r.stage ?? null, sources: r.sources } };
}

/** "Ailment" for "ailment": the Neo4j label and the `kind` property. */
export function kindLabel(kind: SeedKind): string {
  return KIND_LABEL[SEED_KIND_ENTITY_KIND[kind]];
}
