import type { Database } from "../../src/db";
import { applyMigrations, loadMigrations } from "../../src/db";
import { ensureSeedGraph } from "../support/seed-graph";
import { connectTestDatabase } from "../support/test-database";

describe("schema migrations", () => {
  let db: Database;
  // The seed guard (test/support/seed-guard.ts) has put the seed graph in place before this file.
  beforeAll(() => (db = connectTestDatabase()));
  afterAll(async () => {
    await ensureSeedGraph(db);
    await db.close();
  });

  const keyOf = async (id: string) =>
    (
      await db.readStatement<{ key: string }>("test.key", "MATCH (n:Entity {id: $id}) RETURN n.nameKey AS key", { id })
    )[0]?.key;

  it("009 re-keys names stored under the old key (trimmed, lowercased) by the normalised one", async () => {
    // As a database from before 009 holds them: keyed toLower(trim(name)), so look-alikes slipped in.
    for (const [id, name, key] of [
      ["test-look-alike", "\u0405tr\u200Bess", "\u0455tr\u200Bess"],
      ["test-spaced", "Zz  spaced   name", "zz  spaced   name"],
    ])
      await db.writeStatement(
        "test.old-key",
        "CREATE (:Entity:Cause {id: $id, kind: 'Cause', name: $name, nameKey: $key, summary: 'x'})",
        { id, name, key },
      );
    await db.writeStatement("test.forget-009", "MATCH (m:SchemaMigration {version: 9}) DELETE m");

    expect(await applyMigrations(db)).toEqual(["009-normalised-name-keys"]);
    expect(await keyOf("stress")).toBe("stress");
    // The look-alike keeps its own key beside the one it imitates (seed:check lists the pair).
    expect(await keyOf("test-look-alike")).toBe("stress #test-look-alike");
    expect(await keyOf("test-spaced")).toBe("zz spaced name");
    expect(await applyMigrations(db)).toEqual([]);
  });
});

describe("schema migrations on an empty database", () => {
  let db: Database;
  beforeAll(() => (db = connectTestDatabase()));
  afterAll(async () => {
    await ensureSeedGraph(db);
    await db.close();
  });

  /** A database as Neo4j creates it: no data, no constraints, no indexes but its own token lookups. */
  async function emptyDatabase(): Promise<void> {
    await db.writeStatement("test.empty", "MATCH (n) DETACH DELETE n");
    const names = async (text: string) =>
      (await db.readStatement<{ name: string }>("test.schema", text)).map((row) => row.name);
    for (const name of await names("SHOW CONSTRAINTS YIELD name RETURN name"))
      await db.writeStatement("test.drop", `DROP CONSTRAINT \`${name}\``);
    for (const name of await names("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"))
      await db.writeStatement("test.drop", `DROP INDEX \`${name}\``);
  }

  it("two runs at once (replicas starting together) both succeed; each migration is applied once", async () => {
    await emptyDatabase();
    const replicas = [connectTestDatabase(), connectTestDatabase()];
    try {
      const waits: string[] = [];
      const results = await Promise.all(
        replicas.map((replica) => applyMigrations(replica, (line) => waits.push(line))),
      );
      const all = loadMigrations().map((m) => m.name);
      // One applied them all; the other waited for it, then found nothing left to do.
      expect([...results].sort((a, b) => b.length - a.length)).toEqual([all, []]);
      expect(waits).toEqual([expect.stringContaining("waiting")]);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
    }
    const versions = await db.readStatement<{ version: number; n: number }>(
      "test.versions",
      "MATCH (m:SchemaMigration) RETURN m.version AS version, count(*) AS n ORDER BY version",
    );
    expect(versions.map((row) => [Number(row.version), Number(row.n)])).toEqual(
      loadMigrations().map((m) => [m.version, 1]),
    );
    const constraints = await db.readStatement<{ name: string }>(
      "test.schema",
      "SHOW CONSTRAINTS YIELD name RETURN name",
    );
    expect(constraints.map((row) => row.name)).toEqual(
      expect.arrayContaining(["entity_name_key_unique", "schema_migration_lock_name"]),
    );
    // The lease is given up: no lock node stays behind in the graph.
    expect(await db.readStatement("test.lock", "MATCH (l:SchemaMigrationLock) RETURN l")).toEqual([]);
  }, 300_000);
});
