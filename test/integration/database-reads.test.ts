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

describe("Database.readRows with NEO4J_READ_TRANSACTIONS=managed (the benchmark's price of transaction mode)", () => {
  let auto: Database;
  let managed: Database;
  beforeAll(async () => {
    auto = connectTestDatabase();
    managed = connectTestDatabase({ readTransactions: "managed" });
  });
  afterAll(async () => Promise.all([auto.close(), managed.close()]));

  it("gives the same rows as auto-commit, through a managed read transaction", async () => {
    const params = { ids: ["muscle-spasm", "stress", "relaxation-massage"] };
    const throughRead = jest.spyOn(managed, "read");
    const rows = await managed.readRows("entity/by-ids", params);
    expect(throughRead).toHaveBeenCalledTimes(1);
    expect(rows).toEqual(await auto.readRows("entity/by-ids", params));
    const autoRead = jest.spyOn(auto, "read");
    await auto.readRows("entity/by-ids", params);
    expect(autoRead).not.toHaveBeenCalled();
  });

  it("counts one transaction per call and still refuses a statement that writes", async () => {
    const before = managed.transactionCount;
    await managed.readRows("entity/by-ids", { ids: ["muscle-spasm"] });
    expect(managed.transactionCount - before).toBe(1);
    const params = {
      id: "managed-read-probe",
      title: "t",
      publisher: null,
      url: null,
      year: null,
      updatedAt: null,
      updatedBy: null,
    };
    await expect(managed.readRows("curation/upsert-source", params)).rejects.toMatchObject({
      query: "curation/upsert-source",
    });
  });
});
