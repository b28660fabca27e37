import { parseDocument } from "yaml";
import {
  describeAllowed,
  GROUP_TYPES,
  isAllowedTriple,
  OUTCOME_TYPES,
  isRelationType,
  RELATION_TYPES,
} from "../modules/graph";
import { isSlug } from "../util/ids";
import { readLocators } from "./citation-locators";
import { EntryReader, isPlainObject } from "./seed-fields";
import { readTechniqueFields } from "./seed-technique";
import {
  ADAPTATION_FIELDS,
  ENTITY_FILES,
  entityFields,
  EVIDENCE_LEVELS,
  OPTIONAL_FILES,
  OUTCOMES,
  PRESSURES,
  RELATIONSHIP_FIELDS,
  RELATIONSHIPS_FILE,
  relationshipKey,
  SCOPES,
  SEED_FILES,
  SEED_KIND_ENTITY_KIND,
  SEED_KINDS,
  SeedEntity,
  SeedFileText,
  SeedGraph,
  SeedKind,
  SeedAdaptation,
  SeedRelationship,
  SeedSource,
  SEVERITIES,
  SOURCE_FIELDS,
  SOURCE_TYPES,
  SOURCES_FILE,
  STAGES,
  URGENCIES,
} from "./seed-format";
import type { SeedProblem } from "./seed-problem";
import { nameCollisions, SAME_NAME_RULE } from "./name-collisions";

export interface SeedValidation {
  graph: SeedGraph;
  problems: SeedProblem[];
}

interface Located<T> {
  value: T;
  file: string;
  index: number;
}

/**
 * Checks a whole seed folder (its files' texts) without touching any database and reports every
 * problem at once: YAML syntax, fields, enums, slugs, duplicate ids in the one id space shared
 * by sources and entities, unknown references, and relationship kinds against ALLOWED_TRIPLES.
 */
export function validateSeed(files: SeedFileText[]): SeedValidation {
  const problems: SeedProblem[] = [];
  const texts = new Map(files.map((f) => [f.file, f.text]));
  for (const file of SEED_FILES) {
    const missing = !texts.has(file) || texts.get(file) === null;
    if (missing && !OPTIONAL_FILES.includes(file)) problems.push({ file, message: "file is missing" });
  }
  for (const file of texts.keys())
    if (!SEED_FILES.includes(file))
      problems.push({ file, message: `unknown seed file; expected ${SEED_FILES.join(", ")}` });

  const items = (file: string) => parseList(file, texts.get(file) ?? null, problems);
  const sources = items(SOURCES_FILE).flatMap((x) => located(x, readSource(reader(x, problems))));
  const entities = SEED_KINDS.flatMap((kind) =>
    items(ENTITY_FILES[kind]).flatMap((x) => located(x, readEntity(kind, reader(x, problems)))),
  );
  const relationships = items(RELATIONSHIPS_FILE).flatMap((x) => located(x, readRelationship(reader(x, problems))));

  // When a whole file could not be read, its ids would all look unknown: skip that noise.
  const complete = !problems.some((p) => p.index === undefined && SEED_FILES.includes(p.file));
  checkReferences({ sources, entities, relationships, problems, complete });
  checkCovers({ sources, entities, problems, complete });
  checkNames(entities, problems);
  const order = (p: SeedProblem) => (SEED_FILES.includes(p.file) ? SEED_FILES.indexOf(p.file) : SEED_FILES.length);
  problems.sort((a, b) => order(a) - order(b) || (a.index ?? -1) - (b.index ?? -1));
  return {
    graph: {
      sources: sources.map((s) => s.value),
      entities: entities.map((e) => e.value),
      relationships: relationships.map((r) => r.value),
    },
    problems,
  };
}

interface RawItem {
  file: string;
  index: number;
  raw: unknown;
}

function parseList(file: string, text: string | null, problems: SeedProblem[]): RawItem[] {
  if (text === null) return [];
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors)
      problems.push({ file, message: `YAML syntax: ${error.message.split("\n")[0].replace(/:$/, "")}` });
    return [];
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ file, message: "must be a YAML list of entries (each starting with '- ')" });
    return [];
  }
  return (value as unknown[]).map((raw, index) => ({ file, index, raw }));
}

/** An EntryReader for an item, or undefined (with a problem) when the item is not a map. */
function reader(item: RawItem, problems: SeedProblem[]): EntryReader | undefined {
  if (isPlainObject(item.raw)) return new EntryReader(item.raw, { file: item.file, index: item.index }, problems);
  problems.push({ file: item.file, index: item.index, message: "must be a map of fields" });
  return undefined;
}

function located<T>(item: RawItem, value: T | undefined): Located<T>[] {
  return value === undefined ? [] : [{ value, file: item.file, index: item.index }];
}

function readSource(r: EntryReader | undefined): SeedSource | undefined {
  if (!r) return undefined;
  const id = r.slug("id");
  r.setEntry(id);
  const source = {
    id,
    title: r.string("title", true),
    type: r.oneOf("type", SOURCE_TYPES, true),
    authors: r.string("authors", false),
    publisher: r.string("publisher", true),
    year: r.integer("year", 1000, 2999),
    url: r.url("url"),
    doi: r.pattern("doi", DOI, "a DOI like 10.1002/14651858.CD003528.pub2 (only when confirmed against the source)"),
    pmid: r.pattern("pmid", /^[1-9][0-9]{0,9}$/, 'a PubMed id: digits in quotes, like "12345678"'),
    isbn: r.isbn("isbn"),
    edition: r.string("edition", false),
    chapter: r.string("chapter", false),
    accessed: r.date("accessed"),
    reviewed: r.date("reviewed"),
    covers: r.stringList("covers", { required: true, check: coversMessage }),
  };
  // The evidence policy reads type, covers and (for a textbook) edition; reviewed dates the last check.
  if (!r.has("reviewed"))
    r.problem("reviewed", "is required: the date the citations were last checked against the source (YYYY-MM-DD)");
  if (source.type === "textbook" && !r.has("edition")) r.problem("edition", "is required for a textbook");
  r.unknownFields(SOURCE_FIELDS);
  return id === undefined ? undefined : (withoutUndefined(source) as SeedSource);
}

function readEntity(kind: SeedKind, r: EntryReader | undefined): SeedEntity | undefined {
  if (!r) return undefined;
  const id = r.slug("id");
  r.setEntry(id);
  const entity: Partial<SeedEntity> = {
    kind,
    id,
    name: r.string("name", true),
    synonyms: r.stringList("synonyms", {
      required: false,
      check: (s) => (s === s.toLowerCase() ? undefined : `synonym ${JSON.stringify(s)} must be lowercase`),
    }),
    summary: r.string("summary", true),
    category: r.string("category", false),
    alsoActsAs: r.stringList("alsoActsAs", { required: false, check: (k) => alsoActsAsMessage(kind, k) }) as SeedKind[],
    codes: r.codes("codes"),
  };
  if (kind === "contraindication") {
    entity.severity = r.oneOf("severity", SEVERITIES, true);
    entity.scope = r.oneOf("scope", SCOPES, true);
    entity.stage = r.oneOf("stage", STAGES, false);
    entity.question = r.string("question", false);
    entity.adaptation = readAdaptation(r);
    if (entity.severity === "PRECAUTION" && !r.has("adaptation")) {
      r.problem(
        "adaptation",
        "is required on a PRECAUTION: say how to adapt (pressure, position, avoid, maxMinutes, clearance, notes)",
      );
    }
  }
  readTechniqueFields(kind, r, entity);
  if (kind === "redFlag") {
    entity.urgency = r.oneOf("urgency", URGENCIES, true);
    entity.action = r.string("action", true);
  }
  r.unknownFields(entityFields(kind));
  return id === undefined ? undefined : (withoutUndefined(entity) as SeedEntity);
}

/** DOIs start with the directory indicator 10. and a registrant code, then a slash and a suffix. */
const DOI = /^10\.[0-9]{4,9}\/\S+$/;

function coversMessage(item: string): string | undefined {
  if (item === "*") return '"*" (covers everything) is refused: list the entity ids the source discusses';
  return isSlug(item) ? undefined : `${JSON.stringify(item)} must be an entity id`;
}

/** A precaution's adaptation: a map of the ADAPTATION_FIELDS. */
function readAdaptation(r: EntryReader): SeedAdaptation | undefined {
  const sub = r.map("adaptation");
  if (!sub) return undefined;
  const adaptation: SeedAdaptation = withoutUndefined({
    pressure: sub.oneOf("pressure", PRESSURES, false),
    position: sub.string("position", false),
    avoid: sub.has("avoid") ? sub.stringList("avoid", { required: true }) : undefined,
    maxMinutes: sub.integer("maxMinutes", 1, 600),
    clearance: sub.boolean("clearance"),
    notes: sub.string("notes", false),
  });
  sub.unknownFields(ADAPTATION_FIELDS);
  if (Object.keys(adaptation).length === 0)
    r.problem("adaptation", `must hold at least one of ${ADAPTATION_FIELDS.join(", ")}`);
  return adaptation;
}

/**
 * Only an ailment plays a second role, and only `cause`: a cause that is also an ailment belongs in
 * ailments.yaml, so every entity has one GraphQL type (an Ailment, which the Cause interface covers).
 */
function alsoActsAsMessage(kind: SeedKind, other: string): string | undefined {
  if (!(SEED_KINDS as readonly string[]).includes(other))
    return `unknown kind ${JSON.stringify(other)}; kinds: ${SEED_KINDS.join(", ")}`;
  if (other === kind) return `${other} is already this entity's kind (its file)`;
  if (kind === "cause" && other === "ailment") {
    return "a cause that is also an ailment is an ailment first: move it to ailments.yaml with alsoActsAs: [cause]";
  }
  if (kind === "ailment") return other === "cause" ? undefined : "an ailment may also act as a cause, and nothing else";
  return `only an ailment may play a second role (cause); a ${kind} plays no other`;
}

function readRelationship(r: EntryReader | undefined): SeedRelationship | undefined {
  if (!r) return undefined;
  const from = r.slug("from");
  const to = r.slug("to");
  const typeText = r.string("type", true);
  r.setEntry(relationshipKey({ from: from ?? "?", type: typeText ?? "?", to: to ?? "?" }));
  const type = typeText !== undefined && isRelationType(typeText) ? typeText : undefined;
  if (typeText !== undefined && !type)
    r.problem("type", `unknown relationship type ${JSON.stringify(typeText)}; types: ${RELATION_TYPES.join(", ")}`);
  const relationship = {
    from,
    type,
    to,
    note: r.string("note", true),
    evidence: r.oneOf("evidence", EVIDENCE_LEVELS, true),
    outcome: r.oneOf("outcome", OUTCOMES, false),
    stage: r.oneOf("stage", STAGES, false),
    group: r.has("group") ? r.slug("group") : undefined,
    severity: r.oneOf("severity", SEVERITIES, false),
    sources: r.stringList("sources", { required: true }),
    locators: undefined as Record<string, string> | undefined,
  };
  relationship.locators = readLocators(r.value("locators"), relationship.sources, (m) => r.problem("locators", m));
  r.unknownFields(RELATIONSHIP_FIELDS);
  if (type && relationship.outcome && !OUTCOME_TYPES.includes(type))
    r.problem("outcome", `only ${OUTCOME_TYPES.join(" and ")} carry an outcome`);
  if (type && relationship.group && !GROUP_TYPES.includes(type))
    r.problem("group", `only ${GROUP_TYPES.join(" and ")} carry a group`);
  if (type && relationship.severity && type !== "CONTRAINDICATED_BY")
    r.problem("severity", "only CONTRAINDICATED_BY carries a severity");
  return from === undefined || to === undefined || type === undefined
    ? undefined
    : (withoutUndefined(relationship) as SeedRelationship);
}

/** Two names a reader cannot tell apart (one nameKey) cannot both load: Neo4j keeps the key unique. */
function checkNames(entities: Located<SeedEntity>[], problems: SeedProblem[]): void {
  const byId = new Map(entities.map((e) => [e.value.id, e]));
  for (const { ids } of nameCollisions(entities.map((e) => e.value))) {
    const [first, ...others] = ids.map((id) => byId.get(id)!);
    for (const { file, index, value } of others) {
      const message = `${JSON.stringify(value.name)} is the same name as ${JSON.stringify(first.value.name)} of ${first.value.id} (${first.file} #${first.index}); ${SAME_NAME_RULE}`;
      problems.push({ file, index, entry: value.id, field: "name", message });
    }
  }
}

function checkReferences({
  sources,
  entities,
  relationships,
  problems,
  complete,
}: {
  sources: Located<SeedSource>[];
  entities: Located<SeedEntity>[];
  relationships: Located<SeedRelationship>[];
  problems: SeedProblem[];
  /** False when a file could not be read: unknown ids are then not reported. */
  complete: boolean;
}): void {
  const ids = new Map<string, Located<SeedSource | SeedEntity>>();
  for (const item of [...sources, ...entities]) {
    const first = ids.get(item.value.id);
    if (first)
      problems.push({
        file: item.file,
        index: item.index,
        entry: item.value.id,
        field: "id",
        message: `duplicate id; already used in ${first.file} #${first.index}`,
      });
    else ids.set(item.value.id, item);
  }
  const kindsOf = (id: string) => {
    const node = ids.get(id)?.value;
    return node && "kind" in node
      ? [node.kind, ...node.alsoActsAs].filter((k) => k in SEED_KIND_ENTITY_KIND).map((k) => SEED_KIND_ENTITY_KIND[k])
      : undefined;
  };
  const seen = new Map<string, number>();
  let unlisted = 0;
  for (const { value: rel, file, index } of relationships) {
    const entry = relationshipKey(rel);
    const problem = (field: string, message: string) => problems.push({ file, index, entry, field, message });
    for (const field of ["from", "to"] as const) {
      const id = rel[field];
      if (!ids.has(id)) {
        if (complete) problem(field, `unknown id ${JSON.stringify(id)}`);
        else unlisted += 1;
      } else if (!kindsOf(id)) problem(field, `${JSON.stringify(id)} is a source, not an entity`);
    }
    for (const id of rel.sources) {
      if (!ids.has(id)) {
        if (complete) problem("sources", `unknown source id ${JSON.stringify(id)}`);
        else unlisted += 1;
      } else if (kindsOf(id)) problem("sources", `${JSON.stringify(id)} is an entity, not a source`);
    }
    const fromKinds = kindsOf(rel.from);
    const toKinds = kindsOf(rel.to);
    if (fromKinds && toKinds && !isAllowedTriple({ type: rel.type, fromKinds, toKinds })) {
      const words = (kinds: string[]) => kinds.join("/").toLowerCase().replace(/_/g, " ");
      problem("type", `${rel.type} joins ${describeAllowed(rel.type)}, not ${words(fromKinds)} -> ${words(toKinds)}`);
    }
    if (rel.from === rel.to) problem("to", "a relationship cannot join a node to itself");
    const twin = seen.get(entry);
    if (twin !== undefined) problem("type", `duplicate relationship; already at ${file} #${twin}`);
    else seen.set(entry, index);
  }
  if (unlisted > 0) {
    problems.push({
      file: RELATIONSHIPS_FILE,
      message: `${unlisted} reference(s) to ids not found are not listed, because a seed file could not be read; fix that first`,
    });
  }
}

/** `covers` names entities: every id must be one (sources cannot cover sources). */
function checkCovers({
  sources,
  entities,
  problems,
  complete,
}: {
  sources: Located<SeedSource>[];
  entities: Located<SeedEntity>[];
  problems: SeedProblem[];
  complete: boolean;
}): void {
  if (!complete) return;
  const entityIds = new Set(entities.map((e) => e.value.id));
  for (const { value: source, file, index } of sources) {
    const covers = source.covers ?? [];
    const problem = (message: string) => problems.push({ file, index, entry: source.id, field: "covers", message });
    for (const id of covers) if (isSlug(id) && !entityIds.has(id)) problem(`unknown entity id ${JSON.stringify(id)}`);
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
