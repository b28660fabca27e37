import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cypher, queryCatalog } from "./cypher-files";

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
