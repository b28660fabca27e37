import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { projectRoot } from "../util/project-root";

/**
 * Every query the API runs lives in cypher/queries as a named .cypher file, read once here,
 * so reviewers can see all of them in one folder and no query text is built from user input.
 */
let queries: Map<string, string> | undefined;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith(".cypher") ? [join(dir, entry.name)] : [],
  );
}

function load(): Map<string, string> {
  const root = join(projectRoot(), "cypher", "queries");
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

/** The text of cypher/queries/<name>.cypher; throws at the first use of a name that does not exist. */
export function cypher(name: string): string {
  queries ??= load();
  const text = queries.get(name);
  if (text === undefined) throw new Error(`No Cypher file cypher/queries/${name}.cypher`);
  return text;
}

export function cypherNames(): string[] {
  queries ??= load();
  return [...queries.keys()].sort();
}
