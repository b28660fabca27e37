import type { Database, Tx } from "../../src/db/database";
import { encodeCursor } from "../../src/modules/catalog/cursor";
import { NodeRow, toEntityRecord } from "../../src/modules/entity/entity.record";
import { LINK_FIELDS } from "../../src/modules/links/link-fields";
import { readEntityWithLinks } from "../../src/modules/links/look-ahead";
import { answerRecommendation } from "../../src/modules/recommendation/answer-recommendation";
import { rankHits } from "../../src/modules/search/search-rank";
import { searchTerms, stemmedQuery, wordsQuery } from "../../src/modules/search/search-terms";
import { toGraphPathRecord } from "../../src/modules/graph/graph-path.record";
import type { RelationRow } from "../../src/modules/graph/relation.record";
import { Evidence, scoreRelated } from "../../src/modules/traversal/related-score";

type PathRow = { nodes: NodeRow[]; relationships: RelationRow[] };

/** The API checks the named entities (one entity-loader read) while it traverses. */
async function entities(db: Database, ids: string[]): Promise<NodeRow[]> {
  const rows = await db.readRows<{ node: NodeRow }>("entity/by-ids", { ids });
  if (rows.length !== new Set(ids).size) throw new Error(`unknown id among ${ids.join(", ")}`);
  return rows.map((row) => row.node);
}

/**
 * The limit: each operation as the API's services run it (the same cypher/queries files, the same
 * transactions, the same pure post-processing where the answer needs it), minus GraphQL, DataLoader,
 * validation and Fastify. Parameters are trusted: this server exists only for the benchmark.
 */
export type Params = Record<string, unknown>;
export type Handler = (db: Database, params: Params) => Promise<unknown>;

/** Runs one named query in an open transaction, as plain rows. */
const runner =
  (tx: Tx) =>
  <T>(name: string, params: Params): Promise<T[]> =>
    tx.rows<never>(name, params);

export const BARE_HANDLERS: Record<string, Handler> = {
  // The API's one read: the entity with the link lists its query selects (entity/with-links).
  async entityNested(db, { id }) {
    const keys = [
      { id: id as string, ...LINK_FIELDS.Ailment.causes },
      { id: id as string, ...LINK_FIELDS.Ailment.therapies },
    ];
    const found = await readEntityWithLinks(db, id as string, keys, 100);
    if (!found) return { node: null };
    const [causes, therapies] = found.links;
    return { node: found.entity, causes, therapies };
  },

  async list(db, { after }) {
    const position = after as { name: string; id: string } | null;
    const filters = { label: "Ailment", nameContains: null, category: null, severity: null, scope: null };
    // The API's two reads: the page, then the count its query asks for (totalCount).
    const [row] = await db.readRows<{ nodes: NodeRow[] }>("catalog/page-ailment", {
      ...filters,
      limit: 20,
      afterName: position?.name ?? "",
      afterId: position?.id ?? "",
    });
    const [count] = await db.readRows<{ total: number }>("catalog/count-all", filters);
    const nodes = row.nodes.slice(0, 20).map(toEntityRecord);
    return {
      totalCount: count.total,
      nodes: nodes.map((node) => ({ cursor: encodeCursor(node), node })),
      hasNextPage: row.nodes.length > 20,
    };
  },

  async search(db, { text }) {
    // As the API: candidates from both full-text indexes, ranked (search-rank.ts), then the top 10.
    const terms = searchTerms(String(text));
    const rows = await db.readRows<{ node: NodeRow }>("search/entities", {
      stemmed: stemmedQuery(terms),
      words: wordsQuery(terms),
      labels: null,
      scan: 500,
      candidates: 40,
    });
    return {
      hits: rankHits(
        terms,
        rows.map((row) => toEntityRecord(row.node)),
      ).slice(0, 10),
    };
  },

  async relatedAilments(db, { id }) {
    const [[asked], rows] = await Promise.all([
      entities(db, [id as string]),
      db.readRows<{ node: NodeRow; evidence: Evidence[]; total: number }>("traversal/related-ailments", {
        id,
        perPart: 2000,
      }),
    ]);
    const related = rows
      .map((row) => ({ ailment: toEntityRecord(row.node), ...scoreRelated(asked.name, row.evidence, row.total) }))
      .sort((a, b) => b.score - a.score || a.ailment.name.localeCompare(b.ailment.name))
      .slice(0, 10);
    return { related };
  },

  async causeTreatmentPaths(db, { from }) {
    const [, rows] = await Promise.all([
      entities(db, [from as string]),
      db.readRows<PathRow>("traversal/cause-treatment-paths", { from, to: null, maxHops: 4, first: 10 }),
    ]);
    return { paths: rows.map((row) => toGraphPathRecord(row.nodes, row.relationships)) };
  },

  async shortestPath(db, { from, to }) {
    const [, [row]] = await Promise.all([
      entities(db, [from as string, to as string]),
      db.readRows<PathRow>("traversal/shortest-path", { from, to, maxHops: 6 }),
    ]);
    return { path: row ? toGraphPathRecord(row.nodes, row.relationships) : null };
  },

  async recommendTherapies(db, { ailments, conditions }) {
    return db.read("bare.recommend", (tx) =>
      answerRecommendation(runner(tx), {
        ailments: ailments as string[],
        conditions: conditions as string[],
        first: 10,
      }),
    );
  },
};
