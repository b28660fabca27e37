import { join } from "node:path";
import type { Database } from "../../src/db";
import { projectRoot } from "../../src/util";
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

describe("Database with a tool's query folder (the benchmark's bench/cypher)", () => {
  let bench: Database;
  beforeAll(async () => {
    bench = connectTestDatabase({ queryFolders: { bench: join(projectRoot(), "bench", "cypher") } });
  });
  afterAll(async () => bench.close());

  it("runs the tool's named queries through readRows and the transaction handle, the product's as before", async () => {
    const top = await bench.readRows<{ id: string; degree: number }>("bench/top-degrees");
    expect(top).toHaveLength(6);
    expect(top[0].degree).toBeGreaterThanOrEqual(top[5].degree);
    const [summary] = await bench.read("test.bench-summary", (tx) =>
      tx.rows<{ nodes: number; max: number }>("bench/degree-summary"),
    );
    expect(summary.nodes).toBeGreaterThan(100);
    expect(summary.max).toBe(top[0].degree);
    expect(await bench.readRows("entity/by-ids", { ids: ["stress"] })).toHaveLength(1);
  });

  it("keeps them out of a Database without the folder", async () => {
    const product = connectTestDatabase();
    try {
      await expect(product.readRows("bench/top-degrees")).rejects.toThrow(/No Cypher file/);
    } finally {
      await product.close();
    }
  });
});
