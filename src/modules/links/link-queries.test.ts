import { cypher } from "../../db/cypher-files";
import { RELATION_TYPES } from "../graph";

/** The typed block the two link queries share: from its first typed branch to its LIMIT. */
function typedBlock(name: string): string {
  const text = cypher(name);
  const start = text.indexOf("// One typed branch per relationship type");
  const end = text.indexOf("LIMIT toInteger($perEntity)", start);
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
    const expected = RELATION_TYPES.flatMap((type) => [
      `MATCH (n)-[r:${type}]->(m) WHERE '${type}' IN key.types AND key.direction <> 'INCOMING'`,
      `MATCH (n)<-[r:${type}]-(m) WHERE '${type}' IN key.types AND key.direction <> 'OUTGOING'`,
    ]);
    expect(branches).toEqual(expected);
  });
});
