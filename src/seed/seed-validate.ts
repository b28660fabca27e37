import { parseDocument } from "yaml";
import { describeAllowed, isAllowedTriple } from "../modules/graph/allowed-triples";
import { isRelationType, RELATION_TYPES } from "../modules/graph/relation-type";
import { EntryReader, isPlainObject } from "./seed-fields";
import {
  CONTRAINDICATION_FIELDS,
  ENTITY_FIELDS,
  ENTITY_FILES,
  EVIDENCE_LEVELS,
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
  SeedRelationship,
  SeedSource,
  SEVERITIES,
  SOURCE_FIELDS,
  SOURCES_FILE,
  STAGES,
} from "./seed-format";
import type { SeedProblem } from "./seed-problem";

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
  for (const file of SEED_FILES) if (!texts.has(file) || texts.get(file) === null) problems.push({ file, message: "file is missing" });
  for (const file of texts.keys()) if (!SEED_FILES.includes(file)) problems.push({ file, message: `unknown seed file; expected ${SEED_FILES.join(", ")}` });

  const items = (file: string) => parseList(file, texts.get(file) ?? null, problems);
  const sources = items(SOURCES_FILE).flatMap((x) => located(x, readSource(reader(x, problems))));
  const entities = SEED_KINDS.flatMap((kind) => items(ENTITY_FILES[kind]).flatMap((x) => located(x, readEntity(kind, reader(x, problems)))));
  const relationships = items(RELATIONSHIPS_FILE).flatMap((x) => located(x, readRelationship(reader(x, problems))));

  // When a whole file could not be read, its ids would all look unknown: skip that noise.
  const complete = !problems.some((p) => p.index === undefined && SEED_FILES.includes(p.file));
  checkReferences({ sources, entities, relationships, problems, complete });
  const order = (p: SeedProblem) => (SEED_FILES.includes(p.file) ? SEED_FILES.indexOf(p.file) : SEED_FILES.length);
  problems.sort((a, b) => order(a) - order(b) || (a.index ?? -1) - (b.index ?? -1));
  return {
    graph: { sources: sources.map((s) => s.value), entities: entities.map((e) => e.value), relationships: relationships.map((r) => r.value) },
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
    for (const error of doc.errors) problems.push({ file, message: `YAML syntax: ${error.message.split("\n")[0].replace(/:$/, "")}` });
    return [];
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ file, message: "must be a YAML list of entries (each starting with '- ')" });
    return [];
  }
  return value.map((raw, index) => ({ file, index, raw }));
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
  const source = { id, title: r.string("title", true), publisher: r.string("publisher", true), url: r.url("url"), year: r.integer("year", 1000, 2999) };
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
    synonyms: r.stringList("synonyms", { required: false, check: (s) => (s === s.toLowerCase() ? undefined : `synonym ${JSON.stringify(s)} must be lowercase`) }),
    summary: r.string("summary", true),
    category: r.string("category", false),
    alsoActsAs: r.stringList("alsoActsAs", { required: false, check: (k) => alsoActsAsMessage(kind, k) }) as SeedKind[],
    codes: r.codes("codes"),
  };
  if (kind === "contraindication") {
    entity.severity = r.oneOf("severity", SEVERITIES, true);
    entity.scope = r.oneOf("scope", SCOPES, true);
    entity.stage = r.oneOf("stage", STAGES, false);
    r.unknownFields(CONTRAINDICATION_FIELDS);
  } else {
    r.unknownFields(ENTITY_FIELDS);
  }
  return id === undefined ? undefined : (withoutUndefined(entity) as SeedEntity);
}

/**
 * Only an ailment plays a second role, and only `cause`: a cause that is also an ailment belongs in
 * ailments.yaml, so every entity has one GraphQL type (an Ailment, which the Cause interface covers).
 */
function alsoActsAsMessage(kind: SeedKind, other: string): string | undefined {
  if (!(SEED_KINDS as readonly string[]).includes(other)) return `unknown kind ${JSON.stringify(other)}; kinds: ${SEED_KINDS.join(", ")}`;
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
  if (typeText !== undefined && !type) r.problem("type", `unknown relationship type ${JSON.stringify(typeText)}; types: ${RELATION_TYPES.join(", ")}`);
  const relationship = {
    from,
    type,
    to,
    note: r.string("note", true),
    evidence: r.oneOf("evidence", EVIDENCE_LEVELS, true),
    stage: r.oneOf("stage", STAGES, false),
    sources: r.stringList("sources", { required: true }),
  };
  r.unknownFields(RELATIONSHIP_FIELDS);
  return from === undefined || to === undefined || type === undefined ? undefined : (withoutUndefined(relationship) as SeedRelationship);
}

function checkReferences({ sources, entities, relationships, problems, complete }: {
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
    if (first) problems.push({ file: item.file, index: item.index, entry: item.value.id, field: "id", message: `duplicate id; already used in ${first.file} #${first.index}` });
    else ids.set(item.value.id, item);
  }
  const kindsOf = (id: string) => {
    const node = ids.get(id)?.value;
    return node && "kind" in node ? [node.kind, ...node.alsoActsAs].filter((k) => k in SEED_KIND_ENTITY_KIND).map((k) => SEED_KIND_ENTITY_KIND[k]) : undefined;
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
      }
      else if (!kindsOf(id)) problem(field, `${JSON.stringify(id)} is a source, not an entity`);
    }
    for (const id of rel.sources) {
      if (!ids.has(id)) {
        if (complete) problem("sources", `unknown source id ${JSON.stringify(id)}`);
        else unlisted += 1;
      }
      else if (kindsOf(id)) problem("sources", `${JSON.stringify(id)} is an entity, not a source`);
    }
    const fromKinds = kindsOf(rel.from);
    const toKinds = kindsOf(rel.to);
    if (fromKinds && toKinds && !isAllowedTriple({ type: rel.type, fromKinds, toKinds })) {
      problem("type", `${rel.type} joins ${describeAllowed(rel.type)}, not ${fromKinds.join("/").toLowerCase()} -> ${toKinds.join("/").toLowerCase()}`);
    }
    if (rel.from === rel.to) problem("to", "a relationship cannot join a node to itself");
    const twin = seen.get(entry);
    if (twin !== undefined) problem("type", `duplicate relationship; already at ${file} #${twin}`);
    else seen.set(entry, index);
  }
  if (unlisted > 0) {
    problems.push({ file: RELATIONSHIPS_FILE, message: `${unlisted} reference(s) to ids not found are not listed, because a seed file could not be read; fix that first` });
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
