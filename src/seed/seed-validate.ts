import { parseDocument } from "yaml";
import { checkEntity, checkRelationship, checkSource } from "../records";
import type { RecordProblem } from "../records";
import { describeAllowed, isAllowedTriple, isRelationType } from "../modules/graph";
import { isSlug } from "../util/ids";
import {
  ENTITY_FILES,
  OPTIONAL_FILES,
  RELATIONSHIPS_FILE,
  relationshipKey,
  SEED_FILES,
  SEED_KIND_ENTITY_KIND,
  SEED_KINDS,
  SeedEntity,
  SeedFileText,
  SeedGraph,
  SeedKind,
  SeedRelationship,
  SeedSource,
  SOURCES_FILE,
} from "./seed-format";
import type { SeedProblem } from "./seed-problem";
import { nameCollisions, SAME_NAME_RULE } from "./name-collisions";
import { inSourceOrder } from "./citation-locators";

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
  const sources = items(SOURCES_FILE).flatMap((x) => located(x, readSource(x, problems)));
  const entities = SEED_KINDS.flatMap((kind) =>
    items(ENTITY_FILES[kind]).flatMap((x) => located(x, readEntity(kind, x, problems))),
  );
  const relationships = items(RELATIONSHIPS_FILE).flatMap((x) => located(x, readRelationship(x, problems)));

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

function located<T>(item: RawItem, value: T | undefined): Located<T>[] {
  return value === undefined ? [] : [{ value, file: item.file, index: item.index }];
}

/** Records each broken rule of an entry as a problem at its file, index and entry (its id or key). */
function report(item: RawItem, entry: string | undefined, found: RecordProblem[], problems: SeedProblem[]): void {
  for (const { field, message } of found) problems.push({ file: item.file, index: item.index, entry, field, message });
}

/** The entry as a map, or undefined (with a problem) when it is not one. */
function asMap(item: RawItem, problems: SeedProblem[]): Record<string, unknown> | undefined {
  if (isPlainObject(item.raw)) return item.raw;
  problems.push({ file: item.file, index: item.index, message: "must be a map of fields" });
  return undefined;
}

const slugOf = (value: unknown): string | undefined => (typeof value === "string" && isSlug(value) ? value : undefined);
const stringsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/*
 * Each entry is checked by the record rules (src/records, the ones curation applies too). An entry
 * that breaks one still takes part in the checks across files (ids, references, names) as far as
 * its id and links can be read, so one run reports everything.
 */

function readSource(item: RawItem, problems: SeedProblem[]): SeedSource | undefined {
  const raw = asMap(item, problems);
  if (!raw) return undefined;
  const id = slugOf(raw.id);
  const { value, problems: found } = checkSource<SeedSource>(raw, SHOW_VALUES);
  report(item, id, found, problems);
  if (value) return value;
  return id === undefined ? undefined : { id, publisher: "", title: "", covers: stringsOf(raw.covers) };
}

function readEntity(kind: SeedKind, item: RawItem, problems: SeedProblem[]): SeedEntity | undefined {
  const raw = asMap(item, problems);
  if (!raw) return undefined;
  const id = slugOf(raw.id);
  const { value, problems: found } = checkEntity<Partial<SeedEntity>>(SEED_KIND_ENTITY_KIND[kind], raw, SHOW_VALUES);
  report(item, id, found, problems);
  if (value) return { synonyms: [], alsoActsAs: [], codes: {}, ...value, kind } as SeedEntity;
  if (id === undefined) return undefined;
  const alsoActsAs = stringsOf(raw.alsoActsAs).filter((k): k is SeedKind => (SEED_KINDS as string[]).includes(k));
  const name = typeof raw.name === "string" ? raw.name : "";
  return { kind, id, name, summary: "", synonyms: [], alsoActsAs, codes: {} };
}

function readRelationship(item: RawItem, problems: SeedProblem[]): SeedRelationship | undefined {
  const raw = asMap(item, problems);
  if (!raw) return undefined;
  const [from, to] = [slugOf(raw.from), slugOf(raw.to)];
  const type = typeof raw.type === "string" && isRelationType(raw.type) ? raw.type : undefined;
  const entry = relationshipKey({
    from: from ?? "?",
    type: typeof raw.type === "string" ? raw.type : "?",
    to: to ?? "?",
  });
  const { value, problems: found } = checkRelationship<SeedRelationship>(raw, SHOW_VALUES);
  report(item, entry, found, problems);
  if (value) value.sources ??= []; // a practice-only link writes none
  if (value?.locators) value.locators = inSourceOrder(value.locators, value.sources);
  if (value) return value;
  if (from === undefined || to === undefined || type === undefined) return undefined;
  return { from, to, type, note: "", evidence: "D", sources: stringsOf(raw.sources) };
}

/** An author fixing a seed file sees the value a rule refused. */
const SHOW_VALUES = { showValues: true };

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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
