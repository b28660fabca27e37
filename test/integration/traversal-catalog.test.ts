import { loadConfig } from "../../src/config";
import type { Database } from "../../src/db";
import { createContext } from "../../src/graphql";
import { ContraindicationScope, ContraindicationSeverity, EntityKind } from "../../src/modules/entity";
import { connectTestDatabase } from "../support/test-database";

describe("catalog lists over the seed graph", () => {
  let db: Database;
  const config = loadConfig({ ...process.env, MAX_PAGE_SIZE: "50" });
  const catalog = () => createContext({ db, config, viewer: null }).services.catalog;
  beforeAll(() => (db = connectTestDatabase()));
  afterAll(() => db.close());

  it("pages through every ailment by name then id, without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 20; page++) {
      const result = await catalog().page(EntityKind.AILMENT, { first: 4, after });
      total = await result.totalCount;
      seen.push(...result.edges.map((e) => e.node.name));
      expect(result.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort());
    expect(seen).toContain("Muscle spasm");
    // The unfiltered count comes from the label count store; it must agree with a real count.
    const [{ n: ailments }] = await db.readStatement("test.count-ailments", "MATCH (n:Ailment) RETURN count(n) AS n");
    expect(total).toBe(ailments);
  });

  it("reads the same pages whatever they show, forwards and backwards, and the same count filtered or not", async () => {
    const brief = (page: Awaited<ReturnType<ReturnType<typeof catalog>["page"]>>) =>
      page.edges.map((e) => [e.cursor, e.node.id, e.node.name, e.node.kind, e.node.roles]);
    for (const kind of [EntityKind.AILMENT, EntityKind.CONTRAINDICATION])
      for (const args of [{ first: 7 }, { last: 7 }, { first: 5, nameContains: "pain" }]) {
        const [full, slim] = [await catalog().page(kind, args), await catalog().page(kind, args, [])];
        expect(brief(slim)).toEqual(brief(full));
        expect(slim.pageInfo).toEqual(full.pageInfo);
        expect(await slim.totalCount).toBe(await full.totalCount);
        expect(slim.edges.every((e) => e.node.summary === "")).toBe(true);
        expect(full.edges.some((e) => e.node.summary !== "")).toBe(true);
      }
    const filtered = await catalog().page(EntityKind.AILMENT, { first: 2, nameContains: "pain" });
    const [{ n }] = await db.readStatement(
      "test.count-pain",
      "MATCH (n:Ailment) WHERE toLower(n.name) CONTAINS 'pain' OR any(s IN n.synonyms WHERE toLower(s) CONTAINS 'pain') RETURN count(n) AS n",
    );
    expect(await filtered.totalCount).toBe(n);
  });

  it("filters by part of a name or synonym, by category, and contraindications by severity and scope", async () => {
    const cramp = await catalog().page(EntityKind.AILMENT, { nameContains: "CHARLEY" });
    expect(cramp.edges.map((e) => e.node.id)).toEqual(["muscle-spasm"]);
    const lifestyle = await catalog().page(EntityKind.CAUSE, { category: "lifestyle", first: 50 });
    expect(await lifestyle.totalCount).toBeGreaterThan(0);
    expect(lifestyle.edges.every((e) => e.node.category === "lifestyle")).toBe(true);
    const local = await catalog().page(EntityKind.CONTRAINDICATION, {
      severity: ContraindicationSeverity.ABSOLUTE,
      scope: ContraindicationScope.LOCAL,
      first: 50,
    });
    expect(await local.totalCount).toBeGreaterThan(0);
    expect(local.edges.every((e) => e.node.severity === "ABSOLUTE" && e.node.scope === "LOCAL")).toBe(true);
  });

  it("refuses a bad cursor and a page size out of range, naming the argument", async () => {
    await expect(catalog().page(EntityKind.THERAPY, { after: "bm9wZQ" })).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", fields: [expect.objectContaining({ field: "after" })] },
    });
    await expect(catalog().page(EntityKind.THERAPY, { first: 0 })).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", fields: [expect.objectContaining({ field: "first" })] },
    });
    await expect(catalog().page(EntityKind.THERAPY, { first: 51 })).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", fields: [expect.objectContaining({ field: "first" })] },
    });
  });
});
