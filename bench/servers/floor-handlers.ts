import { forDepth } from "../../src/db";
import { decodeCursor, encodeCursor } from "../../src/modules/catalog";
import { EVIDENCE_GRADES, RELATION_TYPES } from "../../src/modules/graph";
import { TRAVERSAL_LIMITS } from "../../src/modules/traversal";
import type { NestedShape } from "../workload/nested-shape";

/**
 * The floor: what an operation costs at the least, so the API's cost can be put against it. Each
 * operation is one hand-written, parameterised statement (bench/cypher/floor; the neighbourhood's is
 * the API's own, which its hub reads made cheaper than a hand-written one) run through the raw neo4j driver, reading only the relationship types and directions the question needs and
 * returning only the fields it selects; the handler then puts the rows in the API's answer shape,
 * field names and aliases, so the answers compare byte for byte. No request context, loaders,
 * result budget or GraphQL. Parameters are trusted: this server exists only for the benchmark.
 */
export type Row = Record<string, unknown>;
export interface FloorDatabase {
  /** Runs bench/cypher/floor/<file>.cypher (a name with a folder: the API's query) with `params` in an auto-commit read. */
  run(file: string, params: Row): Promise<Row[]>;
  /** The API's cap on a link list (MAX_LINKS_PER_LIST). */
  perList: number;
}
export type FloorHandler = (db: FloorDatabase, params: Row) => Promise<Row>;

const GRADES: readonly unknown[] = EVIDENCE_GRADES;
type LinkRow = { id: string; name: string; note: string | null; evidence: string | null };

async function nested(db: FloorDatabase, shape: NestedShape): Promise<Row> {
  // One file per set of lists ("causes-therapies"); the root's kind is a parameter ($label).
  const file = shape.lists.map((l) => l.field).join("-");
  const label = shape.root === "ailment" ? "Ailment" : "Cause";
  const [row] = await db.run(file, { id: shape.id, label, perList: db.perList });
  const key = shape.alias ?? shape.root;
  if (!row) return { [key]: null };
  const answer: Row = { id: row.id, name: row.name };
  if (shape.summary) answer.summary = row.summary ?? "";
  for (const list of shape.lists) {
    answer[list.field] = (row[list.field] as LinkRow[]).map((link) => {
      const relation: Row = {};
      if (list.note) relation.note = link.note ?? null;
      // Only the grades the API knows; anything else stored reads as null, as in the API.
      if (list.evidence) relation.evidence = GRADES.includes(link.evidence) ? link.evidence : null;
      return { [list.as]: { id: link.id, name: link.name }, relation };
    });
  }
  return { [key]: answer };
}

type ListNode = { id: string; name: string; summary: string | null };

export const FLOOR_HANDLERS: Record<string, FloorHandler> = {
  nested: (db, params) => nested(db, params as unknown as NestedShape),

  async list(db, { first, after }) {
    const limit = first as number;
    const position = after ? decodeCursor(after as string) : { name: "", id: "" };
    const [row] = await db.run("list-ailments", { limit, afterName: position.name, afterId: position.id });
    const nodes = (row.nodes as ListNode[]).slice(0, limit);
    const edges = nodes.map((n) => ({ cursor: encodeCursor(n), node: { ...n, summary: n.summary ?? "" } }));
    return {
      ailments: {
        totalCount: row.total,
        edges,
        pageInfo: { hasNextPage: (row.nodes as ListNode[]).length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      },
    };
  },

  async neighbourhood(db, { id, depth }) {
    // The API's own statement at the request's depth (the slimmest known: a hub's links are read
    // through the ordered link indexes), asked for no stored property; only the selected fields kept.
    const hops = (depth as number | undefined) ?? TRAVERSAL_LIMITS.depth.default;
    const [row] = await db.run(forDepth("traversal/neighbourhood", hops), {
      id,
      depth: hops,
      types: [...RELATION_TYPES],
      nodeCap: TRAVERSAL_LIMITS.neighbourhoodNodes,
      relCap: TRAVERSAL_LIMITS.neighbourhoodRelationships,
      nodeProps: [],
      relProps: [],
    });
    if (!row) return { neighbourhood: null };
    return {
      neighbourhood: {
        nodes: (row.nodes as ListNode[]).map((n) => ({ id: n.id, name: n.name })),
        relationships: (row.relationships as Row[]).map((r) => ({ type: r.type, from: r.from, to: r.to })),
        truncated: row.truncated,
      },
    };
  },
};
