import { Prng } from "../prng";
import { HUBS, syntheticId, sampleCopies, sampleIds } from "../synthetic/synthetic-graph";
import { bareRequest, Case, graphqlGet, graphqlRequest, HttpRequest, onApiSchema, opGet, ServerLabel } from "./case";
import { fullShape, nestedQuery, nestedVariables, NestedShape, variedShape } from "./nested-shape";
import { peerNestedQuery, peerNestedToApi, peerNestedVariables } from "./peer-nested";

/**
 * The benchmarked operations. `load` is the fixed workload of the load cells (one text per
 * operation, arguments rotated over real seed ids and their generated copies); `hub` and `leaf`
 * are the latency probes' cases: questions that start at (or next to) a hub of the heavy-tailed
 * graph, with thousands of links, and questions that start at an entity with a handful.
 */
export interface WorkloadContext {
  copies: number;
  /** The API's cursors for the list pages at offsets 0, 20 and 40 (null: the first page). */
  listAfter: (string | null)[];
  /** Each server's ETag for each conditional GET's path (harness/etags.ts), once the servers run. */
  etags?: Partial<Record<ServerLabel, Record<string, string>>>;
}

export interface Operation {
  name: string;
  load(ctx: WorkloadContext): Case[];
  hub?(ctx: WorkloadContext): Case[];
  leaf?(ctx: WorkloadContext): Case[];
  /** The answer in a form the peers share with the API (default: the data as it is). */
  view?(label: ServerLabel, data: Record<string, unknown>, asked: Case): unknown;
  /** True when the answer is null or empty (counted and reported, not a failure). */
  empty(data: Record<string, unknown>): boolean;
  /** Why @neo4j/graphql is not asked, when it is not. */
  peerLeftOut?: string;
  /** Why the floor is not asked, when it is not. */
  floorLeftOut?: string;
  /** Conditional GETs: a 304 with an empty body is the answer (harness/etags.ts fetches the ETags). */
  conditional?: boolean;
}

const FLOOR_NOT_WRITTEN =
  "not written: its answer is ranked, scored or assembled by the API's own code after the read, which a floor would have to repeat to give the same answer; bare stands for its limit";
const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0);
const firstValue = (data: Record<string, unknown>) => Object.values(data)[0];

const last = (ctx: WorkloadContext) => ctx.copies - 1;
/** Entities with a handful of links each, in the newest copy (no hub among their own links). */
// Not mechanism nodes (muscle ischemia): those are refused as complaints since issue 25.
const LEAF_AILMENTS = ["delayed-onset-muscle-soreness", "sciatica", "plantar-fasciitis", "breast-surgery-recovery"];
/** Ailments caused by a hub (stress, genetic-predisposition): their traversals meet thousands of links. */
const HUB_AILMENTS = ["muscle-spasm", "migraine", "hypertension", "fibromyalgia"];

function nestedCase(shape: NestedShape, withPeer: boolean): Case {
  const asks: Case["asks"] = {
    ...onApiSchema(graphqlRequest(nestedQuery(shape), nestedVariables(shape))),
    bare: bareRequest("nested", { ...shape }),
    floor: bareRequest("nested", { ...shape }),
  };
  // The nested questions are the ones the look-ahead plans (a root entity with its link lists): priced here.
  asks["api-no-look-ahead"] = asks.api;
  if (withPeer) asks["neo4j-graphql"] = graphqlRequest(peerNestedQuery(shape), peerNestedVariables(shape));
  return { label: `${shape.root} ${shape.id}`, asks, meta: { shape } };
}

/** The peer's nested answer in the API's shape (the others are compared as they are). */
const nestedView: Operation["view"] = (label, data, asked) =>
  label === "neo4j-graphql" ? peerNestedToApi(asked.meta?.shape as NestedShape, data) : data;

const NESTED_AILMENTS = ["muscle-spasm", "myofascial-trigger-points", "migraine", "hypertension"];

const entityNested: Operation = {
  name: "entityNested",
  load: (ctx) => [
    ...NESTED_AILMENTS.flatMap((id) => sampleIds(id, ctx.copies, 8)).map((id) =>
      nestedCase(fullShape("ailment", id), true),
    ),
    ...HUBS.causes.map((id) => nestedCase(fullShape("cause", id), true)),
  ],
  hub: () => HUBS.causes.map((id) => nestedCase(fullShape("cause", id), true)),
  leaf: (ctx) => LEAF_AILMENTS.map((id) => nestedCase(fullShape("ailment", syntheticId(id, last(ctx))), true)),
  view: nestedView,
  empty: (data) => isEmpty(firstValue(data)),
};

/** Many distinct texts: ids written in, aliases, subsets of fields and lists (prices per-text caches). */
const VARIED_TEXTS = 240;

const nestedVaried: Operation = {
  name: "nestedVaried",
  load: (ctx) => {
    const prng = new Prng(20261202);
    const ids = [...NESTED_AILMENTS, ...LEAF_AILMENTS].flatMap((id) => sampleIds(id, ctx.copies, 24));
    return Array.from({ length: VARIED_TEXTS }, (_, i) => {
      const cause = i % 12 === 11;
      return nestedCase(
        variedShape(
          cause ? "cause" : "ailment",
          cause ? HUBS.causes[Math.floor(i / 12) % 2] : ids[i % ids.length],
          prng,
        ),
        true,
      );
    });
  },
  view: nestedView,
  empty: (data) => isEmpty(firstValue(data)),
};

const API_LIST = `query($after: String) { ailments(first: 20, after: $after) { totalCount
  edges { cursor node { id name summary } } pageInfo { hasNextPage endCursor } } }`;
/** The docs' recommendation for root lists: limit and offset, and a count query for the total. */
const PEER_LIST = `query($offset: Int) { ailments(limit: 20, offset: $offset, sort: [{ name: ASC }, { id: ASC }]) { id name summary }
  ailmentsConnection { aggregate { count { nodes } } } }`;
const PEER_LIST_CONNECTION = `query($after: String) { ailmentsConnection(first: 20, after: $after, sort: [{ name: ASC }, { id: ASC }]) { totalCount
  edges { cursor node { id name summary } } pageInfo { hasNextPage endCursor } } }`;
const OFFSETS = [0, 20, 40];

type Node = { id: string; name: string; summary: unknown };
/** A page as every server can say it: the total, the items, and whether more follow. */
function listView(label: ServerLabel, data: Record<string, unknown>, offset: number): unknown {
  if (label === "neo4j-graphql") {
    const total = (data.ailmentsConnection as { aggregate: { count: { nodes: number } } }).aggregate.count.nodes;
    const nodes = data.ailments as Node[];
    return { total, nodes, more: offset + nodes.length < total };
  }
  const page = (label === "neo4j-graphql-connection" ? data.ailmentsConnection : data.ailments) as {
    totalCount: number;
    edges: { node: Node }[];
    pageInfo: { hasNextPage: boolean };
  };
  return { total: page.totalCount, nodes: page.edges.map((e) => e.node), more: page.pageInfo.hasNextPage };
}

const list: Operation = {
  name: "list",
  load: (ctx) =>
    OFFSETS.map((offset, i) => {
      const after = ctx.listAfter[i] ?? null;
      const connectionAfter = offset === 0 ? null : Buffer.from(`arrayconnection:${offset - 1}`).toString("base64");
      return {
        label: `page at ${offset}`,
        meta: { offset },
        asks: {
          ...onApiSchema(graphqlRequest(API_LIST, { after })),
          bare: bareRequest("list", { first: 20, after }),
          floor: bareRequest("list", { first: 20, after }),
          "neo4j-graphql": graphqlRequest(PEER_LIST, { offset }),
          "neo4j-graphql-connection": graphqlRequest(PEER_LIST_CONNECTION, { after: connectionAfter }),
        },
      };
    }),
  view: (label, data, asked) => listView(label, data, asked.meta?.offset as number),
  empty: (data) => isEmpty((firstValue(data) as { edges?: unknown } | null)?.edges),
};

const SEARCH_TEXTS = ["muscle spasm", "stress", "lymph drainage", "high blood pressure", "fever", "trigger point"];
const SEARCH = `query($text: String!) { search(text: $text, first: 10) { score entity { id kind name } } }`;

const search: Operation = {
  name: "search",
  load: () =>
    SEARCH_TEXTS.map((text) => ({
      label: `search ${text}`,
      asks: { ...onApiSchema(graphqlRequest(SEARCH, { text })), bare: bareRequest("search", { text, first: 10 }) },
    })),
  empty: (data) => isEmpty(data.search),
  floorLeftOut: FLOOR_NOT_WRITTEN,
  peerLeftOut:
    "left out: its full-text field passes the phrase to Lucene as it is, without the API's escaping, fuzzy and prefix terms or exact-match-first ranking, so the answers differ",
};

const NOT_EXPRESSIBLE =
  "n/a: a traversal with ranking or path building; @neo4j/graphql can only express it through a hand-written @cypher field";
const PATH_FIELDS = "length explanation nodes { id name } relationships { type from to evidence }";

const RELATED = `query($id: ID!) { relatedAilments(id: $id, first: 10) { score reasons ailment { id name } } }`;
const relatedCase = (id: string): Case => ({
  label: `related ${id}`,
  asks: { ...onApiSchema(graphqlRequest(RELATED, { id })), bare: bareRequest("relatedAilments", { id, first: 10 }) },
});

const relatedAilments: Operation = {
  name: "relatedAilments",
  load: (ctx) =>
    ["muscle-spasm", "migraine", "muscle-pain", "osteoarthritis", "hypertension"]
      .flatMap((id) => sampleIds(id, ctx.copies, 8))
      .map(relatedCase),
  hub: (ctx) => HUB_AILMENTS.map((id) => relatedCase(syntheticId(id, last(ctx)))),
  leaf: (ctx) => LEAF_AILMENTS.map((id) => relatedCase(syntheticId(id, last(ctx)))),
  empty: (data) => isEmpty(data.relatedAilments),
  peerLeftOut: NOT_EXPRESSIBLE,
  floorLeftOut: FLOOR_NOT_WRITTEN,
};

const PATHS = `query($from: ID!) { causeTreatmentPaths(from: $from, first: 10) { ${PATH_FIELDS} } }`;
const pathsCase = (from: string): Case => ({
  label: `paths from ${from}`,
  asks: {
    ...onApiSchema(graphqlRequest(PATHS, { from })),
    bare: bareRequest("causeTreatmentPaths", { from, first: 10 }),
  },
});

const causeTreatmentPaths: Operation = {
  name: "causeTreatmentPaths",
  load: (ctx) =>
    ["muscle-spasm", "migraine", "myofascial-trigger-points", "breast-lymphedema", "osteoarthritis"]
      .flatMap((id) => sampleIds(id, ctx.copies, 8))
      .map(pathsCase),
  hub: (ctx) => HUB_AILMENTS.map((id) => pathsCase(syntheticId(id, last(ctx)))),
  leaf: (ctx) => LEAF_AILMENTS.map((id) => pathsCase(syntheticId(id, last(ctx)))),
  empty: (data) => isEmpty(data.causeTreatmentPaths),
  peerLeftOut: NOT_EXPRESSIBLE,
  floorLeftOut: FLOOR_NOT_WRITTEN,
};

const SHORTEST = `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { ${PATH_FIELDS} } }`;
const shortestCase = ([from, to]: [string, string]): Case => ({
  label: `shortest ${from} -> ${to}`,
  asks: { ...onApiSchema(graphqlRequest(SHORTEST, { from, to })), bare: bareRequest("shortestPath", { from, to }) },
});

const shortestPath: Operation = {
  name: "shortestPath",
  load: (ctx) => {
    const [l, mid] = [last(ctx), Math.floor(last(ctx) / 2)];
    const pairs: [string, number, string, number][] = [
      ["muscle-spasm", 0, "relaxation-massage", 0],
      ["stress", 0, "fever", 0],
      ["migraine", l, "deep-tissue-massage", l],
      ["muscle-spasm", l, "relaxation-massage", 0],
      ["hypertension", mid, "stretching", l],
    ];
    return pairs.map(([from, fc, to, tc]) => shortestCase([syntheticId(from, fc), syntheticId(to, tc)]));
  },
  hub: (ctx) => [
    shortestCase([HUBS.causes[0], HUBS.contraindications[0]]),
    shortestCase([HUBS.causes[1], HUBS.contraindications[1]]),
    shortestCase([syntheticId("muscle-spasm", last(ctx)), HUBS.contraindications[0]]),
    shortestCase([syntheticId("migraine", last(ctx)), syntheticId("hypertension", Math.floor(last(ctx) / 2))]),
  ],
  leaf: (ctx) =>
    LEAF_AILMENTS.map((id, i) =>
      shortestCase([
        syntheticId(id, last(ctx)),
        syntheticId(["stretching", "heat-therapy", "relaxation-massage", "manual-lymphatic-drainage"][i], last(ctx)),
      ]),
    ),
  empty: (data) => isEmpty(data.shortestPath),
  peerLeftOut: NOT_EXPRESSIBLE,
  floorLeftOut: FLOOR_NOT_WRITTEN,
};

const RECOMMEND = `query($ailments: [ID!]!, $conditions: [ID!]!) { recommendTherapies(ailments: $ailments, conditions: $conditions, first: 10) {
  items { score therapy { id name } addresses { id } why { length explanation } precautions { id severity } }
  excluded { therapy { id } because { id } } disclaimer } }`;
const recommendCase = (ailments: string[], conditions: string[]): Case => ({
  label: `recommend for ${ailments.join(", ")} with ${conditions.join(", ") || "nothing"}`,
  asks: {
    ...onApiSchema(graphqlRequest(RECOMMEND, { ailments, conditions })),
    bare: bareRequest("recommendTherapies", { ailments, conditions, first: 10 }),
  },
});
const RECOMMEND_SETS = [
  { ailments: ["muscle-spasm"], conditions: ["pregnancy"] },
  { ailments: ["myofascial-trigger-points"], conditions: [] },
  { ailments: ["muscle-spasm", "migraine"], conditions: ["fever"] },
  { ailments: ["breast-lymphedema"], conditions: ["hypertension"] },
];

const recommendTherapies: Operation = {
  name: "recommendTherapies",
  load: (ctx) =>
    sampleCopies(ctx.copies, 4).flatMap((copy) =>
      RECOMMEND_SETS.map((set) =>
        recommendCase(
          set.ailments.map((id) => syntheticId(id, copy)),
          set.conditions.map((id) => syntheticId(id, copy)),
        ),
      ),
    ),
  hub: (ctx) => [
    recommendCase([syntheticId("muscle-spasm", last(ctx))], [HUBS.contraindications[0]]),
    recommendCase([syntheticId("migraine", last(ctx))], [HUBS.contraindications[1]]),
    recommendCase(
      [syntheticId("hypertension", last(ctx)), syntheticId("fibromyalgia", last(ctx))],
      [...HUBS.contraindications],
    ),
  ],
  leaf: (ctx) => [
    recommendCase([syntheticId("delayed-onset-muscle-soreness", last(ctx))], []),
    recommendCase([syntheticId("sciatica", last(ctx))], [syntheticId("bruises", last(ctx))]),
    recommendCase([syntheticId("plantar-fasciitis", last(ctx))], []),
  ],
  empty: (data) => isEmpty((data.recommendTherapies as { items?: unknown } | null)?.items),
  peerLeftOut: NOT_EXPRESSIBLE,
  floorLeftOut: FLOOR_NOT_WRITTEN,
};

const NEIGHBOURHOOD = `query($id: ID!, $depth: Int) { neighbourhood(id: $id, depth: $depth) {
  nodes { id name } relationships { type from to } truncated } }`;
const neighbourhoodCase = (id: string, depth: number): Case => {
  const params = { id, depth };
  return {
    label: `neighbourhood of ${id}, depth ${depth}`,
    asks: {
      ...onApiSchema(graphqlRequest(NEIGHBOURHOOD, params)),
      bare: bareRequest("neighbourhood", params),
      floor: bareRequest("neighbourhood", params),
    },
  };
};
const DEPTHS = [1, 2];

/** What the explorer draws: the entities around one and the relationships among them, 1 and 2 steps out. */
const neighbourhood: Operation = {
  name: "neighbourhood",
  load: (ctx) =>
    ["muscle-spasm", "sciatica", "relaxation-massage", "plantar-fasciitis"]
      .flatMap((id) => sampleIds(id, ctx.copies, 4))
      .flatMap((id) => DEPTHS.map((depth) => neighbourhoodCase(id, depth))),
  hub: () => [...HUBS.causes, HUBS.contraindications[0]].flatMap((id) => DEPTHS.map((d) => neighbourhoodCase(id, d))),
  leaf: (ctx) =>
    LEAF_AILMENTS.slice(0, 3).flatMap((id) => DEPTHS.map((d) => neighbourhoodCase(syntheticId(id, last(ctx)), d))),
  empty: (data) => isEmpty((data.neighbourhood as { nodes?: unknown } | null)?.nodes),
  peerLeftOut: NOT_EXPRESSIBLE,
};

/** The server's own ETag for a GET, as If-None-Match (a placeholder until harness/etags.ts fetched them). */
function revalidating(request: HttpRequest, label: ServerLabel, ctx: WorkloadContext): HttpRequest {
  return { ...request, headers: { "if-none-match": ctx.etags?.[label]?.[request.path] ?? '"not-yet-fetched"' } };
}

/**
 * A browser or CDN revalidating a cached nested answer: GET with If-None-Match naming the current
 * ETag, answered 304 with no body. The API reads the graph version and hashes; the floor does the same
 * over the raw driver. The other servers have no HTTP caching; the peer's docs leave it to a CDN.
 */
const notModified: Operation = {
  name: "notModified",
  conditional: true,
  load: (ctx) =>
    ["muscle-spasm", "migraine"]
      .flatMap((id) => sampleIds(id, ctx.copies, 4))
      .map((id) => {
        const shape = fullShape("ailment", id);
        return {
          label: `revalidate ailment ${id}`,
          asks: {
            api: revalidating(graphqlGet(nestedQuery(shape), nestedVariables(shape)), "api", ctx),
            floor: revalidating(opGet("nested", { ...shape }), "floor", ctx),
          },
        };
      }),
  empty: () => false,
  peerLeftOut: "n/a: no HTTP caching (ETag, If-None-Match) of its own",
};

export const OPERATIONS: Operation[] = [
  entityNested,
  nestedVaried,
  list,
  search,
  relatedAilments,
  causeTreatmentPaths,
  shortestPath,
  recommendTherapies,
  neighbourhood,
  notModified,
];
