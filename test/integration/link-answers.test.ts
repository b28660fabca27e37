import { graphql, startTestServer, TestServer } from "../support/test-server";

/*
 * Link lists read only the stored properties their selection needs (src/modules/links/link-selection.ts).
 * Whatever a query selects, its answer must be what it was when every list read every property: each
 * slim question below is asked beside the same question selecting every field, and its answer must
 * be the full answer cut down to what it asked (same lists, same order, same values), through the
 * look-ahead and through the loader (LOOK_AHEAD=off), at hubs and through nested lists and pages. The
 * full answer's links are checked against the root look-ups of their entities and relations.
 */

const ENTITY_ALL = `id kind roles name synonyms summary category codes updatedAt __typename
  ... on Ailment { regions mechanism } ... on Therapy { pressure regions thermal }
  ... on Contraindication { severity scope stage question restrictsRegions restrictsThermal
    adaptation { pressure position avoid maxMinutes clearance notes } }
  ... on RedFlag { urgency action }`;
const RELATION_ALL =
  "id type from to note evidence stage outcome group sources { id title } locators { sourceId locator }";

/** A question with `E` for each neighbour's selection and `R` for each relationship's. */
const QUESTIONS = [
  `{ ailment(id: "muscle-spasm") { id
    causes { id cause { E } relation { R } } therapies { id therapy { E } relation { R } }
    preventedBy { therapy { E } relation { R } } notSupported { therapy { E } relation { R } }
    relatedAilments { ailment { E } relation { R } } contraindicationStates { contraindication { E } relation { R } }
    redFlags { redFlag { E } relation { R } } } }`,
  `{ therapy(id: "relaxation-massage") {
    treats { id direction entity { E ... on Ailment { causes { cause { E } relation { R } } } } relation { R } }
    contraindications { contraindication { E } relation { R } } } }`,
  `{ cause(id: "stress") { ailments { ailment { E } relation { R } } therapies { therapy { E } relation { R } }
    relations(types: [CAUSED_BY, TREATED_BY]) { id direction entity { E } relation { R } }
    everything: relations { entity { E } relation { R } } } }`,
  `{ entity(id: "deep-vein-thrombosis") { ... on Contraindication { therapies { therapy { E } relation { R } }
    redFlags { redFlag { E ... on RedFlag { suggests { entity { E } relation { R } } } } relation { R } } } } }`,
  `{ entity(id: "hot-swollen-joint-with-fever") { ... on RedFlag { ailments { ailment { E } relation { R } }
    states { contraindication { E } relation { R } } suggests { entity { E } relation { R } } } } }`,
  `{ ailments(first: 20) { edges { node {
    causes { cause { E } relation { R } } therapies { therapy { E } relation { R } } } } } }`,
];

/** Slim selections: names only; kinds and ids; a few chosen properties on each side. */
const SLIM: [entity: string, relation: string][] = [
  ["id name", "note evidence"],
  ["kind roles __typename", "id type from to outcome"],
  ["summary ... on Contraindication { adaptation { notes } } ... on Ailment { regions }", "stage group sources { id }"],
  ["synonyms codes ... on RedFlag { urgency } ... on Therapy { thermal }", "outcome"],
  // A locator counts only for a cited source: selecting locators alone must still read the sources.
  ["id", "locators { locator }"],
];

/** The question with the selections put in; type conditions under `... on Entity`, valid on any neighbour. */
function fill(question: string, entity: string, relation: string): string {
  const onAny = entity.includes("... on") ? `... on Entity { ${entity} }` : entity;
  return question.replaceAll("{ E", `{ ${onAny}`).replaceAll("{ R }", `{ ${relation} }`);
}

/** `full` cut down to the keys `slim` has, at every level. */
function cut(slim: unknown, full: unknown): unknown {
  if (Array.isArray(slim) && Array.isArray(full)) return full.map((item, i) => cut(slim[i], item));
  if (slim && typeof slim === "object" && full && typeof full === "object") {
    return Object.fromEntries(Object.keys(slim).map((key) => [key, cut((slim as never)[key], (full as never)[key])]));
  }
  return full;
}

const NEIGHBOUR_KEYS = ["entity", "cause", "therapy", "ailment", "redFlag", "contraindication"];
type Json = Record<string, unknown> & { id?: string };
const neighbourOf = (link: Json) => NEIGHBOUR_KEYS.map((key) => link[key] as Json | undefined).find(Boolean) as Json;
const relationOf = (link: Json) => link.relation as Json;

/** Every link object in an answer: one with a relation and a neighbour, at any depth. */
function linksIn(value: unknown, found: Json[] = []): Json[] {
  if (Array.isArray(value)) value.forEach((item) => linksIn(item, found));
  else if (value && typeof value === "object") {
    const object = value as Json;
    if (object.relation && NEIGHBOUR_KEYS.some((key) => key in object)) found.push(object);
    Object.values(object).forEach((child) => linksIn(child, found));
  }
  return found;
}

/**
 * Checks each link of a full answer against the root look-ups `entity(id)` and `node(id)` (which read
 * whole nodes and relationships by their own queries, not the link reads): same values for every field.
 */
async function expectLinksAsLookedUp(url: string, answer: unknown) {
  const links = linksIn(answer);
  expect(links.length).toBeGreaterThan(0);
  const asks = new Map<string, string>();
  for (const link of links) {
    const neighbour = neighbourOf(link);
    asks.set(`entity:${neighbour.id}`, `entity(id: ${JSON.stringify(neighbour.id)}) { ${ENTITY_ALL} }`);
    const relationId = relationOf(link).id;
    asks.set(
      `relation:${relationId}`,
      `node(id: ${JSON.stringify(relationId)}) { ... on Relation { ${RELATION_ALL} } }`,
    );
  }
  const found = new Map<string, unknown>();
  const entries = [...asks];
  for (let start = 0; start < entries.length; start += 25) {
    const chunk = entries.slice(start, start + 25);
    const { data, errors } = await graphql(url, `{ ${chunk.map(([, ask], i) => `a${i}: ${ask}`).join(" ")} }`);
    expect(errors).toBeUndefined();
    chunk.forEach(([key], i) => found.set(key, data[`a${i}`]));
  }
  for (const link of links) {
    const neighbour = neighbourOf(link);
    const entity = found.get(`entity:${neighbour.id}`);
    expect(cut(entity, neighbour)).toEqual(entity);
    const relation = found.get(`relation:${relationOf(link).id}`);
    expect(link.relation).toEqual(relation);
  }
}

describe("link answers do not depend on which properties a list read", () => {
  let ahead: TestServer;
  let loader: TestServer;
  beforeAll(async () => {
    ahead = await startTestServer();
    loader = await startTestServer({ LOOK_AHEAD: "off" });
  });
  afterAll(async () => {
    await ahead.close();
    await loader.close();
  });

  it.each(QUESTIONS.map((q, i) => [i, q]))(
    "question %i: each slim answer is the full answer cut down",
    async (_, q) => {
      const full = await graphql(ahead.url, fill(q, ENTITY_ALL, RELATION_ALL));
      expect(full.errors).toBeUndefined();
      // The question reaches links: at least one list is not empty.
      expect(JSON.stringify(full.data)).toMatch(/"relation":\{"id"/);
      await expectLinksAsLookedUp(ahead.url, full.data);
      for (const [entity, relation] of SLIM) {
        for (const server of [ahead, loader]) {
          const slim = await graphql(server.url, fill(q, entity, relation));
          expect(slim.errors).toBeUndefined();
          expect(slim.data).toEqual(cut(slim.data, full.data));
        }
      }
    },
  );
});
