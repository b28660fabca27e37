import { loadConfig } from "../../src/config";
import type { Database } from "../../src/db";
import { createContext } from "../../src/graphql";
import { EntityKind } from "../../src/modules/entity";
import { connectTestDatabase } from "../support/test-database";

describe("search over the seed graph", () => {
  let db: Database;
  const config = loadConfig();
  const search = (args: { text: string; kinds?: EntityKind[]; first?: number }) =>
    createContext({ db, config, viewer: null }).services.search.search(args);
  beforeAll(() => (db = connectTestDatabase()));
  afterAll(() => db.close());

  it.each(["cramp", "charley horse", "Charley-Horse", "muscle cramps", "muscle spasm"])(
    "finds muscle spasm first for %p (synonyms count)",
    async (text) => {
      const hits = await search({ text });
      expect(hits[0].entity.id).toBe("muscle-spasm");
      expect(hits[0].score).toBeGreaterThan(0);
    },
  );

  it("matches prefixes and small typos", async () => {
    expect((await search({ text: "myofasc" })).map((h) => h.entity.id)).toContain("myofascial-trigger-points");
    expect((await search({ text: "migrane" }))[0].entity.id).toBe("migraine");
    expect((await search({ text: "strech" })).map((h) => h.entity.id)).toContain("stretching");
  });

  it("filters by kind and caps the number of hits", async () => {
    const hits = await search({ text: "tension", kinds: [EntityKind.THERAPY], first: 3 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(hits.every((h) => h.entity.roles.includes(EntityKind.THERAPY))).toBe(true);
  });

  const hostile = [
    '"',
    '"cramp',
    "cramp AND (",
    "AND OR NOT",
    "*",
    "cr*mp",
    "?",
    "~",
    "cramp~~~2",
    "\\",
    "cramp\\",
    "name:cramp",
    "summary:(a OR",
    "[a TO z]",
    "{!}",
    '+-&&||!(){}[]^"~*?:\\/',
    "/regex.*/",
    "x".repeat(10_000),
    "cramp ".repeat(2_000),
    "💆‍♀️ 🧘 🙂",
    "💆 cramp",
    "\u0000\u0001\u200b",
    "肩こり",
    "'; MATCH (n) DETACH DELETE n //",
  ];
  it.each(hostile.map((t) => [t.length > 40 ? `${t.slice(0, 20)}... (${t.length} chars)` : t, t]))(
    "answers %p with hits or an empty list, never an error",
    async (_label, text) => {
      const hits = await search({ text });
      expect(Array.isArray(hits)).toBe(true);
      if (text.includes("cramp")) expect(hits[0].entity.id).toBe("muscle-spasm");
    },
  );

  it("refuses empty or blank text", async () => {
    for (const text of ["", "   ", "\n\t"]) {
      await expect(search({ text })).rejects.toMatchObject({
        extensions: { code: "BAD_USER_INPUT", fields: [expect.objectContaining({ field: "text" })] },
      });
    }
  });
});
