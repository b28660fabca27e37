import { cypher } from "../../db/cypher-files";
import { RELATION_TYPES } from "../graph";

/**
 * The typed block the two link queries share, as sent (comment lines dropped): from its first typed
 * branch to its order across branches.
 */
function typedBlock(name: string): string {
  const text = cypher(name);
  const start = text.indexOf("MATCH ()-[r:");
  const end = text.indexOf("ORDER BY m.name, m.id, type(r)", start);
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  // Compared line by line without indentation: with-links nests it one level deeper.
  return text
    .slice(start, end)
    .split("\n")
    .map((line) => line.trim())
    .join("\n");
}

describe("links/by-keys and entity/with-links: one typed read, text fixed in review", () => {
  it("share one block, so a primed list is the list the loader would read", () => {
    expect(typedBlock("entity/with-links")).toEqual(typedBlock("links/by-keys"));
  });

  it("have one branch per relationship type and direction, each switched on by the key alone", () => {
    const branches = typedBlock("links/by-keys").match(/^MATCH .*$/gm) ?? [];
    const expected = RELATION_TYPES.flatMap((type) => [`MATCH ()-[r:${type}]->(m)`, `MATCH (m)-[r:${type}]->()`]);
    expect(branches).toEqual(expected);
  });

  // The rendered text as reviewed: the planner's choice (an ordered index seek, the cap inside it,
  // a branch the key does not ask for seeking nothing) rests on these exact lines, and
  // test/integration/link-hub.test.ts PROFILEs them at a hub.
  it("seek each branch's ordered link index, switched off by the key inside the seek, capped per branch", () => {
    const block = typedBlock("links/by-keys");
    const branches = block.split("UNION ALL\n");
    expect(branches).toHaveLength(2 * RELATION_TYPES.length);
    const lines = (out: boolean, type: string) => {
      const [self, other] = out ? ["from", "to"] : ["to", "from"];
      return [
        out ? `MATCH ()-[r:${type}]->(m)` : `MATCH (m)-[r:${type}]->()`,
        `WHERE r.${self}Id = CASE WHEN '${type}' IN key.types AND key.direction <> '${out ? "INCOMING" : "OUTGOING"}' THEN n.id END`,
        `AND r.${other}Name IS NOT NULL AND r.${other}Id IS NOT NULL`,
        "WITH r, m, labels(m) AS labels",
        "WHERE 'Entity' IN labels AND (key.label IS NULL OR key.label IN labels)",
        `WITH r, m, labels ORDER BY r.${self}Id, r.${other}Name, r.${other}Id LIMIT toInteger($perEntity)`,
        `RETURN r, m, labels, ${out} AS out`,
      ].join("\n");
    };
    RELATION_TYPES.forEach((type, i) => {
      expect(branches[2 * i]).toContain(lines(true, type));
      expect(branches[2 * i + 1]).toContain(lines(false, type));
    });
  });
});
