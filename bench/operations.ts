import { encodeCursor } from "../src/modules/catalog/cursor";
import type { BodyCheck, HttpRequest } from "./harness/load";
import { sampleCopies, sampleIds, syntheticId } from "./synthetic/synthetic-graph";

/**
 * The benchmarked operations, each as the same question put to the three servers: the API (its
 * GraphQL), the bare limit (bench/servers/bare-server.ts: the same Cypher files, no GraphQL) and
 * the peer (@neo4j/graphql, when it can express the question). Requests rotate over several ids:
 * real seed ids and their generated copies, so caches see a realistic spread.
 */
export type ServerName = "api" | "bare" | "peer";

export interface OperationCall {
  requests: HttpRequest[];
  check: BodyCheck;
}

export interface Operation {
  name: string;
  calls: Record<"api" | "bare", (copies: number) => OperationCall> & {
    peer: ((copies: number) => OperationCall) | string;
  };
}

function graphql(query: string, variablesList: Record<string, unknown>[]): HttpRequest[] {
  return variablesList.map((variables) => ({
    method: "POST",
    path: "/graphql",
    body: JSON.stringify({ query, variables }),
  }));
}

function bare(op: string, paramsList: Record<string, unknown>[]): HttpRequest[] {
  return paramsList.map((params) => ({ method: "POST", path: `/op/${op}`, body: JSON.stringify(params) }));
}

/** A success: HTTP 200 (checked by the caller), JSON, no `errors`, and the answer where `ok` expects it. */
function dataCheck(ok: (data: Record<string, unknown>) => boolean): BodyCheck {
  return (body) => {
    try {
      const parsed = JSON.parse(body) as { data?: Record<string, unknown> | null; errors?: unknown };
      return parsed.errors === undefined && !!parsed.data && ok(parsed.data);
    } catch {
      return false;
    }
  };
}

const nonEmpty = (value: unknown) => Array.isArray(value) && value.length > 0;
const present = (value: unknown) => value !== null && value !== undefined;

/** Ids rotated through per operation: up to 8 copies of each seed id. */
const ids = (seedIds: string[], copies: number) => seedIds.flatMap((id) => sampleIds(id, copies, 8));

const NESTED_AILMENTS = ["muscle-spasm", "myofascial-trigger-points", "migraine", "hypertension"];

const entityNested: Operation = {
  name: "entityNested",
  calls: {
    api: (copies) => ({
      requests: graphql(
        `
          query ($id: ID!) {
            ailment(id: $id) {
              id
              name
              summary
              causes {
                cause {
                  id
                  name
                }
                relation {
                  note
                  evidence
                }
              }
              therapies {
                therapy {
                  id
                  name
                }
                relation {
                  note
                  evidence
                }
              }
            }
          }
        `,
        ids(NESTED_AILMENTS, copies).map((id) => ({ id })),
      ),
      check: dataCheck((d) => present(d.ailment)),
    }),
    // The API's one read: the entity with both link lists (entity/with-links.cypher).
    bare: (copies) => ({
      requests: bare(
        "entityNested",
        ids(NESTED_AILMENTS, copies).map((id) => ({ id })),
      ),
      check: dataCheck((d) => present(d.node)),
    }),
    peer: (copies) => ({
      requests: graphql(
        `
          query ($id: ID!) {
            ailments(where: { id: { eq: $id } }) {
              id
              name
              summary
              causesConnection {
                edges {
                  properties {
                    note
                    evidence
                  }
                  node {
                    id
                    name
                  }
                }
              }
              therapiesConnection {
                edges {
                  properties {
                    note
                    evidence
                  }
                  node {
                    id
                    name
                  }
                }
              }
            }
          }
        `,
        ids(NESTED_AILMENTS, copies).map((id) => ({ id })),
      ),
      check: dataCheck((d) => nonEmpty(d.ailments)),
    }),
  },
};

/** First pages and pages after a position, 20 ailments each. */
const LIST_AFTER = [null, { name: "Migraine", id: "migraine" }, { name: "Muscle spasm", id: "muscle-spasm" }];

const list: Operation = {
  name: "list",
  calls: {
    api: () => ({
      requests: graphql(
        `
          query ($after: String) {
            ailments(first: 20, after: $after) {
              totalCount
              edges {
                cursor
                node {
                  id
                  name
                  summary
                }
              }
              pageInfo {
                hasNextPage
                endCursor
              }
            }
          }
        `,
        LIST_AFTER.map((after) => ({ after: after && encodeCursor(after) })),
      ),
      check: dataCheck((d) => nonEmpty((d.ailments as { edges?: unknown })?.edges)),
    }),
    bare: () => ({
      requests: bare(
        "list",
        LIST_AFTER.map((after) => ({ after })),
      ),
      check: dataCheck((d) => nonEmpty(d.nodes)),
    }),
    // The peer's cursors are offsets; pages at offsets 0, 20 and 40 stand for the keyset positions.
    peer: () => ({
      requests: graphql(
        `
          query ($after: String) {
            ailmentsConnection(first: 20, after: $after, sort: [{ name: ASC }, { id: ASC }]) {
              totalCount
              edges {
                cursor
                node {
                  id
                  name
                  summary
                }
              }
              pageInfo {
                hasNextPage
                endCursor
              }
            }
          }
        `,
        [null, 19, 39].map((offset) => ({
          after: offset === null ? null : Buffer.from(`arrayconnection:${offset}`).toString("base64"),
        })),
      ),
      check: dataCheck((d) => nonEmpty((d.ailmentsConnection as { edges?: unknown })?.edges)),
    }),
  },
};

const SEARCH_TEXTS = ["muscle spasm", "stress", "lymph drainage", "high blood pressure", "fever", "trigger point"];

const search: Operation = {
  name: "search",
  calls: {
    api: () => ({
      requests: graphql(
        `
          query ($text: String!) {
            search(text: $text, first: 10) {
              score
              entity {
                id
                kind
                name
              }
            }
          }
        `,
        SEARCH_TEXTS.map((text) => ({ text })),
      ),
      check: dataCheck((d) => nonEmpty(d.search)),
    }),
    bare: () => ({
      requests: bare(
        "search",
        SEARCH_TEXTS.map((text) => ({ text })),
      ),
      check: dataCheck((d) => nonEmpty(d.hits)),
    }),
    // The peer passes the phrase to Lucene as is (no escaping, no prefix or fuzzy terms): plain words only.
    peer: () => ({
      requests: graphql(
        `
          query ($text: String!) {
            searchEntities(phrase: $text, first: 10) {
              edges {
                score
                node {
                  id
                  kind
                  name
                }
              }
            }
          }
        `,
        SEARCH_TEXTS.map((text) => ({ text })),
      ),
      check: dataCheck((d) => nonEmpty((d.searchEntities as { edges?: unknown })?.edges)),
    }),
  },
};

const NOT_EXPRESSIBLE =
  "n/a: a traversal with ranking or path building; @neo4j/graphql can only express it through a hand-written @cypher field";
const PATH_FIELDS = "length explanation nodes { id name } relationships { type from to evidence }";

const RELATED = ["muscle-spasm", "migraine", "muscle-pain", "osteoarthritis", "hypertension"];

const relatedAilments: Operation = {
  name: "relatedAilments",
  calls: {
    api: (copies) => ({
      requests: graphql(
        `
          query ($id: ID!) {
            relatedAilments(id: $id, first: 10) {
              score
              reasons
              ailment {
                id
                name
              }
            }
          }
        `,
        ids(RELATED, copies).map((id) => ({ id })),
      ),
      check: dataCheck((d) => nonEmpty(d.relatedAilments)),
    }),
    bare: (copies) => ({
      requests: bare(
        "relatedAilments",
        ids(RELATED, copies).map((id) => ({ id })),
      ),
      check: dataCheck((d) => nonEmpty(d.related)),
    }),
    peer: NOT_EXPRESSIBLE,
  },
};

const PATH_AILMENTS = ["muscle-spasm", "migraine", "myofascial-trigger-points", "breast-lymphedema", "osteoarthritis"];

const causeTreatmentPaths: Operation = {
  name: "causeTreatmentPaths",
  calls: {
    api: (copies) => ({
      requests: graphql(
        `query($from: ID!) { causeTreatmentPaths(from: $from, first: 10) { ${PATH_FIELDS} } }`,
        ids(PATH_AILMENTS, copies).map((from) => ({ from })),
      ),
      check: dataCheck((d) => nonEmpty(d.causeTreatmentPaths)),
    }),
    bare: (copies) => ({
      requests: bare(
        "causeTreatmentPaths",
        ids(PATH_AILMENTS, copies).map((from) => ({ from })),
      ),
      check: dataCheck((d) => nonEmpty(d.paths)),
    }),
    peer: NOT_EXPRESSIBLE,
  },
};

/** Pairs inside one copy of the seed and pairs across copies (the far copy is the newest). */
function pathPairs(copies: number): { from: string; to: string }[] {
  const last = copies - 1;
  const pairs: [string, number, string, number][] = [
    ["muscle-spasm", 0, "relaxation-massage", 0],
    ["stress", 0, "fever", 0],
    ["migraine", last, "deep-tissue-massage", last],
    ["muscle-spasm", last, "relaxation-massage", 0],
    ["hypertension", Math.floor(last / 2), "stretching", last],
  ];
  return pairs.map(([from, fromCopy, to, toCopy]) => ({
    from: syntheticId(from, fromCopy),
    to: syntheticId(to, toCopy),
  }));
}

const shortestPath: Operation = {
  name: "shortestPath",
  calls: {
    api: (copies) => ({
      requests: graphql(
        `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { ${PATH_FIELDS} } }`,
        pathPairs(copies),
      ),
      // null (no path within maxHops) is a valid answer; only errors fail.
      check: dataCheck((d) => "shortestPath" in d),
    }),
    bare: (copies) => ({ requests: bare("shortestPath", pathPairs(copies)), check: dataCheck((d) => "path" in d) }),
    peer: NOT_EXPRESSIBLE,
  },
};

const RECOMMEND = [
  { ailments: ["muscle-spasm"], conditions: ["pregnancy"] },
  { ailments: ["myofascial-trigger-points"], conditions: [] },
  { ailments: ["muscle-spasm", "migraine"], conditions: ["fever"] },
  { ailments: ["breast-lymphedema"], conditions: ["hypertension"] },
];

const recommendTherapies: Operation = {
  name: "recommendTherapies",
  calls: {
    api: (copies) => ({
      requests: graphql(
        `
          query ($ailments: [ID!]!, $conditions: [ID!]!) {
            recommendTherapies(ailments: $ailments, conditions: $conditions, first: 10) {
              items {
                score
                therapy {
                  id
                  name
                }
                addresses {
                  id
                }
                why {
                  length
                  explanation
                }
                precautions {
                  id
                  severity
                }
              }
              excluded {
                therapy {
                  id
                }
                because {
                  id
                }
              }
              disclaimer
            }
          }
        `,
        copyVariants(RECOMMEND, copies),
      ),
      check: dataCheck((d) => nonEmpty((d.recommendTherapies as { items?: unknown })?.items)),
    }),
    bare: (copies) => ({
      requests: bare("recommendTherapies", copyVariants(RECOMMEND, copies)),
      check: dataCheck((d) => nonEmpty(d.items)),
    }),
    peer: NOT_EXPRESSIBLE,
  },
};

/** The same argument sets in a few copies of the graph (every id of a set moved to the same copy). */
function copyVariants(sets: Record<string, string[]>[], copies: number): Record<string, string[]>[] {
  return sampleCopies(copies, 4).flatMap((copy) =>
    sets.map((set) =>
      Object.fromEntries(Object.entries(set).map(([key, list]) => [key, list.map((id) => syntheticId(id, copy))])),
    ),
  );
}

export const OPERATIONS: Operation[] = [
  entityNested,
  list,
  search,
  relatedAilments,
  causeTreatmentPaths,
  shortestPath,
  recommendTherapies,
];
