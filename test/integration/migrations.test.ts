import type { Database } from "../../src/db/database";
import { applyMigrations } from "../../src/db/migrations";
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
