import { loadMigrations, splitStatements } from "./migrations";

describe("splitStatements", () => {
  it("splits on semicolons at line ends and drops comment lines", () => {
    const text =
      "// a comment\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y);\n";
    expect(splitStatements(text)).toEqual([
      "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
      "CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y)",
    ]);
  });

  it("keeps a semicolon inside a line", () => {
    expect(splitStatements("RETURN 'a;b' AS x;")).toEqual(["RETURN 'a;b' AS x"]);
  });
});

describe("loadMigrations", () => {
  it("reads cypher/schema in version order with unique versions", () => {
    const migrations = loadMigrations();
    const versions = migrations.map((m) => m.version);
    expect(versions.length).toBeGreaterThan(0);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
    for (const m of migrations) expect(m.statements.length > 0 || m.run !== undefined).toBe(true);
  });
});
