import type { Database } from "../../src/db";

/**
 * Marks the given ailments as mechanism nodes (`mechanism: true`, the property the seed gives mechanism
 * ailments) and returns the ids it had to mark, for `unmarkMechanismNodes` to undo. Until the seed carries
 * the property this is how the related-conditions tests see the graph as it will be; once it does, it marks
 * nothing and undoes nothing.
 */
export async function markMechanismNodes(db: Database, ids: string[]): Promise<string[]> {
  const rows = await db.writeStatement<{ id: string }>(
    "test.mark-mechanisms",
    "MATCH (a:Ailment) WHERE a.id IN $ids AND a.mechanism IS NULL SET a.mechanism = true RETURN a.id AS id",
    { ids },
  );
  return rows.map((r) => r.id);
}

export async function unmarkMechanismNodes(db: Database, ids: string[]): Promise<void> {
  await db.writeStatement("test.unmark-mechanisms", "MATCH (a:Ailment) WHERE a.id IN $ids REMOVE a.mechanism", {
    ids,
  });
}
