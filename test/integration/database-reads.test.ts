import type { Database } from "../../src/db/database";
import { connectTestDatabase } from "../support/test-database";

describe("Database.readRows: one statement in an auto-commit READ transaction", () => {
  let db: Database;
  beforeAll(async () => (db = connectTestDatabase()));
  afterAll(async () => db.close());

  const sourceCount = async (id: string) =>
    (await db.readStatement<{ n: number }>("test.source", "MATCH (s:Source {id: $id}) RETURN count(s) AS n", { id }))[0]
      .n;

  it("answers a read with plain rows", async () => {
    const rows = await db.readRows<{ node: { id: string } }>("entity/by-ids", { ids: ["muscle-spasm"] });
    expect(rows.map((row) => row.node.id)).toEqual(["muscle-spasm"]);
  });

  it("is refused by Neo4j when the statement writes, names the query, and nothing is written", async () => {
    const params = {
      id: "read-mode-probe",
      title: "t",
      publisher: null,
      url: null,
      year: null,
      updatedAt: null,
      updatedBy: null,
    };
    await expect(db.readRows("curation/upsert-source", params)).rejects.toMatchObject({
      code: "Neo.ClientError.Statement.AccessMode",
      query: "curation/upsert-source",
    });
    expect(await sourceCount("read-mode-probe")).toBe(0);
  });
});
