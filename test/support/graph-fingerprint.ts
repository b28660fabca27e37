import type { Database } from "../../src/db";

export interface GraphFingerprint {
  nodes: string[];
  relationships: string[];
}

/** Every node (labels + all properties) and relationship as sorted strings: equal fingerprints, equal graphs. */
export async function graphFingerprint(db: Database): Promise<GraphFingerprint> {
  {
    const nodes = await db.readStatement<{ n: Record<string, unknown> }>(
      "test.fingerprint",
      "MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:GraphVersion RETURN n {.*, labels: labels(n)} AS n",
    );
    const rels = await db.readStatement<{ r: Record<string, unknown> }>(
      "test.fingerprint",
      "MATCH (a)-[r]->(b) RETURN r {.*, type: type(r), from: a.id, to: b.id} AS r",
    );
    // Keys sorted and labels sorted, so the text does not depend on the order Neo4j returns them in.
    const text = (value: Record<string, unknown>) => {
      const entries = Object.entries(value).map(
        ([k, v]) => [k, k === "labels" && Array.isArray(v) ? [...v].sort() : v] as const,
      );
      return JSON.stringify(Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1))));
    };
    return {
      nodes: nodes.map((row) => text(row.n)).sort(),
      relationships: rels.map((row) => text(row.r)).sort(),
    };
  }
}

/** Node count per label and relationship count per type, for readable assertions. */
export async function graphCounts(
  db: Database,
): Promise<{ labels: Record<string, number>; types: Record<string, number> }> {
  const labels = await db.readStatement<{ label: string; count: number }>(
    "test.counts",
    "MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:GraphVersion UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label",
  );
  const types = await db.readStatement<{ type: string; count: number }>(
    "test.counts",
    "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type",
  );
  return {
    labels: Object.fromEntries(labels.map((r) => [r.label, r.count])),
    types: Object.fromEntries(types.map((r) => [r.type, r.count])),
  };
}
