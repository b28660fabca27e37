import type { Services } from "../../src/graphql";
import { EntityKind } from "../../src/modules/entity";
import type { EntityRecord } from "../../src/modules/entity";
import type { GraphPathRecord, RelationRecord } from "../../src/modules/graph";
import {
  LINK_FIELDS,
  LinkSpec,
  helps,
  LinkRecord,
  type LinkFields,
  type RelationProperty,
} from "../../src/modules/links";
import type { PlannedLink } from "../../src/modules/links";
import type { NestedShape } from "../workload/nested-shape";

/**
 * The limit: each operation answered by the API's own services (the same Cypher files, loaders,
 * per-request database view, result budget and post-processing), minus GraphQL: no parsing,
 * validation, execution or resolvers. Each answer carries exactly the fields, field names and
 * aliases the API's query for that operation selects, so both servers serialise the same bytes.
 * Parameters are trusted: this server exists only for the benchmark.
 */
type Params = Record<string, unknown>;
export type Handler = (services: Services, params: Params) => Promise<Record<string, unknown>>;

const brief = (e: EntityRecord) => ({ id: e.id, name: e.name });
const path = (p: GraphPathRecord) => ({
  length: p.length,
  explanation: p.explanation,
  nodes: p.nodes.map(brief),
  relationships: p.relationships.map((r: RelationRecord) => ({
    type: r.type,
    from: r.from,
    to: r.to,
    evidence: r.evidence,
  })),
});

const NESTED_TYPE = { ailment: ["Ailment", EntityKind.AILMENT], cause: ["Cause", EntityKind.CAUSE] } as const;

function fieldsOf(list: NestedShape["lists"][number]): LinkFields {
  const relation: RelationProperty[] = [];
  if (list.evidence) relation.push("evidence");
  if (list.note) relation.push("note");
  return { node: [], relation };
}

async function nested(services: Services, shape: NestedShape): Promise<Record<string, unknown>> {
  const [typeName, kind] = NESTED_TYPE[shape.root];
  const specs = LINK_FIELDS[typeName] as Record<string, LinkSpec>;
  // The API's look-ahead reads the selected lists with the entity in one query, each with only the
  // properties its selection shows (neighbours' id and name come with every link); the same here.
  const requests: Required<PlannedLink>[] = shape.lists.map((l) => ({ ...specs[l.field], fields: fieldsOf(l) }));
  const entity = await services.entities.byIdOfKind(shape.id, kind, requests);
  const key = shape.alias ?? shape.root;
  if (!entity) return { [key]: null };
  const answer: Record<string, unknown> = { id: entity.id, name: entity.name };
  if (shape.summary) answer.summary = entity.summary;
  const lists = await Promise.all(
    shape.lists.map((_, i) => services.links.of(entity.id, requests[i], requests[i].fields)),
  );
  shape.lists.forEach((l, i) => {
    // therapies lists keep treatments only, as their resolvers do (kind-links.resolver.ts).
    const links = l.field === "therapies" ? lists[i].filter(helps) : lists[i];
    answer[l.field] = links.map((link: LinkRecord) => {
      const relation: Record<string, unknown> = {};
      if (l.note) relation.note = link.relation.note;
      if (l.evidence) relation.evidence = link.relation.evidence;
      return { [l.as]: brief(link.entity), relation };
    });
  });
  return { [key]: answer };
}

export const BARE_HANDLERS: Record<string, Handler> = {
  nested: (services, params) => nested(services, params as unknown as NestedShape),

  async list(services, { first, after }) {
    // The API reads only the properties its query shows: the summary (id, name and labels come with every read).
    const args = { first: first as number, after: after as string | null };
    const page = await services.catalog.page(EntityKind.AILMENT, args, ["summary"]);
    return {
      ailments: {
        totalCount: await page.totalCount,
        edges: page.edges.map((e) => ({
          cursor: e.cursor,
          node: { id: e.node.id, name: e.node.name, summary: e.node.summary },
        })),
        pageInfo: { hasNextPage: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor },
      },
    };
  },

  async search(services, { text, first }) {
    const hits = await services.search.search({ text: text as string, first: first as number, kinds: null });
    return {
      search: hits.map((h) => ({
        score: h.score,
        entity: { id: h.entity.id, kind: h.entity.kind, name: h.entity.name },
      })),
    };
  },

  async relatedAilments(services, { id, first }) {
    const related = await services.relatedAilments.related({ id: id as string, first: first as number });
    return { relatedAilments: related.map((r) => ({ score: r.score, reasons: r.reasons, ailment: brief(r.ailment) })) };
  },

  async causeTreatmentPaths(services, { from, first }) {
    const paths = await services.paths.causeTreatmentPaths({ from: from as string, first: first as number });
    return { causeTreatmentPaths: paths.map(path) };
  },

  async shortestPath(services, { from, to }) {
    const found = await services.paths.shortestPath({ from: from as string, to: to as string });
    return { shortestPath: found ? path(found) : null };
  },

  async neighbourhood(services, { id, depth }) {
    // The API reads only what its query shows (ids, names, types and ends come with every read).
    const subgraph = await services.neighbourhoods.around(
      { id: id as string, depth: depth as number },
      { node: [], relation: [] },
    );
    return {
      neighbourhood: {
        nodes: subgraph.nodes.map(brief),
        relationships: subgraph.relationships.map((r) => ({ type: r.type, from: r.from, to: r.to })),
        truncated: subgraph.truncated,
      },
    };
  },

  async recommendTherapies(services, { ailments, conditions, first }) {
    const answer = await services.recommendations.recommend({
      ailments: ailments as string[],
      conditions: conditions as string[],
      first: first as number,
      stages: [],
      confirmedStates: [],
      ruledOutStates: [],
    });
    return {
      recommendTherapies: {
        items: answer.items.map((item) => ({
          score: item.score,
          therapy: brief(item.therapy),
          addresses: item.addresses.map((a) => ({ id: a.id })),
          why: item.why.map((w) => ({ length: w.length, explanation: w.explanation })),
          precautions: item.precautions.map((p) => ({ id: p.id, severity: p.severity })),
        })),
        excluded: answer.excluded.map((x) => ({
          therapy: { id: x.therapy.id },
          because: x.because.map((b) => ({ id: b.id })),
        })),
        disclaimer: answer.disclaimer,
      },
    };
  },
};
