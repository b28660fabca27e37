import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ENTITY_KINDS, KIND_LABEL, RELATION_TYPES } from "../model";
import { projectRoot } from "../util/project-root";
import { cypher, cypherNames, queryCatalog } from "./cypher-files";
import { forDepth, forTypes } from "./query-names";

describe("queryCatalog: a tool's named queries beside the product's", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "query-folder-"));
    mkdirSync(join(dir, "nested"));
    writeFileSync(join(dir, "count-all.cypher"), "// tool only\nMATCH (n) RETURN count(n) AS n\n");
    writeFileSync(join(dir, "nested", "probe.cypher"), "RETURN 1 AS one");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("answers the folder's files under its prefix and every product query as before", () => {
    const text = queryCatalog({ tool: dir });
    expect(text("tool/count-all")).toBe("// tool only\nMATCH (n) RETURN count(n) AS n");
    expect(text("tool/nested/probe")).toBe("RETURN 1 AS one");
    expect(text("entity/by-ids")).toBe(cypher("entity/by-ids"));
  });

  it("refuses a name the folder does not have, rather than falling back to cypher/queries", () => {
    expect(() => queryCatalog({ tool: dir })("tool/missing")).toThrow(/tool\/missing/);
  });

  it("is the product's catalogue alone without folders, so a tool's query is unknown there", () => {
    expect(queryCatalog()).toBe(cypher);
    expect(() => cypher("bench/delete-batch")).toThrow(/No Cypher file/);
  });

  it("refuses a prefix that is a folder of cypher/queries, so a tool cannot hide a product query", () => {
    expect(() => queryCatalog({ entity: dir })).toThrow(/folder of cypher\/queries/);
    expect(() => queryCatalog({ "../x": dir })).toThrow(/plain name/);
  });
});

describe("templates: one file per shape, filled only with a kind label of the model", () => {
  it("fills every {{label}} slot with the label asked for", () => {
    const text = cypher("catalog/page:Ailment");
    expect(text).toContain("MATCH (n:Ailment)");
    expect(text).not.toContain("{{label}}");
    expect(cypher("catalog/page-backward:RedFlag")).toContain("MATCH (n:RedFlag)");
  });

  it("refuses a label the model does not declare, so no other text can become query text", () => {
    expect(() => cypher("catalog/page:Ailment) DETACH DELETE n //")).toThrow(/not a kind label of the model/);
    expect(() => cypher("catalog/page:Entity")).toThrow(/not a kind label/);
    expect(() => cypher("catalog/page:Ailment:Cause")).toThrow(/not a kind label/);
  });

  it("refuses a template without its label, and a label for a query that has no slot", () => {
    expect(() => cypher("catalog/page")).toThrow(/is a template/);
    expect(() => cypher("entity/by-ids:Ailment")).toThrow(/no \{\{label\}\} slot/);
  });
});

describe("templates filled with a relationship type of the model", () => {
  it("fills every {{relationType}} slot, and only with a type the model declares", () => {
    const text = cypher("migrations/link-index-out:CAUSED_BY");
    expect(text).toContain("link_out_CAUSED_BY IF NOT EXISTS FOR ()-[r:CAUSED_BY]-()");
    expect(text).not.toContain("{{relationType}}");
    expect(() => cypher("migrations/link-index-out:Ailment")).toThrow(/not a relationship type of the model/);
    expect(() => cypher("catalog/page:CAUSED_BY")).toThrow(/not a kind label of the model/);
    expect(() => cypher("migrations/link-index-in")).toThrow(/is a template/);
  });
});

describe("a query with an {{each type}} block, written out for the types a request asks for", () => {
  it("names one or two types apart, sorted and without repeats; none or more, the text for every type", () => {
    expect(forTypes("links/by-keys", ["TREATED_BY", "CAUSED_BY", "TREATED_BY"])).toBe(
      "links/by-keys:CAUSED_BY,TREATED_BY",
    );
    expect(forTypes("links/by-keys", ["CAUSED_BY"])).toBe("links/by-keys:CAUSED_BY");
    expect(forTypes("links/by-keys", [])).toBe("links/by-keys");
    expect(forTypes("links/by-keys", ["CAUSED_BY", "TREATED_BY", "PREVENTED_BY"])).toBe("links/by-keys");
  });

  it("writes the block out for those types only, and for every type without them", () => {
    const typed = cypher("links/by-keys:CAUSED_BY,TREATED_BY");
    const all = cypher("links/by-keys");
    const typesIn = (text: string) => RELATION_TYPES.filter((t) => text.includes(`[r:${t}]`));
    expect(typesIn(typed)).toEqual(["CAUSED_BY", "TREATED_BY"]);
    expect(typesIn(all)).toEqual([...RELATION_TYPES]);
    expect(typed.length).toBeLessThan(all.length / 4);
    expect(typesIn(cypher("traversal/neighbourhood:PRESENTS_AS"))).toEqual(["PRESENTS_AS"]);
  });

  it("refuses anything but a sorted list of one or two of the model's types, and a file without the block", () => {
    for (const value of ["TREATED_BY,CAUSED_BY", "CAUSED_BY,CAUSED_BY", "CAUSED_BY,TREATED_BY,PREVENTED_BY"])
      expect(() => cypher(`links/by-keys:${value}`)).toThrow(/not a sorted list of 1 to 2 relationship types/);
    expect(() => cypher("links/by-keys:Ailment")).toThrow(/not a sorted list/);
    expect(() => cypher("links/by-keys:CAUSED_BY]->() DETACH DELETE m //")).toThrow(/not a sorted list/);
    expect(() => cypher("links/by-keys:CAUSED_BY:TREATED_BY")).toThrow(/not a sorted list/);
    expect(() => cypher("entity/by-ids:CAUSED_BY")).toThrow(/has no/);
  });

  it("sends no comment lines (they are for readers of the files), keeping the line numbers", () => {
    for (const name of ["links/by-keys", "links/by-keys:CAUSED_BY", "entity/with-links", "catalog/page:Ailment"])
      expect(
        cypher(name)
          .split("\n")
          .filter((line) => line.trim().startsWith("//")),
      ).toEqual([]);
    const file = readFileSync(join(projectRoot(), "cypher", "queries", "catalog", "page.cypher"), "utf8");
    expect(cypher("catalog/page:Ailment").split("\n")).toHaveLength(file.trim().split("\n").length);
  });

  it("blanks whole lines safely: `//` starts a comment and nothing else, and no string spans lines", () => {
    for (const name of cypherNames()) {
      const source = readFileSync(join(projectRoot(), "cypher", "queries", `${name}.cypher`), "utf8");
      const code = source.split("\n").filter((line) => !line.trim().startsWith("//"));
      expect({ name, slashes: code.filter((line) => line.includes("//")) }).toEqual({ name, slashes: [] });
      const open = code.filter((line) => (line.match(/'/g) ?? []).length % 2 === 1);
      expect({ name, open }).toEqual({ name, open: [] });
    }
  });
});

describe("a query with sections by depth, written out for the depth a request asks for", () => {
  it("names the depth after the file, before the types", () => {
    expect(forDepth("traversal/neighbourhood", 2)).toBe("traversal/neighbourhood@2");
    expect(forDepth(forTypes("traversal/neighbourhood", ["PRESENTS_AS"]), 1)).toBe(
      "traversal/neighbourhood@1:PRESENTS_AS",
    );
  });

  it("leaves out the sections of greater depths, and only those", () => {
    const [one, two, three, all] = ["@1", "@2", "@3", ""].map((d) => cypher(`traversal/neighbourhood${d}`));
    expect(three).toBe(all);
    expect(one.length).toBeLessThan(all.length / 2);
    expect(one.length).toBeLessThan(two.length);
    // Each distance's own clause is there from its depth on, and never before.
    const distances = (text: string) => ["two", "three"].filter((d) => text.includes(`reached AS ${d}`));
    expect([one, two, three].map(distances)).toEqual([[], ["two"], ["two", "three"]]);
    const typed = cypher("traversal/neighbourhood@1:PRESENTS_AS");
    expect(typed.length).toBeLessThan(cypher("traversal/neighbourhood:PRESENTS_AS").length);
    expect(RELATION_TYPES.filter((t) => typed.includes(`[r:${t}]`))).toEqual(["PRESENTS_AS"]);
  });

  it("refuses a depth that is not one digit, a second depth, and a file without sections", () => {
    for (const name of ["traversal/neighbourhood@0", "traversal/neighbourhood@x", "traversal/neighbourhood@10"])
      expect(() => cypher(name)).toThrow(/no sections by depth, or .* is not 1 to 9/);
    expect(() => cypher("traversal/neighbourhood@1@2")).toThrow(/no sections by depth/);
    expect(() => cypher("links/by-keys@1")).toThrow(/no sections by depth/);
    expect(() => cypher("traversal/neighbourhood@1 DETACH DELETE n")).toThrow(/no sections by depth/);
  });
});

/** A query's text with comments dropped and every kind label and relationship type of the model blanked. */
function shape(text: string): string {
  const names = [...ENTITY_KINDS.map((k) => KIND_LABEL[k]), ...RELATION_TYPES].join("|");
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .replace(new RegExp(`\\b(${names})\\b`, "g"), "_")
    .replace(/\s+/g, " ")
    .trim();
}

/** Names of the files whose text differs from an earlier file's only by labels and types. */
function copies(texts: Map<string, string>): string[] {
  const seen = new Map<string, string>();
  const found: string[] = [];
  for (const [name, text] of texts) {
    const key = shape(text);
    const first = seen.get(key);
    if (first) found.push(`${name} copies ${first}`);
    else seen.set(key, name);
  }
  return found;
}

describe("no query file is a copy of another but for a label or a relationship type", () => {
  it("finds none among the project's Cypher (cypher/queries, cypher/schema, bench/cypher)", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".cypher") ? [join(dir, e.name)] : [],
      );
    const all = [...files(join(projectRoot(), "cypher")), ...files(join(projectRoot(), "bench", "cypher"))];
    expect(all.length).toBeGreaterThan(cypherNames().length);
    const texts = new Map(all.map((file) => [relative(projectRoot(), file), readFileSync(file, "utf8")]));
    expect(copies(texts)).toEqual([]);
  });

  it("would find two files that differ by a label only, and two that differ by a type only", () => {
    const texts = new Map([
      ["a", "// about a\nMATCH (n:Ailment) RETURN n"],
      ["b", "// about b\nMATCH (n:Therapy)\nRETURN n"],
      ["c", "MERGE (a)-[r:CAUSED_BY]->(b)"],
      ["d", "MERGE (a)-[r:TREATED_BY]->(b)"],
      ["e", "MATCH (n:Ailment) RETURN n.name"],
    ]);
    expect(copies(texts)).toEqual(["b copies a", "d copies c"]);
  });
});
