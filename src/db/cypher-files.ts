import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { isRelationType, kindOfLabel, RELATION_TYPES, sealModel } from "../model";
import { projectRoot } from "../util/project-root";
import { forTypes } from "./query-names";

/**
 * Every query the API runs lives in cypher/queries as a named .cypher file, read once here,
 * so reviewers can see all of them in one folder and no query text is built from user input.
 */
let queries: Map<string, string> | undefined;

/** The text of a named query; throws for a name that has no file. */
export type QueryText = (name: string) => string;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith(".cypher") ? [join(dir, entry.name)] : [],
  );
}

/** The .cypher files under `root`, by their path without the extension ("catalog/page"). */
function readFolder(root: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of walk(root)) {
    const name = relative(root, file)
      .split(sep)
      .join("/")
      .replace(/\.cypher$/, "");
    map.set(name, readFileSync(file, "utf8").trim());
  }
  return map;
}

/** Template slots and what may fill them: only names the model declares, never other text. */
const SLOTS = [
  { slot: "{{label}}", what: "a kind label of the model", accepts: (v: string) => kindOfLabel(v) !== undefined },
  { slot: "{{relationType}}", what: "a relationship type of the model", accepts: isRelationType },
] as const;

/** A block repeated for every relationship type of the model, `{{type}}` filled, joined by UNION ALL. */
const EACH_TYPE = /^([ \t]*)\/\/ \{\{each type, joined by UNION ALL\}\}\n([\s\S]*?)^[ \t]*\/\/ \{\{end each\}\}\n/gm;

const EACH_TYPE_MARK = "// {{each type, joined by UNION ALL}}";

/** A section only requests of at least N steps run (see forDepth). */
const FROM_DEPTH = /^[ \t]*\/\/ \{\{from depth (\d)\}\}\n[\s\S]*?^[ \t]*\/\/ \{\{end depth\}\}\n/gm;

const FROM_DEPTH_MARK = "// {{from depth ";

/** Queries as run: blocks over the model's relationship types expanded, template slots filled. */
const rendered = new Map<string, string>();

/** The text with each `{{each type}}` block written out once per relationship type in `types`. */
function expandTypeBlocks(text: string, types: readonly string[] = RELATION_TYPES): string {
  return text.replace(EACH_TYPE, (_, indent: string, block: string) =>
    types.map((type) => block.replaceAll("{{type}}", type)).join(`${indent}UNION ALL\n`),
  );
}

/** The text without the sections of distances beyond `depth` (their lines left blank, as comment lines are). */
function withoutDeeperSections(text: string, depth: number): string {
  return text.replace(FROM_DEPTH, (section: string, from: string) =>
    Number(from) <= depth ? section : section.replace(/[^\n]/g, ""),
  );
}

/**
 * The text as sent: full-line comments blanked (they are for readers of the file, and every request
 * would otherwise carry them to Neo4j, which packs, sends and hashes the whole text each time), and
 * each line's indentation dropped for the same reason. The lines stay, so a line number in a Neo4j
 * error is the file's. (No query has a string literal spanning lines, which this would change;
 * cypher-files.test.ts checks.)
 */
function asSent(text: string): string {
  return text
    .split("\n")
    .map((line) => (/^\s*\/\//.test(line) ? "" : line.trimStart()))
    .join("\n");
}

/** The types named by a `forTypes` value, or undefined when it is not a sorted list of the model's types. */
function typesOf(value: string): string[] | undefined {
  const types = value.split(",");
  const canonical = forTypes("", types) === `:${value}`;
  return canonical && types.every(isRelationType) ? types : undefined;
}

/**
 * The text of cypher/queries/<name>.cypher; throws at the first use of a name that does not exist.
 * Types and labels the planner must see in the text (a `$(...)` type or label is read by scanning
 * every relationship or node) come from the model (src/model), never from client input, in two
 * forms: a block marked `// {{each type, joined by UNION ALL}}` ... `// {{end each}}` is written out
 * for every relationship type (`{{type}}`); a template with `{{label}}` slots is asked for as
 * "<name>:<Label>" ("catalog/page:Ailment") and filled only with a kind label of the model, one with
 * `{{relationType}}` slots ("migrations/link-index-out:CAUSED_BY") only with a relationship type. A
 * file with an `{{each type}}` block may be asked for with one or two of the model's types instead
 * (`forTypes`: "links/by-keys:CAUSED_BY,TREATED_BY"), its blocks then written out for those alone.
 * A file with sections marked `// {{from depth N}}` ... `// {{end depth}}` may be asked for at a
 * depth (`forDepth`: "traversal/neighbourhood@1", or "...@1:CAUSED_BY"): sections of a greater N left out.
 */
export function cypher(name: string): string {
  const done = rendered.get(name);
  if (done !== undefined) return done;
  if (!queries) {
    sealModel(); // queries are rendered from the model from now on
    queries = readFolder(join(projectRoot(), "cypher", "queries"));
  }
  const [head, value, ...rest] = name.split(":");
  const [file, depth, ...more] = head.split("@");
  const fileText = queries.get(file);
  if (fileText === undefined) throw new Error(`No Cypher file cypher/queries/${file}.cypher`);
  if (depth !== undefined && (!/^[1-9]$/.test(depth) || more.length > 0 || !fileText.includes(FROM_DEPTH_MARK))) {
    throw new Error(`"${name}": cypher/queries/${file}.cypher has no sections by depth, or ${depth} is not 1 to 9`);
  }
  const source = depth === undefined ? fileText : withoutDeeperSections(fileText, Number(depth));
  if (source.includes(EACH_TYPE_MARK) && SLOTS.some((slot) => source.includes(slot.slot))) {
    throw new Error(`cypher/queries/${file}.cypher has both an {{each type}} block and a slot: not supported`);
  }
  if (source.includes(EACH_TYPE_MARK) && value !== undefined) {
    const types = rest.length === 0 ? typesOf(value) : undefined;
    if (!types)
      throw new Error(`"${name}": ${JSON.stringify(value)} is not a sorted list of 1 to 2 relationship types`);
    const typed = asSent(expandTypeBlocks(source, types));
    rendered.set(name, typed);
    return typed;
  }
  const text = asSent(expandTypeBlocks(source));
  const slot = SLOTS.find((s) => text.includes(s.slot));
  if (value === undefined && slot) {
    throw new Error(`cypher/queries/${file}.cypher is a template: ask for "${file}:<${slot.slot.slice(2, -2)}>"`);
  }
  if (value !== undefined && !slot) {
    throw new Error(
      `cypher/queries/${file}.cypher has no ${SLOTS.map((s) => `${s.slot} slot`).join(" and no ")} to fill`,
    );
  }
  if (value !== undefined && slot && (rest.length > 0 || !slot.accepts(value))) {
    throw new Error(`"${name}": ${JSON.stringify(value)} is not ${slot.what}`);
  }
  const query = slot && value !== undefined ? text.replaceAll(slot.slot, value) : text;
  rendered.set(name, query);
  return query;
}

export function cypherNames(): string[] {
  queries ??= readFolder(join(projectRoot(), "cypher", "queries"));
  return [...queries.keys()].sort();
}

/**
 * The product's queries plus folders of named queries that a tool keeps outside cypher/queries
 * (the benchmark's bench/cypher), each answering the names under its own prefix:
 * `{ bench: "<root>/bench/cypher" }` answers "bench/delete-batch" from bench/cypher/delete-batch.cypher.
 * A prefix that is also a folder of cypher/queries is refused, so a tool's query can neither hide
 * a product query nor pass for one.
 */
export function queryCatalog(folders: Record<string, string> = {}): QueryText {
  const extra = new Map<string, Map<string, string>>();
  for (const [prefix, dir] of Object.entries(folders)) {
    if (!/^[a-z][a-z0-9-]*$/.test(prefix)) throw new Error(`Query folder prefix "${prefix}" is not a plain name`);
    if (cypherNames().some((name) => name.startsWith(`${prefix}/`))) {
      throw new Error(`Query folder prefix "${prefix}" is a folder of cypher/queries already`);
    }
    extra.set(prefix, readFolder(dir));
  }
  if (extra.size === 0) return cypher;
  return (name) => {
    const slash = name.indexOf("/");
    const folder = slash > 0 ? extra.get(name.slice(0, slash)) : undefined;
    if (!folder) return cypher(name);
    const text = folder.get(name.slice(slash + 1));
    if (text === undefined) throw new Error(`No Cypher file ${name}.cypher in ${folders[name.slice(0, slash)]}`);
    return text;
  };
}
