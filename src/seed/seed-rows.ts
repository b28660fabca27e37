import { KIND_LABEL } from "../modules/entity";
import { nameKey } from "../util/name-key";
import { storedLocators } from "./citation-locators";
import {
  SEED_KIND_ENTITY_KIND,
  SEED_KINDS,
  SeedAdaptation,
  SeedEntity,
  SeedKind,
  SeedRelationship,
  SeedSource,
} from "./seed-format";

/**
 * Seed entries as the property maps the loader writes. Every seed field is present, null when
 * the file leaves it out, so `SET n += props` also removes a field deleted from the files.
 */
export function sourceRow(s: SeedSource) {
  return {
    id: s.id,
    props: {
      title: s.title,
      type: s.type ?? null,
      authors: s.authors ?? null,
      publisher: s.publisher,
      year: s.year ?? null,
      url: s.url ?? null,
      doi: s.doi ?? null,
      pmid: s.pmid ?? null,
      isbn: s.isbn ?? null,
      edition: s.edition ?? null,
      chapter: s.chapter ?? null,
      accessed: s.accessed ?? null,
      reviewed: s.reviewed ?? null,
      covers: s.covers && s.covers.length > 0 ? s.covers : null,
    },
  };
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
      question: e.question ?? null,
      ...adaptationProps(e.adaptation),
      ...techniqueProps(e),
      urgency: e.urgency ?? null,
      action: e.action ?? null,
    },
  };
}

/** Technique fields as node properties; a contraindication's restricts flattened (restrictsRegions...). */
function techniqueProps(e: SeedEntity) {
  return {
    pressure: e.pressure ?? null,
    regions: e.regions && e.regions.length > 0 ? e.regions : null,
    thermal: e.thermal ?? null,
    mechanism: e.mechanism ?? null,
    restrictsRegions: e.restricts?.regions ?? null,
    restrictsThermal: e.restricts?.thermal ?? null,
  };
}

/** A nested adaptation as flat node properties (Neo4j properties cannot hold maps). */
function adaptationProps(a: SeedAdaptation | undefined) {
  return {
    adaptationPressure: a?.pressure ?? null,
    adaptationPosition: a?.position ?? null,
    adaptationAvoid: a?.avoid && a.avoid.length > 0 ? a.avoid : null,
    adaptationMaxMinutes: a?.maxMinutes ?? null,
    adaptationClearance: a?.clearance ?? null,
    adaptationNotes: a?.notes ?? null,
  };
}

/** For each kind, every seed entity with whether it plays that kind (its file or alsoActsAs). */
export function labelRows(entities: SeedEntity[]): Record<SeedKind, { id: string; plays: boolean }[]> {
  const rows = (kind: SeedKind) =>
    entities.map((e) => ({ id: e.id, plays: e.kind === kind || e.alsoActsAs.includes(kind) }));
  return Object.fromEntries(SEED_KINDS.map((k) => [k, rows(k)])) as Record<SeedKind, { id: string; plays: boolean }[]>;
}

export function relationshipRow(r: SeedRelationship) {
  const props = {
    note: r.note,
    evidence: r.evidence,
    outcome: r.outcome ?? null,
    stage: r.stage ?? null,
    group: r.group ?? null,
    severity: r.severity ?? null,
    practiceOnly: r.practiceOnly ?? null,
    sources: r.sources.length > 0 ? r.sources : null,
    locators: storedLocators(r.locators),
  };
  return { from: r.from, to: r.to, props };
}

/** "Ailment" for "ailment": the Neo4j label and the `kind` property. */
function kindLabel(kind: SeedKind): string {
  return KIND_LABEL[SEED_KIND_ENTITY_KIND[kind]];
}
